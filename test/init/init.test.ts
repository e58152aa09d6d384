import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runOgp, tempDir } from "../helpers.js";

describe("ogp init", () => {
  it("scaffolds a plan repository that lints clean (no problem at all, not even info)", async () => {
    const dir = tempDir();
    const init = await runOgp(["init", "repo"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("created repo/plans/deliverables/partner-network.yaml\n");
    const repo = path.join(dir, "repo");
    const lint = await runOgp(["lint", "--format", "json", "--max-warnings", "0"], { cwd: repo });
    expect(lint.code).toBe(0);
    const report = JSON.parse(lint.stdout) as { problems: unknown[]; documents: number };
    expect(report.problems).toEqual([]);
    expect(report.documents).toBe(3);
    // Each plan file names its schema in the installed package, relative to itself.
    expect(readFileSync(path.join(repo, "plans/deliverables/partner-network.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/plans-as-code\/schemas\/deliverable\.schema\.json\n/);
    const workflow = parse(readFileSync(path.join(repo, ".github/workflows/ogp.yml"), "utf8")) as { jobs: { lint: { steps: { run?: string }[] } } };
    expect(workflow.jobs.lint.steps.map((s) => s.run).filter(Boolean)).toEqual(["npm ci", "npx ogp lint --max-warnings 0"]);
    expect(parse(readFileSync(path.join(repo, ".pre-commit-config.yaml"), "utf8"))).toMatchObject({ repos: [{ repo: "local", hooks: [{ entry: "npx ogp lint" }] }] });
  });

  it("never overwrites without --force, and writes nothing when refusing", async () => {
    const dir = tempDir({ "plans/strategy.yaml": "mine\n" });
    const refused = await runOgp(["init"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("ogp: .: plans/strategy.yaml already exists; nothing was written (use --force to overwrite)\n");
    expect(readFileSync(path.join(dir, "plans/strategy.yaml"), "utf8")).toBe("mine\n");
    expect(() => readFileSync(path.join(dir, "ogp.config.yaml"))).toThrow();
    const forced = await runOgp(["init", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, "plans/strategy.yaml"), "utf8")).toContain("kind: strategy");
    writeFileSync(path.join(dir, "plans/strategy.yaml"), "kind: strategy\n");
    expect((await runOgp(["lint"], { cwd: dir })).code).toBe(1);
  });
});
