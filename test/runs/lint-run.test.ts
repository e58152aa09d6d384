import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { openProject } from "../../src/project/open-project.js";
import { resolvePlans } from "../../src/project/resolve.js";
import { baselineRecordRun, lintErrorLocations, lintRun } from "../../src/runs/lint-run.js";
import { STRATEGY, tempDirsRemovedAfterAll, WORKPLAN } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();

/** A workplan whose link to goal 1 holds a schema error (an error), and whose second deliverable repeats label 1 (a label-sequence warning). */
const WORKPLAN_WITH_PROBLEMS = WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', "{ ref: s/g1, cite: 5 }").replace(
  "        title: Action one\n",
  '        title: Action one\n  - id: d2\n    label: "1"\n    title: Deliverable two\n    advances: [{ ref: s/g2, cite: "x" }]\n',
);

async function opened(config: string | undefined, paths: string[] = []) {
  const dir = tempDir({ "plans/s.yaml": STRATEGY, "plans/w.yaml": WORKPLAN_WITH_PROBLEMS, ...(config === undefined ? {} : { "ogp.config.yaml": config }) });
  const plans = await resolvePlans({ paths }, dir);
  return { dir, plans, project: await openProject(plans.load, dir) };
}

const rules = (run: { problems: { rule: string; severity: string }[] }) => run.problems.map((p) => `${p.rule} ${p.severity}`);

describe("lintRun", () => {
  it("reports every finding under the default severities, and fails on the error", async () => {
    const { dir, plans, project } = await opened(undefined);
    const run = await lintRun(project, plans, { cwd: dir });
    expect(rules(run.whole)).toEqual(["schema error", "label-sequence warning"]);
    expect(run.result).toBe(run.whole);
    expect(run.reported).toBe(run.whole);
    expect(run.verdict).toEqual({ failed: true });
    expect(run.fixed).toBe(0);
  });

  it("applies the config's severities: with schema off the run passes, and no link is an error", async () => {
    const { dir, plans, project } = await opened("rules:\n  schema: off\n");
    const run = await lintRun(project, plans, { cwd: dir });
    expect(rules(run.whole)).toEqual(["label-sequence warning"]);
    expect(run.verdict).toEqual({ failed: false });
    expect(run.errorLocations()).toEqual([]);
  });

  it("says where each error was found, by the path inside its document (what coverage matches links by)", async () => {
    const { dir, plans, project } = await opened(undefined);
    const [at, ...more] = (await lintRun(project, plans, { cwd: dir })).errorLocations();
    expect(more).toEqual([]);
    expect(at?.file).toBe("plans/w.yaml");
    expect(at?.path?.slice(0, 4)).toEqual(["deliverables", 0, "advances", 0]);
  });

  it("--quiet reports the errors alone; --max-warnings fails the run with a reason", async () => {
    const { dir, plans, project } = await opened("rules:\n  schema: warning\n");
    const quiet = await lintRun(project, plans, { cwd: dir, quiet: true, maxWarnings: 0 });
    expect(rules(quiet.reported)).toEqual([]);
    expect(quiet.verdict).toEqual({ failed: false });
    const strict = await lintRun(project, plans, { cwd: dir, maxWarnings: 1 });
    expect(strict.verdict).toEqual({ failed: true, reason: "2 warnings, more than --max-warnings 1" });
  });

  it("reports on the files named inside a project, the whole project linted for context", async () => {
    const { dir, plans, project } = await opened("plans: [plans]\n", ["plans/s.yaml"]);
    const run = await lintRun(project, plans, { cwd: dir });
    expect(rules(run.whole)).toEqual(["schema error", "label-sequence warning"]);
    expect(run.result.problems).toEqual([]);
    expect(run.result.files).toEqual(["plans/s.yaml"]);
    expect(run.verdict).toEqual({ failed: false });
  });

  it("lintErrorLocations finds the run's errors, a warning rule configured as an error included", async () => {
    for (const config of [undefined, "rules:\n  label-sequence: error\n", "rules:\n  schema: off\n  label-sequence: error\n"]) {
      const { dir, plans, project } = await opened(config);
      const errors = (await lintRun(project, plans, { cwd: dir })).errorLocations();
      expect(await lintErrorLocations(project, plans, { cwd: dir }), config).toEqual(errors);
      expect(errors.length, config).toBe(config === undefined || config.includes("off") ? 1 : 2);
    }
  });

  it("a --baseline that does not exist is a usage error", async () => {
    const { dir, plans, project } = await opened(undefined);
    await expect(lintRun(project, plans, { cwd: dir, baseline: `${dir}/missing.json` })).rejects.toThrow(UsageError);
  });
});

describe("baselineRecordRun", () => {
  it("records every finding of the whole project, in the project's root", async () => {
    const { dir, plans, project } = await opened("plans: [plans]\n");
    const record = await baselineRecordRun(project, plans, { cwd: dir });
    expect(record.file).toBe(`${dir}/ogp-baseline.json`);
    expect(record.findings).toBe(2);
    expect((JSON.parse(record.text) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(["schema", "label-sequence"]);
  });

  it("refuses a run that does not cover the whole project", async () => {
    const { dir, plans, project } = await opened("plans: [plans]\n", ["plans/w.yaml"]);
    await expect(baselineRecordRun(project, plans, { cwd: dir })).rejects.toThrow(/records the findings of the whole project/);
    const whole = await opened(undefined);
    await expect(baselineRecordRun(whole.project, whole.plans, { cwd: whole.dir, examples: true })).rejects.toThrow(UsageError);
  });
});
