import { EXIT, UsageError } from "../core/errors.js";
import type { Severity } from "../core/problem.js";
import { displayPath } from "../load/files.js";
import { baselineText } from "../suppress/baseline.js";
import { applyDirectives, type SettingOf } from "../suppress/directives.js";
import { baselinePath, suppress } from "../suppress/suppress.js";
import { UNUSED_DISABLE } from "../suppress/unused-disable.js";
import { writeFileAtomic } from "../core/write-file.js";
import { lint, reportedPart, runRules, verdict } from "../lint/lint.js";
import { preparePositions } from "../load/positions.js";
import { onlyFiles } from "../lint/report-scope.js";
import { RULES } from "../lint/rules.js";
import { settingLookup } from "../project/rule-settings.js";
import { formatterFor } from "../report/formatter.js";
import { defaultLintFormat, LINT_FORMATS, type LintFormat } from "../report/lint-formats.js";
import { DEFAULT_CACHE_LOCATION } from "../load/cache.js";
import { formatContext, openPlans, write } from "./common.js";
import { VERSION } from "./version.js";
import type { GlobalOptions } from "./main.js";

export interface LintOptions {
  /** Absent when not given: GitHub annotations inside GitHub Actions, else stylish. */
  format?: LintFormat;
  /** Write the report in `format` to this file; the terminal still gets the stylish view. */
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  today?: string;
  examples?: boolean;
  /** false with --no-project. */
  project?: boolean;
  /** --print-config: true without a file. */
  printConfig?: string | boolean;
  /** --baseline: the baseline file (default: ogp-baseline.json in the project's root, when it exists). */
  baseline?: string;
  writeBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

const DEFAULT_SETTINGS = new Map<string, Severity>([...RULES, UNUSED_DISABLE].map((r) => [r.id, r.defaultSeverity]));

export async function runLint(paths: string[], options: LintOptions, globals: GlobalOptions): Promise<number> {
  if (options.printConfig !== undefined) {
    const { printConfig } = await import("../project/print-config.js");
    const file = typeof options.printConfig === "string" ? options.printConfig : undefined;
    write(await printConfig(globals.config, file, DEFAULT_SETTINGS));
    return EXIT.ok;
  }
  const cache = options.cache || options.cacheLocation !== undefined ? { location: options.cacheLocation ?? DEFAULT_CACHE_LOCATION, toolVersion: VERSION } : undefined;
  const { project, plans } = await openPlans(paths, { examples: options.examples, config: globals.config, project: options.project }, { cache });
  const lookup = plans.config ? settingLookup(plans.config) : undefined;
  const lintOptions = { today: options.today, ...(lookup ? { settingFor: lookup } : {}) };
  const found = runRules(project, lintOptions);
  // A file served by the cache holds the positions its findings had; another needs the parser.
  await preparePositions(project.index, found.flatMap(({ finding }) => [finding.at, ...(finding.related ?? []).map((r) => r.at)]));
  const all = lint(project, lintOptions, found);
  // Saved once positions are resolved, so the cache keeps them; a cache that cannot be written costs speed only.
  await project.cache?.save().catch(() => undefined);
  const settingOf: SettingOf = (file, rule) => lookup?.(file, rule) ?? DEFAULT_SETTINGS.get(rule) ?? "warning";
  const baselineFile = baselinePath(options.baseline, plans.config?.dir ?? process.cwd());
  if (options.writeBaseline) {
    if (plans.reportOn || options.examples) throw new UsageError("--write-baseline records the findings of the whole project: run it without paths and without --examples");
    const accepted = applyDirectives(project, all, settingOf);
    await writeFileAtomic(baselineFile, baselineText(accepted, baselineFile), { force: true });
    process.stderr.write(`ogp: recorded ${accepted.problems.length} ${accepted.problems.length === 1 ? "finding" : "findings"} in ${displayPath(baselineFile)}; later runs report only new ones\n`);
    return EXIT.ok;
  }
  const suppressed = suppress(project, all, settingOf, options.examples ? undefined : { file: baselineFile, required: options.baseline !== undefined });
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
