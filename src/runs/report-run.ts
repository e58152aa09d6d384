import type { CoverageResult } from "../coverage/model.js";
import type { DiffResult } from "../diff/model.js";
import type { LintResult } from "../lint/lint.js";
import type { Project } from "../project/open.js";
import { coverageRun } from "./coverage-run.js";
import { lintRun, type RunPlans } from "./lint-run.js";

// What `ogp report` shows, from the same runs as the commands that report each part alone: the
// page's findings are `ogp lint`'s, its heatmap `ogp coverage`'s (judging links by that very lint
// run), its diff `ogp diff`'s. The report itself (formatters/html) only lays out and formats.

/** The options the report asks the coverage analysis for: deliverables against goals, one level deep (the heatmap). */
export const REPORT_COVERAGE_OPTIONS = { of: "deliverables", depth: 1, by: "goal" } as const;

export interface ReportRunOptions {
  /** --examples: the shipped plans (no baseline file applies to them). */
  examples?: boolean;
  /** --diff <git-ref> (the plans at that revision against the working tree) or --diff <old> <new> (as `ogp diff` takes them). */
  diff?: readonly string[];
  /** The paths the plans were loaded from: a git revision's plans are read from the same. */
  planPaths: readonly string[];
}

export interface ReportRun {
  project: Project;
  /** The findings as `ogp lint` reports them (config severities, disables and baseline applied). */
  lint: LintResult;
  /** Coverage of deliverables against goals (REPORT_COVERAGE_OPTIONS). */
  coverage: CoverageResult;
  /** The semantic diff to show as a page, when one was asked for. */
  diff?: DiffResult;
}

export async function reportRun(project: Project, plans: RunPlans, options: ReportRunOptions): Promise<ReportRun> {
  const lint = await lintRun(project, plans, { examples: options.examples });
  const { result: coverage } = await coverageRun(project, plans, { ...REPORT_COVERAGE_OPTIONS, examples: options.examples, revisionPaths: options.planPaths }, lint);
  const diff = options.diff ? await diffOf(options.diff, options.planPaths, project) : undefined;
  return { project, lint: lint.whole, coverage, ...(diff ? { diff } : {}) };
}

/** The semantic diff the page shows: one value is a git revision of the plans loaded, two are the sides as `ogp diff` names them. */
async function diffOf(sides: readonly string[], planPaths: readonly string[], project: Project): Promise<DiffResult> {
  // The diff's matcher is loaded only when a diff is asked for.
  const { diffRun } = await import("./diff-run.js");
  const [first = "", second] = sides;
  const request = second === undefined ? { git: first, paths: planPaths, current: project } : { old: first, new: second, lookup: planPaths };
  return (await diffRun(request)).result;
}
