import { describe, expect, it } from "vitest";
import { runOgp, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

// `ogp coverage` calls a link broken exactly when `ogp lint` reports an error in it: both ask the
// project's one lint run (src/runs), config, inline disables and baseline included.

/** A workplan whose link to goal 1 holds a schema error (a cite that is not a string). */
const PLANS = {
  "plans/strategy.yaml": STRATEGY,
  "plans/workplan.yaml": WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', "{ ref: s/g1, cite: 5 }"),
};

async function lintAndCoverage(files: Record<string, string>): Promise<{ lint: number; goal1: string }> {
  const dir = tempDir(files);
  const lint = await runOgp(["lint"], { cwd: dir });
  const coverage = await runOgp(["coverage", "--format", "json"], { cwd: dir });
  expect(coverage.code, coverage.stderr).toBe(0);
  const report = JSON.parse(coverage.stdout) as { reports: { rows: { label: string; status: string }[] }[] };
  return { lint: lint.code, goal1: report.reports[0]?.rows.find((row) => row.label === "1")?.status ?? "no row" };
}

describe("ogp lint and ogp coverage agree about a link", () => {
  it("a link with a schema error is an error in lint and broken in coverage", async () => {
    expect(await lintAndCoverage(PLANS)).toEqual({ lint: 1, goal1: "broken" });
  });

  it("with `schema: off` in ogp.config.yaml, lint passes and coverage counts the link", async () => {
    expect(await lintAndCoverage({ ...PLANS, "ogp.config.yaml": "rules:\n  schema: off\n" })).toEqual({ lint: 0, goal1: "covered" });
  });

  it("an override that turns the rule off for the workplan alone does the same", async () => {
    const config = "overrides:\n  - files: ['plans/workplan.yaml']\n    rules: { schema: warning }\n";
    expect(await lintAndCoverage({ ...PLANS, "ogp.config.yaml": config })).toEqual({ lint: 0, goal1: "covered" });
  });

  it("an inline disable that accepts the error does the same", async () => {
    const workplan = PLANS["plans/workplan.yaml"].replace("      - { ref: s/g1, cite: 5 }", "      # ogp-disable-next-line schema -- the source gives a number\n      - { ref: s/g1, cite: 5 }");
    expect(await lintAndCoverage({ ...PLANS, "plans/workplan.yaml": workplan })).toEqual({ lint: 0, goal1: "covered" });
  });
});
