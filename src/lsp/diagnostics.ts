import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver/node";
import type { Position, Problem, Severity } from "../core/problem.js";

// The one adapter from lint's Problem to the protocol's Diagnostic: when Problem's fields change
// (message ids, related places), this file is the only one to re-point.

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
