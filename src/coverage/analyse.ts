import { UsageError } from "../core/errors.js";
import type { VersionMap } from "../graph/versions.js";
import type { Project } from "../project/open.js";
import { brokenLinkTest, defaultLinkErrors, type BrokenLinkTest } from "./broken-links.js";
import { deliverableCoverage } from "./coverage.js";
import { belowMinimum, changedNodes, droppedSince, onlyChanged } from "./gate.js";
import { indicatorCoverage } from "./indicators.js";
import type { CoverageOf, CoverageReport, CoverageResult } from "./model.js";

export interface CoverageOptions {
  of: CoverageOf;
  depth: number;
  by: "goal" | "deliverable";
  workplan?: string;
  strategy?: string;
  /** Fail below this percentage (negative: more than -min rows not covered). */
  min?: number;
  /** With `strategy`: the pairs of versions that carry links onto it in `project` (see DeliverableCoverageOptions). */
  versions?: VersionMap;
  /** Which links lint reports as errors in `project` (runs/coverage-run.ts asks the project's lint run); else lint's default severities. */
  brokenLinks?: BrokenLinkTest;
}

/** Plans at a base revision, already loaded by the caller (the analysis does no I/O). */
export interface Revision {
  ref: string;
  project: Project;
  /** With --strategy: the pairs of versions in this revision's plans (options.versions holds the current ones). */
  versions?: VersionMap;
  /** Which links lint reports as errors in this revision's plans, as `CoverageOptions.brokenLinks`. */
  brokenLinks?: BrokenLinkTest;
}

/**
 * `ogp coverage`: the reports, cut down to what changed since `changed` when given, and the
 * reasons the run fails (--min, and a drop since `baseline`).
 */
export function analyseCoverage(project: Project, options: CoverageOptions, revisions: { baseline?: Revision; changed?: Revision } = {}): CoverageResult {
  const reportsOf = (at: Project, versions: VersionMap | undefined, brokenLinks: BrokenLinkTest | undefined): CoverageReport[] =>
    options.of === "indicators" ? indicatorCoverage(at.graph, options) : deliverableCoverage(at.graph, { ...options, versions }, brokenLinks ?? brokenLinkTest(defaultLinkErrors(at)));
  let reports = reportsOf(project, options.versions, options.brokenLinks);
  const failures: string[] = [];
  const { baseline } = revisions;
  if (baseline) failures.push(...droppedSince(reports, reportsAtBase(() => reportsOf(baseline.project, baseline.versions, baseline.brokenLinks)), baseline.ref));
  if (revisions.changed) reports = onlyChanged(reports, changedNodes(revisions.changed.project.graph, project.graph), revisions.changed.ref);
  if (options.min !== undefined) failures.unshift(...belowMinimum(reports, options.min));
  // "All levels" (--of indicators without --depth) is recorded as the deepest level reported.
  const deepest = Math.max(1, ...reports.flatMap((r) => r.rows.map((row) => row.level)));
  const result: CoverageResult = { of: options.of, depth: Math.min(options.depth, deepest), by: options.by, reports, failures };
  if (revisions.changed) result.changedSince = revisions.changed.ref;
  return result;
}

/** The reports at a base revision; a --workplan or --strategy that did not exist there yet has none. */
function reportsAtBase(compute: () => CoverageReport[]): CoverageReport[] {
  try {
    return compute();
  } catch (error) {
    if (error instanceof UsageError) return [];
    throw error;
  }
}
