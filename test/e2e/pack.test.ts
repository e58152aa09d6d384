import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers.js";

// The README's path for a new user, with the packed tarball instead of the registry:
// an empty folder, npm init, npm install --save-dev <package>, npx ogp init, npx ogp lint, and CI's
// annotations. Slow (a pack and an install), so it runs once, as one test.

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(command, args, { cwd, env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: undefined, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm pack: from an empty folder to a plan repository whose CI lints with annotations", () => {
  it("installs from the tarball and walks the README", { timeout: 300_000 }, () => {
    const out = tempDir();
    // --ignore-scripts: the tests run against the build made before them; pack takes dist/ as it is.
    const packed = JSON.parse(sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", out], ROOT).stdout) as { filename: string; files: { path: string }[] }[];
    const tarball = path.join(out, packed[0]!.filename);
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["bin/ogp.js", "dist/cli.js", "schemas/config.schema.json", "plans/README.md"]));
    expect(files.some((f) => f.startsWith("src/") || f.startsWith("test/"))).toBe(false);

    const repo = tempDir();
    expect(sh("npm", ["init", "-y"], repo).code).toBe(0);
    const install = sh("npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball], repo);
    expect(install.code, install.stderr).toBe(0);
    expect((JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies).toHaveProperty("plans-as-code");

    // Before init: no plans, exit 2 with how to start.
    const empty = sh("npx", ["ogp", "lint"], repo);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("ogp init");

    expect(sh("npx", ["ogp", "init"], repo).code).toBe(0);
    expect(readFileSync(path.join(repo, "plans/strategy.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/plans-as-code\/schemas\/strategy\.schema\.json/);
    expect(sh("npx", ["ogp", "lint", "--max-warnings", "0"], repo)).toMatchObject({ code: 0, stdout: "" });
    expect(sh("npx", ["ogp", "lint", "--examples", "--format", "json"], repo).code).toBe(0);
    expect(JSON.parse(sh("npx", ["ogp", "schema", "workplan"], repo).stdout)).toMatchObject({ title: "ogp workplan" });

    // A mistake, as CI sees it: a GitHub annotation at its place, and a failing run.
    const workplan = path.join(repo, "plans/workplan.yaml");
    writeFileSync(workplan, readFileSync(workplan, "utf8").replace("strategy: strategy", "strategy: stratgy"));
    const ci = sh("npx", ["ogp", "lint", "--max-warnings", "0"], repo, { GITHUB_ACTIONS: "true" });
    expect(ci.code).toBe(1);
    expect(ci.stdout).toMatch(/^::error file=plans\/workplan\.yaml,line=6,col=\d+,endColumn=\d+,endLine=6,title=ogp unresolved-ref::/m);
  });
});
