import type { Finding, Location, MessageData } from "./problem.js";
import type { RuleId } from "./rule-ids.js";

// Every message's wording lives in a table keyed by message id (ESLint's meta.messages), so a
// message can be found, tested and later translated in one place. Templates name their data as
// {{name}}; positions never go into the text (they go into `at` and `related`), which keeps
// messages stable for SARIF fingerprints, baselines and caches.

// Defined with the finding that holds it (problem.ts imports nothing from here).
export type { MessageData };
export type MessageTable<MessageId extends string = string> = Readonly<Record<MessageId, string>>;

/** Fills a template's {{name}} placeholders; a placeholder without data is a programming error. */
export function renderMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message "${template}" needs data '${name}'`);
    return String(value);
  });
}

export interface RelatedReport<MessageId extends string> {
  at: Location;
  messageId: MessageId;
  data?: MessageData;
}

/** One finding of a rule, worded from the rule's table. */
export function findingFrom<MessageId extends string>(
  rule: RuleId,
  messages: MessageTable<MessageId>,
  messageId: MessageId,
  data: MessageData,
  at: Location,
  related: readonly RelatedReport<MessageId>[] = [],
): Finding {
  const finding: Finding = { rule, messageId, data, message: renderMessage(messages[messageId], data), at };
  if (related.length > 0) finding.related = related.map((r) => ({ at: r.at, message: renderMessage(messages[r.messageId], r.data) }));
  return finding;
}
