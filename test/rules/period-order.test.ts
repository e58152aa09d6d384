import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/period-order.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

// the period is on line 5: `period: { start: <start>, end: <end> }`
const strategy = (period: string) => ({ "s.yaml": `kind: strategy
id: s
title: S
status: approved
period: ${period}
` });

describe("period-order", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("period-order");
    expect(rule.defaultSeverity).toBe("error");
  });
});

testRule(rule, {
  valid: [
    { name: "a year that contains a later start month ('2025-03' to '2025')", files: strategy('{ start: "2025-03", end: "2025" }') },
    { name: "a period of one day", files: strategy('{ start: "2025-03-01", end: "2025-03-01" }') },
    { name: "a period with only one side", files: strategy('{ start: "2025" }') },
    { name: "periods in order", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      // the quoted end value starts at column 31
      name: "a period that ends before it starts, at the end date",
      files: strategy('{ start: "2025", end: "2020" }'),
      errors: [{
        messageId: "endsBeforeStart", data: { document: "strategy 's'", start: "2025", end: "2020" }, line: 5, column: 31,
        message: "the period of strategy 's' ends (2020) before it starts (2025): swap the dates or correct one of them",
      }],
    },
    {
      // a block mapping: `end:` is on line 7, its value at column 8
      name: "partial dates compared by the days they can mean",
      files: { "s.yaml": 'kind: strategy\nid: s\ntitle: S\nstatus: approved\nperiod:\n  start: "2025-03"\n  end: "2025-01-31"\n' },
      errors: [{ messageId: "endsBeforeStart", data: { document: "strategy 's'", start: "2025-03", end: "2025-01-31" }, line: 7, column: 8 }],
    },
    {
      // the unquoted end value starts at column 29
      name: "unquoted years",
      files: strategy("{ start: 2025, end: 2020 }"),
      errors: [{ messageId: "endsBeforeStart", data: { document: "strategy 's'", start: "2025", end: "2020" }, line: 5, column: 29 }],
    },
  ],
});
