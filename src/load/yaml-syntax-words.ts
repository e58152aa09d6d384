import type { YAMLError } from "yaml";
import { findingFrom } from "../core/messages.js";
import type { Finding } from "../core/problem.js";
import { YAML_SYNTAX_MESSAGES } from "./messages.js";
import { itemAt } from "../core/item-at.js";

// The parser's errors in a plan editor's words, at the place to fix: what was found, what was
// expected there. The yaml package reports many of them at column 1 of a line, or where it gave up
// (the end of the file for an unclosed quote); these read the source lines to find the real place.
// An error none of these recognise keeps the parser's own sentence (yaml-errors.ts).

interface Place {
  line: number;
  column: number;
}

/** A key at the start of a line (after any `- `), and the column it starts at (1-based). */
function keyOn(text: string | undefined): { key: string; column: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\s*(?:-\s+)*)([^\s:#'"\-[{][^:#]*?)\s*:(?:\s|$)/.exec(text);
  if (!match) return undefined;
  const [, indent = "", key = ""] = match;
  return { key, column: indent.length + 1 };
}

function isContent(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "" && !text.trim().startsWith("#");
}

/** The nearest line above `line` that holds content, with its number. */
function lineAbove(lines: readonly string[], line: number): { text: string; line: number } | undefined {
  for (let n = line - 1; n >= 1; n--) {
    const text = lines[n - 1];
    if (isContent(text)) return { text, line: n };
  }
  return undefined;
}

function lineBelow(lines: readonly string[], line: number): { text: string; line: number } | undefined {
  for (let n = line + 1; n <= lines.length; n++) {
    const text = lines[n - 1];
    if (isContent(text)) return { text, line: n };
  }
  return undefined;
}

/** The last opening character before `limit` (as line, column) that its closing character never matched. */
function unmatchedOpening(lines: readonly string[], limit: number, open: string, close: string): Place | undefined {
  // One scan per file and bracket, carried forward from error to error (the parser reports them in
  // order): scanning from the first line per error was quadratic (100 KB of '[' held the CPU for 12 s).
  let scans = bracketScans.get(lines);
  if (!scans) bracketScans.set(lines, (scans = new Map()));
  let scan = scans.get(open);
  if (!scan || scan.next > limit + 1) scans.set(open, (scan = { stack: [], next: 1 }));
  for (; scan.next <= Math.min(limit, lines.length); scan.next++) {
    const text = itemAt(lines, scan.next - 1);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) scan.stack.push({ line: scan.next, column: i + 1 });
      else if (text[i] === close) scan.stack.pop();
    }
  }
  return scan.stack.at(-1);
}
const bracketScans = new WeakMap<readonly string[], Map<string, { stack: Place[]; next: number }>>();

/** The opening quote of a quoted value that runs to the end: the last line with an odd number of that quote. */
function unclosedQuote(lines: readonly string[], limit: number, quote: string): Place | undefined {
  for (let n = Math.min(limit, lines.length); n >= 1; n--) {
    const text = itemAt(lines, n - 1);
    const count = text.split(quote).length - 1;
    if (count % 2 === 1) return { line: n, column: text.indexOf(quote) + 1 };
  }
  return undefined;
}

/**
 * A finding in plain words for one parser error, or undefined to keep the parser's sentence.
 * `at` is where the parser put the error (1-based line and column).
 */
export function plainYamlError(error: YAMLError, at: Place, lines: readonly string[], file: string): Finding | undefined {
  const report = (messageId: keyof typeof YAML_SYNTAX_MESSAGES, data: Record<string, string | number>, place: Place) =>
    findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, messageId, data, { file, position: place });
  const [first = ""] = error.message.split("\n");
  if ((error.code === "BAD_INDENT" && first.startsWith("All mapping items")) || (error.code === "MISSING_CHAR" && first.startsWith("Sequence item without"))) {
    const own = keyOn(lines[at.line - 1]);
    const above = lineAbove(lines, at.line);
    const previous = keyOn(above?.text);
    if (own && previous && own.column !== previous.column) {
      return report("misindentedKey", { key: own.key, found: own.column - 1, previousKey: previous.key, expected: previous.column - 1 }, { line: at.line, column: own.column });
    }
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    const atText = lines[at.line - 1] ?? "";
    const own = keyOn(atText);
    const below = lineBelow(lines, at.line);
    const next = keyOn(below?.text);
    if (own && below && next && next.column > own.column && !/:\s*$/.test(atText)) {
      return report("keyTooDeep", { key: next.key, found: next.column - 1, previousKey: own.key, expected: own.column - 1 }, { line: below.line, column: next.column });
    }
    const value = own ? atText.slice(atText.indexOf(":", own.column - 1) + 1).trim() : "";
    if (own && error.code === "BLOCK_AS_IMPLICIT_KEY" && value.includes(": ")) return report("colonInValue", { key: own.key, value }, at);
    if (!own && error.code === "MULTILINE_IMPLICIT_KEY") {
      const text = atText.trim();
      return report("missingColon", { text }, { line: at.line, column: atText.indexOf(text) + 1 });
    }
  }
  if (error.code === "MISSING_CHAR" && /closing "?quote|Missing closing/.test(first)) {
    const quote = first.includes("'") ? "'" : '"';
    const opening = unclosedQuote(lines, at.line, quote);
    if (opening) return report("unclosedQuote", { quote }, opening);
  }
  if (/^Flow (sequence|map|mapping) /.test(first)) {
    const [open, close] = first.startsWith("Flow sequence") ? ["[", "]"] : ["{", "}"];
    const opening = unmatchedOpening(lines, at.line, open!, close!);
    if (opening) return report("unclosedBracket", { open: open!, close: close! }, opening);
  }
  return undefined;
}
