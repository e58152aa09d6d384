import { printable } from "../core/printable.js";

/**
 * A DOT string: controls shown as escapes first (Graphviz stops reading a string at NUL and
 * fails the whole graph), then backslashes and quotes escaped, line ends as DOT's `\n`.
 */
export function dotQuote(text: string): string {
  return `"${printable(text, { keepNewlines: true }).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
