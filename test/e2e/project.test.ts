import { describe, expect, it } from "vitest";
import { runOgp, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

// A workplan whose references point into the strategy file: linting the workplan alone must still resolve them.
const repo = (config?: string) =>
  tempDir({
    ...(config === undefined ? {} : { "ogp.config.yaml": config }),
    "plans/strategy.yaml": STRATEGY,
    "plans/workplan.yaml": WORKPLAN.replace('title: Action one\n', 'title: Action one\n  - id: d2\n    label: "3"\n    title: Deliverable two\n    advances: [{ ref: s/g1, cite: "x" }]\n'),
  });

describe("the project is always whole", () => {
  it("a named file inside a project is checked with the whole project loaded, and only it is reported", async () => {
    const dir = repo();
    const { code, stdout } = await runOgp(["lint", "--format", "json", "plans/workplan.yaml"], { cwd: dir });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { problems: { file: string; rule: string }[]; documents: number };
    expect(report.problems.map((p) => p.rule)).toEqual(["label-sequence"]);
    expect(report.problems.every((p) => p.file === "plans/workplan.yaml")).toBe(true);
    expect(report.documents).toBe(2);
  });

  it("--no-project checks only the named files (references into others do not resolve)", async () => {
    const { code, stdout } = await runOgp(["lint", "--no-project", "--format", "json", "plans/workplan.yaml"], { cwd: repo() });
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { problems: { rule: string }[] }).problems.map((p) => p.rule)).toContain("unresolved-ref");
  });

  it("the config's plans and rules apply, with per-path overrides, from a subfolder too", async () => {
    const dir = repo("plans: ['plans/*.yaml']\nrules:\n  label-sequence: error\noverrides:\n  - files: ['plans/strategy.yaml']\n    rules: { uncited-link: off }\n");
    const { code, stdout } = await runOgp(["lint", "--format", "json"], { cwd: `${dir}/plans` });
    expect(code).toBe(1);
    const problems = (JSON.parse(stdout) as { problems: { file: string; rule: string; severity: string }[] }).problems;
    expect(problems.map((p) => `${p.file} ${p.rule} ${p.severity}`)).toEqual(["workplan.yaml label-sequence error"]);
  });

  it("--print-config shows the resolved settings for a file, as a config file", async () => {
    const dir = repo("overrides:\n  - files: ['plans/workplan.yaml']\n    rules: { label-sequence: off }\n");
    const { code, stdout } = await runOgp(["lint", "--print-config", "plans/workplan.yaml"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("# ogp: the resolved config for plans/workplan.yaml, from ogp.config.yaml\nplans:\n  - plans\nrules:\n");
    expect(stdout).toContain("\n  label-sequence: off\n");
    expect(stdout).toContain("\n  schema: error\n");
  });

  it("a config mistake is exit 2 with the file and line; --config names another file", async () => {
    const dir = repo("rules:\n  label-sequence: loud\n");
    const bad = await runOgp(["lint"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("ogp: ogp.config.yaml:2: bad severity 'loud' for rule label-sequence: use off, info, warning or error\n");
    const other = await runOgp(["lint", "--config", "plans/../other.yaml"], { cwd: tempDir({ "other.yaml": "plans: [p]\n", "p/s.yaml": STRATEGY }) });
    expect(other.code).toBe(0);
  });
});
