import type { LintResult } from "../lint/lint.js";
import type { FormatContext } from "./formatter.js";

/** The version of the contract in schemas/lint-report.schema.json. */
export const LINT_REPORT_SCHEMA_VERSION = 1;

/** The JSON contract (schemas/lint-report.schema.json): { schemaVersion, problems: [{ file, line, column, severity, rule, messageId, message, ... }], counts }. */
export function formatLintJson(result: LintResult, _context?: FormatContext): string {
  const { problems, errorCount, warningCount, infoCount, documents, nodes } = result;
  return `${JSON.stringify({ schemaVersion: LINT_REPORT_SCHEMA_VERSION, problems, errorCount, warningCount, infoCount, documents, nodes }, null, 2)}\n`;
}
