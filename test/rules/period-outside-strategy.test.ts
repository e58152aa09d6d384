import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/period-outside-strategy.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

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

const NAMES = { workplan: "workplan 'w'", strategy: "strategy 's'" };
const starts = (own: string, theirs: string) => ({ messageId: "startsBefore", data: { ...NAMES, own, theirs }, file: "w.yaml", line: 7, column: 10 });
const ends = (own: string, theirs: string) => ({ messageId: "endsAfter", data: { ...NAMES, own, theirs }, file: "w.yaml", line: 8, column: 8 });

describe("period-outside-strategy", () => {
  it("is a warning by default", () => {
    expect(rule.id).toBe("period-outside-strategy");
    expect(rule.defaultSeverity).toBe("warning");
  });
});

testRule(rule, {
  valid: [
    { name: "partial dates read as the whole span they name: '2023-04' to '2023-12-31' lies within '2023'", files: { "s.yaml": strategy("2023", "2023"), "w.yaml": workplan("2023-04", "2023-12-31") } },
    { name: "the same period as its strategy", files: { "s.yaml": strategy("2020-01", "2025-12-31"), "w.yaml": workplan("2020", "2025") } },
    { name: "a strategy without a period", files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: approved\n", "w.yaml": workplan("1999", "2099") } },
    { name: "a workplan without a period", files: { "s.yaml": strategy("2020", "2025"), "w.yaml": "kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\n" } },
    { name: "a strategy that does not resolve", files: { "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("1999", "2099").replace("strategy: s", "strategy: t") } },
    { name: "a workplan within its strategy", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
    { name: "a period value that is not a date is the schema's to report, not also a period out of line", files: { "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("soon", "2030-02-30") } },
  ],
  invalid: [
    {
      name: "a workplan that starts before its strategy, at the start date",
      files: { "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("2019-12", "2021") },
      errors: [{ ...starts("2019-12", "2020"), message: "workplan 'w' starts 2019-12, before its strategy 's' starts (2020): a workplan runs within its strategy's period" }],
    },
    {
      name: "a workplan that ends after its strategy, at the end date",
      files: { "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("2021", "2026") },
      errors: [{ ...ends("2026", "2025"), message: "workplan 'w' ends 2026, after its strategy 's' ends (2025): a workplan runs within its strategy's period" }],
    },
    { name: "both sides when the workplan spans more than its strategy", files: { "s.yaml": strategy("2020", "2025"), "w.yaml": workplan("2019", "2026-01") }, errors: [starts("2019", "2020"), ends("2026-01", "2025")] },
    { name: "partial dates read as the whole span they name: '2023' is not within '2023-04'", files: { "s.yaml": strategy("2023-04", "2023-04"), "w.yaml": workplan("2023", "2023") }, errors: [starts("2023", "2023-04"), ends("2023", "2023-04")] },
  ],
});
