import type { Finding, Location } from "../core/problem.js";
import type { Edge } from "../graph/model.js";
import { RULES } from "../lint/rules.js";
import type { Project } from "../project/open.js";

// A row whose only links are errors in lint is `broken`, not covered: coverage asks lint's own
// rules which links they reject, so the two commands never disagree about a link.

/** A test for "lint reports this link as an error": an error found at the link or inside it. */
export type BrokenLinkTest = (edge: Edge) => boolean;

export function brokenLinkTest(project: Project): BrokenLinkTest {
  const errors: Location[] = [];
  // Only rules that report errors can break a link; the warning rules (citation-mismatch, ...)
  // are skipped, and positions are never resolved (the messages are not printed here).
  for (const rule of RULES) {
    if (rule.defaultSeverity !== "error") continue;
    for (const finding of rule.check(project) as Finding[]) errors.push(finding.at);
  }
  const byFile = new Map<string, Location[]>();
  for (const at of errors) byFile.set(at.file, [...(byFile.get(at.file) ?? []), at]);
  return (edge) => {
    const at = edge.at;
    if (!at) return false;
    // A `{ ref, cite }` link is located at its `ref`; an error anywhere in the object breaks it.
    const path = at.path ?? [];
    const link = path[path.length - 1] === "ref" ? path.slice(0, -1) : path;
    return (byFile.get(at.file) ?? []).some((error) => startsWith(error.path ?? [], link));
  };
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
