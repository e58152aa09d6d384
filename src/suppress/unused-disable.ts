import type { MessageTable } from "../core/messages.js";
import type { RuleDefinition } from "../lint/rule.js";

/**
 * The wording of every unused-disable finding. `{{kind}}` is the directive's own word
 * ('line' or 'next-line'); `{{rules}}` the rule ids it names that suppressed nothing ("a, b").
 * A directive that cannot work (malformed) says why; one that worked no longer says what to remove.
 */
export const UNUSED_DISABLE_MESSAGES = {
  noRule: "this ogp-disable-{{kind}} comment suppresses nothing: it names no rule: write '# ogp-disable-next-line <rule> -- <reason>'",
  unknownRule: "this ogp-disable-{{kind}} comment suppresses nothing: it names an unknown rule '{{rule}}'",
  unknownRuleSuggest: "this ogp-disable-{{kind}} comment suppresses nothing: it names an unknown rule '{{rule}}'; did you mean {{suggestions}}?",
  noReason: "this ogp-disable-{{kind}} comment suppresses nothing: it gives no reason: add ' -- <why this is accepted>' after the rule",
  noReasonRules: "this ogp-disable-{{kind}} comment suppresses nothing: it gives no reason: add ' -- <why this is accepted>' after the rules",
  unusedDirective: "ogp-disable-{{kind}} for {{rules}} suppresses nothing: the problem it accepted is gone; remove the comment",
  unusedRules: "ogp-disable-{{kind}} for {{rules}} suppresses nothing: the problem it accepted is gone; remove {{rules}} from it",
} as const satisfies MessageTable;

export type UnusedDisableMessageId = keyof typeof UNUSED_DISABLE_MESSAGES;

/** The one rule of the suppression step: a directive that suppresses nothing (or cannot, being malformed). */
export const UNUSED_DISABLE: RuleDefinition<UnusedDisableMessageId> = {
  id: "unused-disable",
  defaultSeverity: "warning",
  description:
    "An '# ogp-disable-line' or '# ogp-disable-next-line' comment that suppresses nothing: the problem it accepted is gone, it names an unknown rule, or it gives no reason after '--'.",
  messages: UNUSED_DISABLE_MESSAGES,
};
