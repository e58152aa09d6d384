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

    // An existing repository: a README and a .gitignore of its own, which init keeps and extends.
    const repo = tempDir({ "README.md": "# Our project\n", ".gitignore": "dist/\n" });
    expect(sh("git", ["init", "-q"], repo).code).toBe(0);
    expect(sh("npm", ["init", "-y"], repo).code).toBe(0);
    const install = sh("npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", tarball], repo);
    expect(install.code, install.stderr).toBe(0);
    expect((JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies).toHaveProperty("plans-as-code");

    // Before init: no plans, exit 2 with how to start.
    const empty = sh("npx", ["ogp", "lint"], repo);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("ogp init");

    const init = sh("npx", ["ogp", "init"], repo);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("kept README.md");
    expect(readFileSync(path.join(repo, "README.md"), "utf8")).toBe("# Our project\n");
    expect(readFileSync(path.join(repo, ".gitignore"), "utf8")).toBe("dist/\nnode_modules/\n.ogpcache\n");
    // The reviewer's step: on pull requests, the diff against the base branch into the job summary.
    expect(readFileSync(path.join(repo, ".github/workflows/ogp.yml"), "utf8")).toContain('npx ogp diff --git "origin/${{ github.base_ref }}" --format markdown --fail-on breaking >> "$GITHUB_STEP_SUMMARY"');
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
    writeFileSync(workplan, readFileSync(workplan, "utf8").replace("strategy: stratgy", "strategy: strategy"));

    // A slip in the strategy: one error there, and no annotation on the files that were not touched.
    const strategy = path.join(repo, "plans/strategy.yaml");
    const original = readFileSync(strategy, "utf8");
    writeFileSync(strategy, original.replace('\n    label: "1"\n', '\n\tlabel: "1"\n'));
    const tab = sh("npx", ["ogp", "lint"], repo, { GITHUB_ACTIONS: "true" });
    expect(tab.code).toBe(1);
    expect(tab.stdout.split("\n").filter((l) => l.startsWith("::error"))).toEqual([expect.stringMatching(/^::error file=plans\/strategy\.yaml,line=9,.*replace the tab with 4 spaces/)]);
    expect(tab.stdout).not.toMatch(/file=plans\/(workplan|deliverables)/);
    writeFileSync(strategy, original);

    // A due date that has passed is information: CI stays green as the calendar moves.
    const deliverable = path.join(repo, "plans/deliverables/partner-network.yaml");
    writeFileSync(deliverable, `${readFileSync(deliverable, "utf8")}    due: "2020-01-31"\n`);
    const overdue = sh("npx", ["ogp", "lint", "--max-warnings", "0"], repo, { GITHUB_ACTIONS: "true" });
    expect(overdue.code).toBe(0);
    expect(overdue.stdout).toMatch(/^::notice file=plans\/deliverables\/partner-network\.yaml,.*title=ogp overdue-deliverable::/m);

    // One spelling for what a command writes, into a folder that does not exist yet.
    expect(sh("npx", ["ogp", "report", "--output", "out/report.html", "--date", "2026-01-01"], repo).code).toBe(0);
    expect(readFileSync(path.join(repo, "out/report.html"), "utf8")).toContain("<h1>Our strategy <small>3 documents, 5 nodes · as of 2026-01-01</small></h1>");
  });
});
