import type { Problem } from "../core/problem.js";
import type { LintResult } from "../lint/lint.js";
import type { FormatContext } from "./formatter.js";
import { printable } from "../core/printable.js";
import { relatedLines } from "./related.js";

/**
 * ESLint's stylish layout: the file on its own line, then `line:col  severity  message  rule`,
 * then a summary. Nothing at all when there is nothing to report.
 */
export function formatStylish(result: LintResult, { colors: c, rules, sourceLine }: FormatContext): string {
  const { problems, errorCount: errors, warningCount: warnings, infoCount: infos } = result;
  if (problems.length === 0) return "";
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(c.underline(printable(file)));
    const positionWidth = Math.max(...list.map((p) => `${p.line}:${p.column}`.length));
    const severityWidth = Math.max(...list.map((p) => p.severity.length));
    for (const p of list) {
      const severity = p.severity === "error" ? c.red(p.severity.padEnd(severityWidth)) : p.severity === "warning" ? c.yellow(p.severity.padEnd(severityWidth)) : c.blue(p.severity.padEnd(severityWidth));
      lines.push(`  ${c.dim(`${p.line}:${p.column}`.padEnd(positionWidth))}  ${severity}  ${printable(p.message)}  ${c.dim(p.rule)}`);
      const source = rules.get(p.rule)?.codeFrame ? sourceLine?.(p.file, p.line) : undefined;
      if (source !== undefined) lines.push(...codeFrame(source, p.column, c));
      for (const related of relatedLines(p)) lines.push(`  ${" ".repeat(positionWidth)}  ${" ".repeat(severityWidth)}  ${c.dim("↳")} ${related}`);
    }
    lines.push("");
  }
  const total = problems.length;
  const parts = [`${errors} ${plural(errors, "error")}`, `${warnings} ${plural(warnings, "warning")}`];
  if (infos > 0) parts.push(`${infos} info`);
  const summary = `✖ ${total} ${plural(total, "problem")} (${parts.join(", ")}) in ${result.documents} ${plural(result.documents, "document")}, ${result.nodes} ${plural(result.nodes, "node")}`;
  lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  return `${lines.join("\n")}\n`;
}

/** TRLC's frame: the source line, and a caret under the column (both escaped alike, so the caret stays in place). */
function codeFrame(line: string, column: number, c: FormatContext["colors"]): string[] {
  const { source, caret } = frameWindow(line, column - 1);
  const shown = printable(source);
  const offset = printable(source.slice(0, caret)).length;
  return [`    ${c.dim("|")} ${shown}`, `    ${c.dim("|")} ${" ".repeat(offset)}${c.red("^")}`];
}

/** Characters of a long line shown either side of the column: a 300 KB line quoted per problem made 30 MB of output. */
const FRAME_REACH = 60;

/** The part of a line a frame shows, with '…' where it is cut, and the caret's offset in it. */
function frameWindow(line: string, at: number): { source: string; caret: number } {
  if (line.length <= 2 * FRAME_REACH + 20) return { source: line, caret: Math.max(0, at) };
  let start = Math.max(0, at - FRAME_REACH);
  let end = Math.min(line.length, at + FRAME_REACH);
  // Never cut a character written as two UTF-16 units (an emoji) in half.
  if (start > 0 && /[\udc00-\udfff]/.test(line.charAt(start))) start--;
  if (end < line.length && /[\ud800-\udbff]/.test(line.charAt(end - 1))) end++;
  const before = start > 0 ? "…" : "";
  return { source: `${before}${line.slice(start, end)}${end < line.length ? "…" : ""}`, caret: before.length + Math.max(0, at) - start };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
