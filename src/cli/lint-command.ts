import { EXIT } from "../core/errors.js";
import { writeFileAtomic } from "../core/write-file.js";
import { lint, reportedPart, verdict } from "../lint/lint.js";
import { formatterFor } from "../report/formatter.js";
import { defaultLintFormat, LINT_FORMATS, type LintFormat } from "../report/lint-formats.js";
import { formatContext, loadPlans, write } from "./common.js";
import type { GlobalOptions } from "./main.js";

export interface LintOptions {
  /** Absent when not given: GitHub annotations inside GitHub Actions, else stylish. */
  format?: LintFormat;
  /** Write the report in `format` to this file; the terminal still gets the stylish view. */
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  examples?: boolean;
}

export async function runLint(paths: string[], options: LintOptions, globals: GlobalOptions): Promise<number> {
  const result = lint(await loadPlans(paths, options));
  const reported = reportedPart(result, options);
  const formatName = options.format ?? defaultLintFormat();
  const format = await formatterFor(LINT_FORMATS, formatName);
  if (options.output) {
    await writeFileAtomic(options.output, format(reported, formatContext({ ...globals, color: false })));
    write((await formatterFor(LINT_FORMATS, "stylish"))(reported, formatContext(globals)));
  } else write(format(reported, formatContext(globals)));
  const { failed, reason } = verdict(result, options);
  if (reason) process.stderr.write(`ogp: ${reason}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
