import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/period-outside-strategy.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

const strategy = (start: string, end: string) => `kind: strategy
id: s
title: S
status: approved
period: { start: "${start}", end: "${end}" }
`;

/** A workplan with its period in block form: the start value at 7:10, the end value at 8:8. */
const workplan = (start: string, end: string) => `kind: workplan
id: w
title: W
status: approved
strategy: s
period:
  start: "${start}"
  end: "${end}"
`;

const TAIL = "a workplan runs within its strategy's period";
const outside = (files: Record<string, string>) => problemsOf(lintFiles(files), "period-outside-strategy");

describe("period-outside-strategy", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("period-outside-strategy");
    expect(rule.defaultSeverity).toBe("warning");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a workplan that starts before its strategy, at the start date", () => {
    const result = lintFiles({ "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("2019-12", "2021") });
    expect(problemsOf(result, "period-outside-strategy")).toEqual([`w.yaml:7:10 workplan 'w' starts 2019-12, before its strategy 's' starts (2020): ${TAIL}`]);
    expect(result.problems.find((p) => p.rule === "period-outside-strategy")!.severity).toBe("warning");
  });

  it("reports a workplan that ends after its strategy, at the end date", () => {
    expect(outside({ "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("2021", "2026") })).toEqual([
      `w.yaml:8:8 workplan 'w' ends 2026, after its strategy 's' ends (2025): ${TAIL}`,
    ]);
  });

  it("reports both sides when the workplan spans more than its strategy", () => {
    expect(outside({ "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("2019", "2026-01") })).toEqual([
      `w.yaml:7:10 workplan 'w' starts 2019, before its strategy 's' starts (2020): ${TAIL}`,
      `w.yaml:8:8 workplan 'w' ends 2026-01, after its strategy 's' ends (2025): ${TAIL}`,
    ]);
  });

  it("reads partial dates as the whole span they name: '2023-04' to '2023-12-31' lies within '2023'", () => {
    expect(outside({ "s.yaml": strategy("2023", "2023"), "w.yaml": workplan("2023-04", "2023-12-31") })).toEqual([]);
  });

  it("reads partial dates as the whole span they name: '2023' is not within '2023-04'", () => {
    expect(outside({ "s.yaml": strategy("2023-04", "2023-04"), "w.yaml": workplan("2023", "2023") })).toEqual([
      `w.yaml:7:10 workplan 'w' starts 2023, before its strategy 's' starts (2023-04): ${TAIL}`,
      `w.yaml:8:8 workplan 'w' ends 2023, after its strategy 's' ends (2023-04): ${TAIL}`,
    ]);
  });

  it("accepts a workplan with the same period as its strategy", () => {
    expect(outside({ "s.yaml": strategy("2020-01", "2025-12-31"), "w.yaml": workplan("2020", "2025") })).toEqual([]);
  });

  it("says nothing when the strategy has no period", () => {
    const bare = "kind: strategy\nid: s\ntitle: S\nstatus: approved\n";
    expect(outside({ "s.yaml": bare, "w.yaml": workplan("1999", "2099") })).toEqual([]);
  });

  it("says nothing when the workplan has no period", () => {
    const text = "kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\n";
    expect(outside({ "s.yaml": strategy("2020", "2025"), "w.yaml": text })).toEqual([]);
  });

  it("says nothing when the strategy does not resolve", () => {
    expect(outside({ "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("1999", "2099").replace("strategy: s", "strategy: t") })).toEqual([]);
  });

  it("reports nothing for a workplan within its strategy", () => {
    expect(outside({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});
