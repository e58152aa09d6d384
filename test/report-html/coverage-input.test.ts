import { describe, expect, it } from "vitest";
import { analyseCoverage } from "../../src/coverage/analyse.js";
import { coverageInput } from "../../src/formatters/html/coverage-input.js";
import { REPORT_COVERAGE_OPTIONS } from "../../src/runs/report-run.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

const STRATEGY_WITH_HOLE = `${STRATEGY}  - id: g3
    label: "3"
    title: Goal three
`;
const WORKPLAN_WITH_IDLE = `${WORKPLAN}  - id: d2
    label: "2"
    title: Deliverable two
    actions:
      - id: a21
        label: "2.1"
        title: Action two one
        advances: [{ ref: s/o11, cite: "x" }]
  - id: d3
    label: "3"
    title: Fundraising
`;

describe("the heatmap's coverage, asked of the coverage analysis", () => {
  const { reports } = coverageInput(analyseCoverage(projectFrom({ "s.yaml": STRATEGY_WITH_HOLE, "w.yaml": WORKPLAN_WITH_IDLE }), REPORT_COVERAGE_OPTIONS));

  it("reports each workplan against its strategy, one row per goal", () => {
    expect(reports).toHaveLength(1);
    expect(reports[0]!.workplan).toBe("w");
    expect(reports[0]!.strategy).toBe("s");
    expect(reports[0]!.rows.map((r) => `${r.label} ${r.status}`)).toEqual(["1 covered", "2 covered", "3 missing"]);
  });

  it("keeps the strongest path per deliverable", () => {
    const goal1 = reports[0]!.rows[0]!;
    expect(goal1.deliverables.map((d) => `${d.label}:${d.via}`)).toEqual(["1:direct", "2:objective"]);
  });

  it("lists deliverables that advance nothing and sums up", () => {
    expect(reports[0]!.unlinked.map((d) => d.ref)).toEqual(["w/d3"]);
    expect(reports[0]!.summary).toEqual({ covered: 2, justified: 0, total: 3, percent: 66.67 });
  });
});
