import type { Document, LineCounter } from "yaml";

/** The parsed file an error sits in, for messages that name a second place (a duplicate key's first definition). */
export interface ParsedSource {
  document: Document.Parsed;
  lineCounter: LineCounter;
}
