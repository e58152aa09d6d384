/**
 * Every rule id, load stage and lint alike: the one list of them, and one union, so that a
 * misspelt id is a type error rather than a finding silently dropped or never configurable. Add
 * a rule's id here first, then its rule to lint/rules.ts; runs/lint-rules.ts adds the suppression
 * step's rule (unused-disable) to those, and test/runs/rule-ids.test.ts holds the two to this list.
 */
export const RULE_IDS = [
  "invalid-file", "yaml-syntax", "yaml-duplicate-key", "not-a-plan", "schema",
  "duplicate-id", "unresolved-ref", "wrong-target", "derivation-cycle", "period-order",
  "label-sequence", "missing-title", "citation-mismatch", "advances-nothing", "uncovered-goal", "status-mismatch",
  "period-outside-strategy", "uncited-link", "overdue-deliverable",
  "target-outside-period", "actual-after-period", "xml-syntax", "stratml",
  // Not a rule of the plans but of their suppression comments: a directive that suppresses nothing.
  "unused-disable",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
