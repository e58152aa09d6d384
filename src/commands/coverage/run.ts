import { analyseCoverage, type Revision } from "../../coverage/analyse.js";
import { nothingMeasuredHint } from "../../coverage/nothing-measured.js";
import { EXIT, UsageError } from "../../core/errors.js";
import type { PlanGraph } from "../../graph/graph.js";
import { openProjectAtRef } from "../../project/git-ref.js";
import { COVERAGE_FORMATS } from "../../report/coverage-formats.js";
import { formatterFor } from "../../report/formatter.js";
import { formatContext, openPlans, write } from "../common.js";
import type { GlobalOptions } from "../options.js";
import type { CoverageCommandOptions } from "./definition.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";

export async function runCoverage(paths: string[], options: CoverageCommandOptions, globals: GlobalOptions): Promise<number> {
  if (options.of === "indicators" && options.workplan) throw new UsageError("--workplan measures deliverables; with --of indicators, pick a strategy with --strategy");
  const { project, plans } = await openPlans(paths, { examples: options.examples, config: globals.config });
  const revisionPaths = paths.length > 0 ? paths : plans.load;
  // The pairs of versions need the diff's matcher: loaded only when --strategy asks for them.
  const pairing = options.strategy ? await import("../../pairing/coverage-versions.js") : undefined;
  const versionsIn = (graph: PlanGraph) => pairing?.coverageVersions(graph, options);
  // With --strategy, the plans now and at --baseline each carry their links over through their own pairs of versions.
  const at = async (ref: string | undefined, withPairs: boolean): Promise<Revision | undefined> => {
    if (!ref) return undefined;
    const revision = await openProjectAtRef(ref, revisionPaths);
    const versions = withPairs ? versionsIn(revision.graph) : undefined;
    return { ref, project: revision, ...(versions ? { versions } : {}) };
  };
  const [baseline, changed] = await Promise.all([at(options.baseline, true), at(options.changed, false)]);
  const depth = options.depth ?? (options.of === "indicators" ? Number.MAX_SAFE_INTEGER : 1);
  const result = analyseCoverage(project, { ...options, depth, versions: versionsIn(project.graph) }, { baseline, changed });
  const format = await formatterFor(COVERAGE_FORMATS, options.format);
  write(format(result, formatContext(globals)));
  for (const failure of result.failures) process.stderr.write(`ogp: ${failure}\n`);
  const hint = nothingMeasuredHint(project.graph, result);
  if (hint) process.stderr.write(`ogp: ${hint}\n`);
  const unloaded = warnAboutUnloadedFiles(project);
  return result.failures.length > 0 || unloaded ? EXIT.problems : EXIT.ok;
}
