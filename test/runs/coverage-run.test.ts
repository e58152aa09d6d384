import { describe, expect, it } from "vitest";
import type { Location } from "../../src/core/problem.js";
import type { LintRun } from "../../src/runs/lint-run.js";
import { coverageRun } from "../../src/runs/coverage-run.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

/** The link from deliverable 1 to goal 1 holds a schema error (a cite that is not a string). */
const project = () => projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', "{ ref: s/g1, cite: 5 }") });
const OPTIONS = { of: "deliverables", by: "goal", revisionPaths: [] } as const;

/** A lint run that reports errors at `errors` alone (the rest of it is not read by coverage). */
function lintReporting(errors: Location[]): LintRun {
  return { errorLocations: () => errors } as unknown as LintRun;
}

const statuses = (run: Awaited<ReturnType<typeof coverageRun>>) => run.result.reports[0]?.rows.map((row) => `${row.label} ${row.status}`);

describe("coverageRun", () => {
  it("runs the project's lint when none is given: the link lint reports as an error is broken", async () => {
    const run = await coverageRun(project(), {}, OPTIONS);
    expect(statuses(run)).toEqual(["1 broken", "2 covered"]);
    expect(run.failed).toBe(false);
  });

  it("takes the links' errors from the lint run it is given, not from the rules", async () => {
    expect(statuses(await coverageRun(project(), {}, OPTIONS, lintReporting([])))).toEqual(["1 covered", "2 covered"]);
    const atGoal2 = { file: "w.yaml", path: ["deliverables", 0, "advances", 1, "cite"] };
    expect(statuses(await coverageRun(project(), {}, OPTIONS, lintReporting([atGoal2])))).toEqual(["1 covered", "2 broken"]);
  });

  it("asks no lint for indicators, which are measured by the plans' own figures", async () => {
    const unasked = { errorLocations: () => expect.unreachable("indicators asked lint") } as unknown as LintRun;
    const run = await coverageRun(project(), {}, { ...OPTIONS, of: "indicators" }, unasked);
    expect(run.result.of).toBe("indicators");
  });

  it("fails below --min, with the failure in the result", async () => {
    const run = await coverageRun(project(), {}, { ...OPTIONS, min: 100 });
    expect(run.failed).toBe(true);
    expect(run.result.failures).toHaveLength(1);
  });
});
