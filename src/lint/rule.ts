import { findingFrom, type MessageData, type MessageTable, type RelatedReport } from "../core/messages.js";
import type { Finding, Location, Severity } from "../core/problem.js";
import type { RuleId } from "../core/rule-ids.js";
import type { Project } from "../project/open.js";

/** What a rule is, apart from how it checks: its id, default severity, one-line description and its wording. */
export interface RuleDefinition<MessageId extends string = string> {
  id: RuleId;
  defaultSeverity: Severity;
  description: string;
  /** Where the rule is explained (README's rule table unless a page of its own exists). */
  docsUrl?: string;
  /** Whether human-readable formats quote the source line under the problem: for syntax, where the message cannot name a node. */
  codeFrame?: boolean;
  /** Every message the rule can give, by message id; templates name their data as {{name}}. */
  messages: MessageTable<MessageId>;
}

/** What a run knows besides the plans: the day it is judged on (`--today`), for rules about dates. */
export interface RunSettings {
  /** YYYY-MM-DD. */
  today: string;
}

export interface RuleContext<MessageId extends string = string> extends RunSettings {
  project: Project;
  /**
   * Adds one finding to the rule's results, worded from the rule's table; a second place goes in
   * `related`, never in the text. (ESLint calls this `context.report`; here "report" names the
   * formatters and the HTML page, so the rule context says what it does to the run's findings.)
   */
  addFinding(messageId: MessageId, data: MessageData, at: Location, related?: readonly RelatedReport<MessageId>[]): void;
  /** Reports a note that follows from another finding: shown as information whatever the rule's severity. */
  inform(messageId: MessageId, data: MessageData, at: Location, related?: readonly RelatedReport<MessageId>[]): void;
}

export interface Rule<MessageId extends string = string> extends RuleDefinition<MessageId> {
  check(project: Project, settings?: RunSettings): Finding[];
}

/** A rule from its definition and a check that adds findings through the context (ESLint's `meta.messages` + `context.report`). */
export function defineRule<MessageId extends string>(definition: RuleDefinition<MessageId>, check: (context: RuleContext<MessageId>) => void): Rule<MessageId> {
  return {
    ...definition,
    check(project, settings = { today: isoToday() }) {
      const findings: Finding[] = [];
      check({
        project,
        today: settings.today,
        addFinding: (messageId, data, at, related) => findings.push(findingFrom(definition.id, definition.messages, messageId, data, at, related)),
        inform: (messageId, data, at, related) => findings.push({ ...findingFrom(definition.id, definition.messages, messageId, data, at, related), informational: true }),
      });
      return findings;
    },
  };
}

/**
 * A rule whose findings are made while loading and validating files (before the graph): its
 * wording lives in the load or validate stage's table, which it shares, and it hands on the
 * findings of its id.
 */
export function loadStageRule<MessageId extends string>(definition: RuleDefinition<MessageId>): Rule<MessageId> {
  return { ...definition, check: (project) => project.findings.filter((f) => f.rule === definition.id) };
}

/** Today's date in UTC, as YYYY-MM-DD. */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
