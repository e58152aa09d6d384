import { EXIT } from "../core/errors.js";
import { writeFileAtomic } from "../core/write-file.js";
import { lint, reportedPart, verdict } from "../lint/lint.js";
import { onlyFiles } from "../lint/report-scope.js";
import { RULES } from "../lint/rules.js";
import { settingLookup } from "../project/rule-settings.js";
import { formatterFor } from "../report/formatter.js";
import { defaultLintFormat, LINT_FORMATS, type LintFormat } from "../report/lint-formats.js";
import { formatContext, openPlans, write } from "./common.js";
import type { GlobalOptions } from "./main.js";

export interface LintOptions {
  /** Absent when not given: GitHub annotations inside GitHub Actions, else stylish. */
  format?: LintFormat;
  /** Write the report in `format` to this file; the terminal still gets the stylish view. */
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  examples?: boolean;
  /** false with --no-project. */
  project?: boolean;
  /** --print-config: true without a file. */
  printConfig?: string | boolean;
}

export async function runLint(paths: string[], options: LintOptions, globals: GlobalOptions): Promise<number> {
  if (options.printConfig !== undefined) {
    const { printConfig } = await import("../project/print-config.js");
    const file = typeof options.printConfig === "string" ? options.printConfig : undefined;
    write(await printConfig(globals.config, file, new Map(RULES.map((r) => [r.id, r.defaultSeverity]))));
    return EXIT.ok;
  }
  const { project, plans } = await openPlans(paths, { examples: options.examples, config: globals.config, project: options.project });
  const all = lint(project, plans.config ? { settingFor: settingLookup(plans.config) } : {});
  const result = plans.reportOn ? onlyFiles(all, plans.reportOn) : all;
  const reported = reportedPart(result, options);
  const format = await formatterFor(LINT_FORMATS, options.format ?? defaultLintFormat());
  if (options.output) {
    await writeFileAtomic(options.output, format(reported, formatContext({ ...globals, color: false })));
    write((await formatterFor(LINT_FORMATS, "stylish"))(reported, formatContext(globals)));
  } else write(format(reported, formatContext(globals)));
  const { failed, reason } = verdict(result, options);
  if (reason) process.stderr.write(`ogp: ${reason}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
