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
    const workflow = parse(readFileSync(path.join(repo, ".github/workflows/ogp.yml"), "utf8")) as { jobs: { lint: { steps: { run?: string; if?: string; with?: Record<string, unknown> }[] } } };
    const steps = workflow.jobs.lint.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
      "npm ci",
      "npx ogp lint --max-warnings 0",
      'npx ogp diff --git "origin/${{ github.base_ref }}" --format markdown --fail-on breaking >> "$GITHUB_STEP_SUMMARY"',
    ]);
    // The reviewer's step: on pull requests only, with the base branch's history fetched.
    expect(steps.find((s) => s.run?.includes("ogp diff"))!.if).toBe("github.event_name == 'pull_request'");
    expect(steps[0]!.with).toEqual({ "fetch-depth": 0 });
    expect(readFileSync(path.join(repo, ".github/workflows/ogp.yml"), "utf8")).not.toContain("once your ogp version");
    expect(readFileSync(path.join(repo, ".gitignore"), "utf8")).toBe("node_modules/\n.ogpcache\n");
    expect(parse(readFileSync(path.join(repo, ".pre-commit-config.yaml"), "utf8"))).toMatchObject({ repos: [{ repo: "local", hooks: [{ entry: "npx ogp lint" }] }] });
  });

  it("in an existing repository: writes what is missing, keeps what exists and says so; --force overwrites", async () => {
    const dir = tempDir({ "README.md": "# Mine\n", ".gitignore": "dist\n/node_modules\n" });
    const init = await runOgp(["init"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("created plans/strategy.yaml\n");
    expect(init.stdout).toContain("extended .gitignore (added .ogpcache)\n");
    expect(init.stdout).toContain("kept README.md (it exists; --readme adds a section about the plans, --force overwrites it)\n");
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe("# Mine\n");
    expect(readFileSync(path.join(dir, ".gitignore"), "utf8")).toBe("dist\n/node_modules\n.ogpcache\n");
    expect((await runOgp(["lint", "--max-warnings", "0"], { cwd: dir })).code).toBe(0);

    const readme = await runOgp(["init", "--readme"], { cwd: dir });
    expect(readme.stdout).toContain("extended README.md (added a section 'Plans')\n");
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toMatch(/^# Mine\n\n## Plans\n\nStrategies, work plans/);
    // Once: a README that already says how to lint is kept.
    expect((await runOgp(["init", "--readme"], { cwd: dir })).stdout).toContain("kept README.md");
  });

  it("never overwrites without --force; a plans folder with plans of its own gets no example plans", async () => {
    const dir = tempDir({ "plans/strategy.yaml": "mine\n" });
    const kept = await runOgp(["init"], { cwd: dir });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain("kept plans/ (it holds plans already, so the example plans were not added)\n");
    expect(readFileSync(path.join(dir, "plans/strategy.yaml"), "utf8")).toBe("mine\n");
    expect(() => readFileSync(path.join(dir, "plans/workplan.yaml"))).toThrow();
    expect(readFileSync(path.join(dir, "ogp.config.yaml"), "utf8")).toContain("plans:");
    const forced = await runOgp(["init", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, "plans/strategy.yaml"), "utf8")).toContain("kind: strategy");
    writeFileSync(path.join(dir, "plans/strategy.yaml"), "kind: strategy\n");
    expect((await runOgp(["lint"], { cwd: dir })).code).toBe(1);
  });
});
