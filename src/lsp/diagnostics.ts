import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver/node";
import type { Position, Problem, Severity } from "../core/problem.js";
import type { LintResult } from "../lint/lint.js";
import type { ProjectConfig } from "../project/config.js";
import type { Project } from "../project/open.js";
import { lintRun } from "../runs/lint-run.js";

// The one adapter from lint's Problem to the protocol's Diagnostic: when Problem's fields change
// (message ids, related places), this file is the only one to re-point. The server's one lint
// call is here too (lintBuild), so that the editor and `ogp lint` go through the same run.

/**
 * The problems of one build, as `ogp lint` run in the workspace folder reports them: the config's
 * severities, inline disables and the baseline applied.
 */
export async function lintBuild(project: Project, config: ProjectConfig | undefined, cwd: string): Promise<LintResult> {
  return (await lintRun(project, { config }, { cwd })).whole;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A 1-based line:column span (as lint reports it) as a 0-based protocol range; a point when the end is unknown. */
export function rangeOf(position: Position): Range {
  const start = { line: position.line - 1, character: position.column - 1 };
  const end = position.endLine !== undefined && position.endColumn !== undefined ? { line: position.endLine - 1, character: position.endColumn - 1 } : start;
  return { start, end };
}

/** A lint problem as an editor shows it; `uriOf` turns a problem's file into the URI the editor knows it by. */
export function toDiagnostic(problem: Problem, uriOf: (file: string) => string): Diagnostic {
  const diagnostic: Diagnostic = { range: rangeOf(problem), severity: SEVERITY[problem.severity], code: problem.rule, source: "ogp", message: problem.message };
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((r) => ({ location: { uri: uriOf(r.file), range: rangeOf(r) }, message: r.message }));
  }
  return diagnostic;
}
