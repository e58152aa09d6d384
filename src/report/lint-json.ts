import type { LintResult } from "../lint/lint.js";
import type { FormatContext } from "./formatter.js";

/** The JSON contract: { problems: [{ file, line, column, severity, rule, message, ... }], errorCount, warningCount, infoCount, documents, nodes }. */
export function formatLintJson(result: LintResult, _context?: FormatContext): string {
  const { problems, errorCount, warningCount, infoCount, documents, nodes } = result;
  return `${JSON.stringify({ problems, errorCount, warningCount, infoCount, documents, nodes }, null, 2)}\n`;
}
