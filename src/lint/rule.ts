import type { Finding, Location, Severity } from "../core/problem.js";
import type { Project } from "../project/open.js";

export interface RuleContext {
  project: Project;
  /** "file:line:column" of a location, for messages that name a second place. */
  where(at: Location): string;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  check(context: RuleContext): Finding[];
}

/** Rules whose findings are made while loading and validating files; the rule module gives them an id, severity and description. */
export function loadStageRule(id: string, severity: Severity, description: string): Rule {
  return { id, severity, description, check: ({ project }) => project.findings.filter((f) => f.rule === id) };
}
