import { describe, expect, it } from "vitest";
import actualAfterPeriod from "../../src/lint/rules/actual-after-period.js";
import targetOutsidePeriod from "../../src/lint/rules/target-outside-period.js";
import { lint } from "../../src/lint/lint.js";
import { projectFrom } from "../helpers.js";
import { testRule } from "../rule-tester.js";

/** An authored strategy for 2025-2027 whose goal's one indicator starts at line 9 (its keys at column 9). */
const strategy = (indicator: string) => ({
  "s.yaml": `kind: strategy
id: s
title: S
status: approved
period: { start: "2025", end: "2027" }
goals:
  - id: g1
    indicators:
      - id: members
        label: "1.1"
        title: Members with a plan
${indicator}`,
});

describe("indicator dates", () => {
  it("are warnings by default", () => {
    expect(targetOutsidePeriod.defaultSeverity).toBe("warning");
    expect(actualAfterPeriod.defaultSeverity).toBe("warning");
  });

  it("the schema takes baseline, a dated target, actuals and unit on an indicator", () => {
    const files = strategy('        unit: percent of members\n        baseline: { value: 35, date: "2024-12-31" }\n        target: { value: 60, date: "2027-06" }\n        actuals:\n          - { date: "2025-12-31", value: 41 }\n');
    // The fixture's goal has no title (to keep its lines short): missing-title is not what this test is about.
    expect(lint(projectFrom(files), { rules: { "missing-title": "off" } }).problems).toEqual([]);
  });
});

const NAMES = { indicator: 'indicator 1.1 "Members with a plan"', document: "strategy 's'" };

testRule(targetOutsidePeriod, {
  valid: [
    { name: "a target dated within the period", files: strategy('        target: { value: 60, date: "2027-12-31" }\n') },
    { name: "a target as the source writes it (text, no date)", files: strategy("        target: 60% of members\n") },
  ],
  invalid: [
    {
      // line 12: `        target: { value: 60, date: "2028-01" }`, the date at column 36
      name: "a target dated after the period ends",
      files: strategy('        target: { value: 60, date: "2028-01" }\n'),
      errors: [{
        messageId: "after", data: { ...NAMES, date: "2028-01", end: "2027" }, line: 12, column: 36,
        message: "indicator 1.1 \"Members with a plan\" has its target dated 2028-01, after strategy 's' ends (2027): date the target within the plan's period, or move it to a later plan",
      }],
    },
    {
      name: "a target dated before the period starts",
      files: strategy('        target: { value: 60, date: "2024" }\n'),
      errors: [{ messageId: "before", data: { ...NAMES, date: "2024", start: "2025" }, line: 12, column: 36 }],
    },
  ],
});

testRule(actualAfterPeriod, {
  valid: [{ name: "actuals within the period", files: strategy('        actuals:\n          - { date: "2025-06", value: 40 }\n          - { date: "2027-12-31", value: 44 }\n') }],
  invalid: [
    {
      // line 14: `          - { date: "2028-03-31", value: 50 }`, the date at column 21
      name: "an actual dated after the period ends, at its date",
      files: strategy('        actuals:\n          - { date: "2026-06", value: 40 }\n          - { date: "2028-03-31", value: 50 }\n'),
      errors: [{ messageId: "afterPeriod", data: { ...NAMES, date: "2028-03-31", end: "2027" }, line: 14, column: 21 }],
    },
  ],
});
