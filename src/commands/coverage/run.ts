import { writeStderr } from "../../core/stdout.js";
import { EXIT, UsageError } from "../../core/errors.js";
import { coverageRun } from "../../runs/coverage-run.js";
import { COVERAGE_FORMATS } from "../../formatters/coverage-formats.js";
import { formatterFor } from "../../formatters/formatter.js";
import { formatContext, openPlans, write } from "../common.js";
import type { GlobalOptions } from "../options.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";

import type { CoverageCommandOptions } from "./definition.js";

export async function runCoverage(paths: string[], options: CoverageCommandOptions, globals: GlobalOptions): Promise<number> {
  if (options.of === "indicators" && options.workplan) throw new UsageError("--workplan measures deliverables; with --of indicators, pick a strategy with --strategy");
  const { project, plans } = await openPlans(paths, { examples: options.examples, config: globals.config });
  const { result, hint, failed } = await coverageRun(project, plans, { ...options, revisionPaths: paths.length > 0 ? paths : plans.load });
  const format = await formatterFor(COVERAGE_FORMATS, options.format);
  write(format(result, formatContext(globals)));
  for (const failure of result.failures) writeStderr(`ogp: ${failure}\n`);
  if (hint) writeStderr(`ogp: ${hint}\n`);
  const unloaded = warnAboutUnloadedFiles(project);
  return failed || unloaded ? EXIT.problems : EXIT.ok;
}
