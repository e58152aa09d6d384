import type { DocPath, Finding, Position } from "../core/problem.js";
import type { RuleId } from "../core/rule-ids.js";
import { findingFrom, type MessageData, type MessageTable } from "../core/messages.js";
import type { CachedParse } from "./cache.js";

// What loading makes of one file, stage by stage, each a new value: the file's name, the text
// its format decoded from the bytes (formats.ts), what the format's reader parsed from the text
// (ParsedText), and the document the rest of the run reads (LoadedFile).

/** A file as the run names it. */
export interface FileName {
  /** Path as shown to users (relative to the working directory), or '<ref>:<path>' for a file read from git. */
  readonly file: string;
  /** Where the file is: its absolute path on disk (for a file read from git, its shown name). */
  readonly absolutePath: string;
}

/** The source position of a document path's value, or of its key with `atKey`. */
export type PositionOf = (path: DocPath, atKey?: boolean) => Position;

/** What a format's reader made of a file's text. */
export interface ParsedText {
  readonly text: string;
  /** The document as plain data; undefined when the text could not be read as a plan. */
  readonly data?: unknown;
  /** Problems found while parsing. */
  readonly findings: readonly Finding[];
  /** Positions, resolved on first use: the YAML parser's (or a scan of the text), the StratML import's. */
  readonly positionOf: PositionOf;
  /** Where a problem of the whole file (a location without a path) is placed, when not on the first line (StratML: at its plan). */
  readonly wholeFileAt?: () => Position;
}

/** A file's schema check: the kind it was checked as (when known) and what it found. */
export interface SchemaResult {
  readonly kind?: string;
  readonly findings: readonly Finding[];
}

/** One plan file after loading: its text, its plain data and how to place a path of it in the text. */
export interface LoadedFile extends FileName {
  /** The decoded text; undefined when the file could not be read as text. */
  readonly text?: string;
  /** The document as plain data; undefined when the file could not be parsed. For a file served by the cache, decoded on first read. */
  readonly data?: unknown;
  /** Whether the file has data, known without reading `data` (which, for a file served by the cache, decodes it). */
  readonly hasData: boolean;
  /** Problems found while reading and parsing. */
  readonly findings: readonly Finding[];
  /** Positions of document paths; absent for a file that has no text. */
  readonly positionOf?: PositionOf;
  /** Where a problem of the whole file (a location without a path) is placed; absent: on the first line. */
  readonly wholeFileAt?: () => Position;
  /**
   * For a file served by the cache: a promise to wait for before `positionOf(path)`, when the
   * position is not among those cached and the reader must be loaded first; else undefined.
   */
  readonly preparePosition?: (path: DocPath, atKey: boolean) => Promise<unknown> | undefined;
  /** The schema check's result, when already known (from the cache): the check is not run again. */
  readonly schema?: SchemaResult;
  /** With a cache: the SHA-256 of the file's bytes, its key in the cache. */
  readonly contentHash?: string;
  /** With a cache: this content's entry, which the run completes (ParseCache.recordSchema, positions). */
  readonly cacheEntry?: CachedParse;
}

/** The document of a parsed text. */
export function parsedFile(name: FileName, parsed: ParsedText): LoadedFile {
  const { text, data, findings, positionOf, wholeFileAt } = parsed;
  return { file: name.file, absolutePath: name.absolutePath, text, data, hasData: data !== undefined, findings, positionOf, ...(wholeFileAt ? { wholeFileAt } : {}) };
}

/** A file that could not be read as text: its problems only. */
export function unreadFile(name: FileName, findings: readonly Finding[]): LoadedFile {
  return { file: name.file, absolutePath: name.absolutePath, hasData: false, findings };
}

/** A finding of the whole file (or of one known position), worded from the load stage's tables. */
export function fileProblem<Id extends string>(file: string, rule: RuleId, messages: MessageTable<Id>, messageId: Id, data: MessageData = {}, line = 1, column = 1): Finding {
  return findingFrom(rule, messages, messageId, data, { file, position: { line, column } });
}
