import { writeStderr } from "../../core/stdout.js";
import { EXIT } from "../../core/errors.js";
import { displayPath } from "../../load/files.js";
import { baselineRecordRun, lintRun } from "../../runs/lint-run.js";
import { DEFAULT_SETTINGS } from "../../runs/lint-rules.js";
import { writeFileAtomic } from "../../core/write-file.js";
import { formatterFor } from "../../formatters/formatter.js";
import { defaultLintFormat, LINT_FORMATS } from "../../formatters/lint-formats.js";
import { DEFAULT_CACHE_LOCATION } from "../../load/cache.js";
import { formatContext, openPlans, write } from "../common.js";
import { VERSION } from "../../core/version.js";
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
  if (options.writeBaseline) {
    const record = await baselineRecordRun(project, plans, options);
    await writeFileAtomic(record.file, record.text, { force: true });
    writeStderr(`ogp: recorded ${record.findings} ${record.findings === 1 ? "finding" : "findings"} in ${displayPath(record.file)}; later runs report only new ones\n`);
    return EXIT.ok;
  }
  const run = await lintRun(project, plans, options);
  // Code frames quote the source line; only files with problems are asked for it.
  const sourceLine = (file: string, line: number) => project.index.line(file, line);
  const format = await formatterFor(LINT_FORMATS, options.format ?? defaultLintFormat());
  if (options.output) {
    await writeFileAtomic(options.output, format(run.reported, { ...formatContext({ ...globals, color: false }), sourceLine }), { force: true });
    write((await formatterFor(LINT_FORMATS, "stylish"))(run.reported, { ...formatContext(globals), sourceLine }));
  } else write(format(run.reported, { ...formatContext(globals), sourceLine }));
  if (run.verdict.reason) writeStderr(`ogp: ${run.verdict.reason}\n`);
  if (run.fixed > 0) {
    writeStderr(`ogp: ${run.fixed} baseline ${run.fixed === 1 ? "entry matches" : "entries match"} no finding any more (fixed); prune with ogp lint --write-baseline\n`);
  }
  return run.verdict.failed ? EXIT.problems : EXIT.ok;
}
