import type { Problem, Severity } from "../core/problem.js";
import type { LintResult } from "../lint/lint.js";
import type { FormatContext } from "./formatter.js";
import { relatedLines } from "./related.js";

// GitHub Actions workflow commands: each problem becomes an annotation on the pull request.
// GitHub shows only some annotations per step, but every problem is printed all the same.

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes a workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function annotation(problem: Problem): string {
  const endLine = problem.endLine ?? problem.line;
  const properties: [string, string | number][] = [["file", problem.file], ["line", problem.line]];
  // A column only means something to GitHub when the annotation stays on one line.
  if (endLine === problem.line) {
    properties.push(["col", problem.column]);
    if (problem.endColumn !== undefined) properties.push(["endColumn", problem.endColumn]);
  }
  properties.push(["endLine", endLine], ["title", `ogp ${problem.rule}`]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${COMMAND[problem.severity]} ${props}::${escapeData([problem.message, ...relatedLines(problem)].join("\n"))}`;
}

/** One workflow command per problem, then a plain summary line; nothing when there is nothing to report. */
export function formatGithub(result: LintResult, _context?: FormatContext): string {
  if (result.problems.length === 0) return "";
  const { errorCount, warningCount, infoCount } = result;
  const total = result.problems.length;
  const summary = `ogp: ${total} ${total === 1 ? "problem" : "problems"} (${errorCount} ${errorCount === 1 ? "error" : "errors"}, ${warningCount} ${warningCount === 1 ? "warning" : "warnings"}${infoCount ? `, ${infoCount} info` : ""})`;
  return `${[...result.problems.map(annotation), summary].join("\n")}\n`;
}
