import type { RuleId } from "./rule-ids.js";

/**
 * The path of a value inside a plan document's data: its keys and list indexes from the root
 * (`["goals", 0, "title"]`). It names no file: a Location pairs it with one. For a StratML file,
 * it is the path in the plan its import makes of the XML.
 */
export type DocPath = readonly (string | number)[];

export type Severity = "error" | "warning" | "info";

/** A rule's setting in a config: the severity its findings get, or off. */
export type RuleSetting = Severity | "off";

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** The values a message template is filled with (messages.ts renders them): kept with a finding, so a message can be worded again. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A key for a place (file and document path), e.g. to keep what is known about it in JSON. */
export function placeKey(file: string, path: DocPath): string {
  return `${file}\u0000${JSON.stringify(path)}`;
}

/** Where a problem sits before positions are resolved: either a document path or a known position. */
export interface Location {
  file: string;
  /** Path inside the document's data; resolved to line:column by the source index (each file's format places it). */
  path?: DocPath;
  /** Point at the key of the last path segment instead of its value (unknown keys, duplicates). */
  atKey?: boolean;
  /** An already known position (parser errors). */
  position?: Position;
}

/** A problem as an analysis reports it: no positions yet, so that only files with problems pay for them. */
export interface Finding {
  rule: RuleId;
  /** The key of the wording in the rule's message table. */
  messageId: string;
  /** The values the message template was filled with. */
  data: MessageData;
  /** The message, rendered from the table. */
  message: string;
  at: Location;
  /** Other places the message speaks of ("first defined at ..."). */
  related?: { at: Location; message: string }[];
  /**
   * Information whatever the rule's severity: a note that follows from another finding (references
   * not checked because their target failed to load), never a failure of its own.
   */
  informational?: true;
}

/** A problem with resolved positions, as formatters receive it. */
export interface Problem extends Position {
  file: string;
  severity: Severity;
  rule: RuleId;
  /** The key of the wording in the rule's message table: stable when the wording changes. */
  messageId: string;
  message: string;
  related?: ({ file: string; message: string } & Position)[];
  /** The node the problem is about ('<document>/<id>', or a document id), where it sits in one: what a baseline keys on. */
  node?: string;
}
