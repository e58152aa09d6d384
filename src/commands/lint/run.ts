import { EXIT, UsageError } from "../../core/errors.js";
import { displayPath } from "../../load/files.js";
import { baselineText } from "../../suppress/baseline.js";
import { applyDirectives } from "../../suppress/directives.js";
import { acceptedRemoved, configuredLint, DEFAULT_SETTINGS } from "../../suppress/configured-lint.js";
import { writeFileAtomic } from "../../core/write-file.js";
import { reportedPart, verdict } from "../../lint/lint.js";
import { onlyFiles } from "../../lint/report-scope.js";
import { formatterFor } from "../../report/formatter.js";
import { defaultLintFormat, LINT_FORMATS } from "../../report/lint-formats.js";
import { DEFAULT_CACHE_LOCATION } from "../../load/cache.js";
import { formatContext, openPlans, write } from "../common.js";
import { VERSION } from "../version.js";
import type { GlobalOptions } from "../options.js";
import type { LintCommandOptions } from "./definition.js";

export async function runLint(paths: string[], options: LintCommandOptions, globals: GlobalOptions): Promise<number> {
  if (options.printConfig !== undefined) {
    const { printConfig } = await import("../../project/print-config.js");
    const file = typeof options.printConfig === "string" ? options.printConfig : undefined;
    write(await printConfig(globals.config, file, DEFAULT_SETTINGS));
    return EXIT.ok;
  }
  const cache = options.cache || options.cacheLocation !== undefined ? { location: options.cacheLocation ?? DEFAULT_CACHE_LOCATION, toolVersion: VERSION } : undefined;
  const { project, plans } = await openPlans(paths, { examples: options.examples, config: globals.config, project: options.project }, { cache });
  const configured = await configuredLint(project, plans, { today: options.today, baseline: options.baseline });
  // Saved once positions are resolved, so the cache keeps them; a cache that cannot be written costs speed only.
  await project.cache?.save().catch(() => undefined);
  if (options.writeBaseline) {
    if (plans.reportOn || options.examples) throw new UsageError("--write-baseline records the findings of the whole project: run it without paths and without --examples");
    const accepted = applyDirectives(project, configured.all, configured.settingOf);
    await writeFileAtomic(configured.baselineFile, baselineText(accepted, configured.baselineFile), { force: true });
    process.stderr.write(`ogp: recorded ${accepted.problems.length} ${accepted.problems.length === 1 ? "finding" : "findings"} in ${displayPath(configured.baselineFile)}; later runs report only new ones\n`);
    return EXIT.ok;
  }
  const suppressed = acceptedRemoved(project, configured, options);
  const result = plans.reportOn ? onlyFiles(suppressed.result, plans.reportOn) : suppressed.result;
  const reported = reportedPart(result, options);
  // Code frames quote the source line; only files with problems are asked for it.
  const sourceLine = (file: string, line: number) => project.index.line(file, line);
  const format = await formatterFor(LINT_FORMATS, options.format ?? defaultLintFormat());
  if (options.output) {
    await writeFileAtomic(options.output, format(reported, { ...formatContext({ ...globals, color: false }), sourceLine }), { force: true });
    write((await formatterFor(LINT_FORMATS, "stylish"))(reported, { ...formatContext(globals), sourceLine }));
  } else write(format(reported, { ...formatContext(globals), sourceLine }));
  const { failed, reason } = verdict(result, options);
  if (reason) process.stderr.write(`ogp: ${reason}\n`);
  if (suppressed.fixed > 0 && !plans.reportOn) {
    process.stderr.write(`ogp: ${suppressed.fixed} baseline ${suppressed.fixed === 1 ? "entry matches" : "entries match"} no finding any more (fixed); prune with ogp lint --write-baseline\n`);
  }
  return failed ? EXIT.problems : EXIT.ok;
}
