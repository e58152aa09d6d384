import type { Problem } from "../core/problem.js";
import type { LintResult } from "../lint/lint.js";

/** The JSON contract: { problems: [{ file, line, column, severity, rule, message, ... }], errorCount, warningCount, documents, nodes }. */
export function formatLintJson(result: LintResult, problems: readonly Problem[]): string {
  const payload = {
    problems,
    errorCount: problems.filter((p) => p.severity === "error").length,
    warningCount: problems.filter((p) => p.severity === "warning").length,
    infoCount: problems.filter((p) => p.severity === "info").length,
    documents: result.documents,
    nodes: result.nodes,
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
