import { describe, expect, it } from "vitest";
import { isRuleId, RULE_IDS } from "../../src/core/rule-ids.js";
import { RULES } from "../../src/lint/rules.js";
import { DEFAULT_SETTINGS, LINT_RUN_RULES } from "../../src/runs/lint-rules.js";
import { UNUSED_DISABLE } from "../../src/suppress/unused-disable.js";

// The ids are listed once (core/rule-ids.ts); the rules (lint/rules.ts and the suppression step's
// unused-disable) must implement exactly those, each once.

describe("the one list of rule ids", () => {
  it("every id has exactly one rule a lint run reports, and every such rule has an id of the list", () => {
    const ids = LINT_RUN_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
  });

  it("the run's rules are the plans' rules, then the suppression step's", () => {
    expect(LINT_RUN_RULES).toEqual([...RULES, UNUSED_DISABLE]);
    expect(RULES.map((rule) => rule.id)).not.toContain(UNUSED_DISABLE.id);
  });

  it("the default settings are the rules' default severities, one per id", () => {
    expect([...DEFAULT_SETTINGS.keys()].sort()).toEqual([...RULE_IDS].sort());
    for (const rule of LINT_RUN_RULES) expect(DEFAULT_SETTINGS.get(rule.id)).toBe(rule.defaultSeverity);
  });

  it("isRuleId accepts the ids of the list and nothing else", () => {
    for (const id of RULE_IDS) expect(isRuleId(id)).toBe(true);
    expect(isRuleId("schemas")).toBe(false);
    expect(isRuleId("")).toBe(false);
  });
});
