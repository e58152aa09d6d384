import type { Severity } from "../core/problem.js";
import type { RuleDefinition } from "../lint/rule.js";
import { RULES } from "../lint/rules.js";
import { UNUSED_DISABLE } from "../suppress/unused-disable.js";

// The ids are listed once, in core/rule-ids.ts (the type every rule id is checked against). The
// rules that implement them are lint/rules.ts's, and the suppression step adds its own rule
// (unused-disable): this is the one place the two are put together, for everything that lists
// or describes the rules (help, formatters' rule metadata, --print-config's defaults).
// test/runs/rule-ids.test.ts holds the three to one another.

/** Every rule a lint run can report, in the order they are listed: the plans' rules, then the suppression step's. */
export const LINT_RUN_RULES: readonly RuleDefinition[] = [...RULES, UNUSED_DISABLE];

/** Every rule's default severity, by id. */
export const DEFAULT_SETTINGS: ReadonlyMap<string, Severity> = new Map<string, Severity>(LINT_RUN_RULES.map((r) => [r.id, r.defaultSeverity]));
