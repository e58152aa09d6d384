import type { Finding, Location, Problem, Severity } from "../core/problem.js";
import type { Project } from "../project/open.js";
import type { RuleContext } from "./rule.js";
import { RULES } from "./rules.js";

export interface LintResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  documents: number;
  nodes: number;
}

/** Runs every rule over one loaded project and resolves the positions of what they found. */
export function lint(project: Project): LintResult {
  const place = (at: Location) => {
    const { line, column } = project.index.position(at);
    return `${at.file}:${line}:${column}`;
  };
  const context: RuleContext = { project, where: place };
  const problems: Problem[] = [];
  for (const rule of RULES) {
    for (const finding of rule.check(context)) problems.push(toProblem(project, finding, finding.severity ?? rule.severity));
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  return {
    problems,
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info"),
    documents: project.graph.documents.size,
    nodes: project.graph.nodes.size,
  };
}

function toProblem(project: Project, finding: Finding, severity: Severity): Problem {
  const problem: Problem = { file: finding.at.file, ...project.index.position(finding.at), severity, rule: finding.rule, message: finding.message };
  if (finding.related?.length) {
    problem.related = finding.related.map((r) => ({ file: r.at.file, ...project.index.position(r.at), message: r.message }));
  }
  return problem;
}
