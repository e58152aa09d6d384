import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/period-order.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// the period is on line 5: `period: { start: <start>, end: <end> }`
const strategy = (period: string) => `kind: strategy
id: s
title: S
status: approved
period: ${period}
`;

const order = (period: string) => problemsOf(lintFiles({ "s.yaml": strategy(period) }), "period-order");

describe("period-order", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("period-order");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a period that ends before it starts, at the end date", () => {
    // `period: { start: "2025", end: "2020" }`: the quoted end value starts at column 31
    const result = lintFiles({ "s.yaml": strategy('{ start: "2025", end: "2020" }') });
    expect(problemsOf(result, "period-order")).toEqual([
      "s.yaml:5:31 period of 's' ends (2020) before it starts (2025): swap the dates or correct one of them",
    ]);
    expect(result.problems.find((p) => p.rule === "period-order")!.severity).toBe("error");
  });

  it("compares partial dates by the days they can mean", () => {
    // a block mapping: `end:` is on line 7, its value at column 8
    const text = `kind: strategy
id: s
title: S
status: approved
period:
  start: "2025-03"
  end: "2025-01-31"
`;
    expect(problemsOf(lintFiles({ "s.yaml": text }), "period-order")).toEqual([
      "s.yaml:7:8 period of 's' ends (2025-01-31) before it starts (2025-03): swap the dates or correct one of them",
    ]);
  });

  it("reports unquoted years", () => {
    // `period: { start: 2025, end: 2020 }`: the end value starts at column 29
    expect(order("{ start: 2025, end: 2020 }")).toEqual([
      "s.yaml:5:29 period of 's' ends (2020) before it starts (2025): swap the dates or correct one of them",
    ]);
  });

  it("accepts a year that contains a later start month ('2025-03' to '2025')", () => {
    expect(order('{ start: "2025-03", end: "2025" }')).toEqual([]);
  });

  it("accepts a period of one day", () => {
    expect(order('{ start: "2025-03-01", end: "2025-03-01" }')).toEqual([]);
  });

  it("ignores a period with only one side", () => {
    expect(order('{ start: "2025" }')).toEqual([]);
  });

  it("reports nothing for periods in order", () => {
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }), "period-order")).toEqual([]);
  });
});
