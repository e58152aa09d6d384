import type { Problem } from "../core/problem.js";
import { printable } from "../core/printable.js";

// The second place a problem speaks of (a duplicate's first definition, the file a reference goes
// into), shown on screen as TRLC does ("previous definition at file:line"), not only in JSON.

/** Each related place of a problem as one line of text, as compilers write notes: `<file>:<line>:<column>: <message>`. */
export function relatedLines(problem: Problem): string[] {
  return (problem.related ?? []).map((r) => `${printable(r.file)}:${r.line}:${r.column}: ${printable(r.message)}`);
}
