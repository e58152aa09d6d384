import { describe, expect, it } from "vitest";
import { analyseCoverage } from "../../src/coverage/analyse.js";
import { projectFrom } from "../helpers.js";
import { OPTIONS, STRATEGY, workplan } from "./fixtures.js";

// The ratchet (--baseline) as a pure comparison: a row whose status falls a step fails it, named,
// even when the percent of covered rows does not move.

const withLinks = (advances: string) => projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, label: "1", title: The work, advances: [${advances}] }\n`) });

describe("coverage --baseline", () => {
  it("fails, naming the goal, when a goal falls from partial to missing at the same percent", () => {
    const base = withLinks("s/o11"); // goal 1 partial (1.2 has no link), goal 2 missing, goal 3 justified
    const now = withLinks(""); // goal 1 missing
    const before = analyseCoverage(base, OPTIONS).reports[0]!;
    const result = analyseCoverage(now, OPTIONS, { baseline: { ref: "HEAD", project: base } });
    expect(result.reports[0]!.summary.percent).toBe(before.summary.percent);
    expect(result.failures).toEqual([`workplan 'w' against strategy 's': goal 1 's/g1' ("Goal one") was partial at 'HEAD' and is missing now`]);
  });

  it("fails when a goal falls from covered to partial, and passes when statuses only rise", () => {
    const covered = withLinks("s/o11, s/o12");
    const partial = withLinks("s/o11");
    expect(analyseCoverage(partial, OPTIONS, { baseline: { ref: "main", project: covered } }).failures).toContain(
      `workplan 'w' against strategy 's': goal 1 's/g1' ("Goal one") was covered at 'main' and is partial now`,
    );
    expect(analyseCoverage(covered, OPTIONS, { baseline: { ref: "main", project: partial } }).failures).toEqual([]);
    expect(analyseCoverage(partial, OPTIONS, { baseline: { ref: "main", project: partial } }).failures).toEqual([]);
  });
});
