import type { Location } from "../core/problem.js";
import type { Edge } from "../graph/model.js";
import { runRules } from "../lint/lint.js";
import { RULES } from "../lint/rules.js";
import type { Project } from "../project/open.js";

// A row whose only links are errors in lint is `broken`, not covered. Which links are errors is
// lint's answer, not coverage's: `ogp coverage` hands in the errors of the project's lint run
// (runs/coverage-run.ts: the config's severities per file, inline disables and the baseline
// applied), the very errors `ogp lint` reports, so the two commands never disagree about a link.

/** A test for "lint reports this link as an error": an error found at the link or inside it. */
export type BrokenLinkTest = (edge: Edge) => boolean;

/** The test for the errors lint reports, given where each was found (with its document path). */
export function brokenLinkTest(errors: readonly Location[]): BrokenLinkTest {
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

/**
 * Where lint finds errors under the rules' default severities, with no config and nothing
 * suppressed: for a caller of the analysis that runs no lint of its own (the library, tests).
 * Only the rules that report errors are run, and positions are never resolved.
 */
export function defaultLinkErrors(project: Project): Location[] {
  const off = Object.fromEntries(RULES.filter((rule) => rule.defaultSeverity !== "error").map((rule) => [rule.id, "off" as const]));
  return runRules(project, { rules: off }).flatMap(({ finding, severity }) => (severity === "error" ? [finding.at] : []));
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
