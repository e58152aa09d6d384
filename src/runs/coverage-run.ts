import { analyseCoverage, type CoverageOptions, type Revision } from "../coverage/analyse.js";
import { brokenLinkTest, type BrokenLinkTest } from "../coverage/broken-links.js";
import type { CoverageResult } from "../coverage/model.js";
import { nothingMeasuredHint } from "../coverage/nothing-measured.js";
import type { PlanGraph } from "../graph/graph.js";
import { openProjectAtRef } from "../project/git-ref.js";
import type { Project } from "../project/open.js";
import { lintErrorLocations, type LintRun, type RunPlans } from "./lint-run.js";

// A coverage run: the plans at the revisions asked for, the pairs of versions with --strategy,
// which links lint reports as errors (the project's own lint run, so `ogp coverage` never calls
// a link broken that `ogp lint` lets pass, nor the reverse), then the analysis.

export interface CoverageRunOptions extends Omit<CoverageOptions, "depth" | "versions" | "brokenLinks"> {
  /** Levels of rows; default 1, or every level with `of: "indicators"`. */
  depth?: number;
  /** --baseline <git-ref>: fail when coverage dropped since the plans at that revision. */
  baseline?: string;
  /** --changed <git-ref>: only the rows changed since the plans at that revision. */
  changed?: string;
  /** --examples: the shipped plans (lint applies no baseline file to them). */
  examples?: boolean;
  /** The paths the plans at a revision are read from (the paths given, else the project's plans). */
  revisionPaths: readonly string[];
}

export interface CoverageRun {
  result: CoverageResult;
  /** Why nothing was measured, when the plans make every row missing for a reason the reader can fix. */
  hint?: string;
  /** Whether the run fails (exit 1): --min not met, or coverage dropped since --baseline. */
  failed: boolean;
}

/** Coverage of a loaded project; `lint` when the caller already ran lint on it (the HTML report), else it is run here. */
export async function coverageRun(project: Project, plans: RunPlans, options: CoverageRunOptions, lint?: LintRun): Promise<CoverageRun> {
  // The pairs of versions need the diff's matcher: loaded only when --strategy asks for them.
  const pairing = options.strategy ? await import("../pairing/coverage-versions.js") : undefined;
  const versionsIn = (graph: PlanGraph) => pairing?.coverageVersions(graph, options);
  // Indicators are measured by the plans' own figures: no link to judge, no lint to run.
  const brokenLinksIn = async (at: Project, run?: LintRun): Promise<BrokenLinkTest | undefined> =>
    options.of === "indicators" ? undefined : brokenLinkTest(run ? run.errorLocations() : await lintErrorLocations(at, { config: plans.config }, { examples: options.examples }));
  // Coverage is measured at --baseline too (`measured`); at --changed only its nodes are read. With --strategy, the plans
  // now and at --baseline each carry their links over through their own pairs of versions.
  const at = async (ref: string | undefined, measured: boolean): Promise<Revision | undefined> => {
    if (!ref) return undefined;
    const revision = await openProjectAtRef(ref, options.revisionPaths);
    const versions = measured ? versionsIn(revision.graph) : undefined;
    const brokenLinks = measured ? await brokenLinksIn(revision) : undefined;
    return { ref, project: revision, ...(versions ? { versions } : {}), ...(brokenLinks ? { brokenLinks } : {}) };
  };
  const [baseline, changed] = await Promise.all([at(options.baseline, true), at(options.changed, false)]);
  const depth = options.depth ?? (options.of === "indicators" ? Number.MAX_SAFE_INTEGER : 1);
  const brokenLinks = await brokenLinksIn(project, lint);
  const result = analyseCoverage(project, { ...options, depth, versions: versionsIn(project.graph), ...(brokenLinks ? { brokenLinks } : {}) }, { baseline, changed });
  const hint = nothingMeasuredHint(project.graph, result);
  return { result, ...(hint ? { hint } : {}), failed: result.failures.length > 0 };
}
