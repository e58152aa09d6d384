import { EXIT } from "../core/errors.js";
import { lint, reportedPart, verdict } from "../lint/lint.js";
import { formatterFor } from "../report/formatter.js";
import { LINT_FORMATS, type LintFormat } from "../report/lint-formats.js";
import { DEFAULT_CACHE_LOCATION } from "../load/cache.js";
import { formatContext, loadPlans, write } from "./common.js";
import { VERSION } from "./version.js";
import type { GlobalOptions } from "./main.js";

export interface LintOptions {
  format: LintFormat;
  quiet?: boolean;
  maxWarnings?: number;
  cache?: boolean;
  cacheLocation?: string;
}

export async function runLint(paths: string[], options: LintOptions, globals: GlobalOptions): Promise<number> {
  const cache = options.cache || options.cacheLocation !== undefined ? { location: options.cacheLocation ?? DEFAULT_CACHE_LOCATION, toolVersion: VERSION } : undefined;
  const result = lint(await loadPlans(paths, { cache }));
  const reported = reportedPart(result, options);
  const format = await formatterFor(LINT_FORMATS, options.format);
  write(format(reported, formatContext(globals)));
  const { failed, reason } = verdict(result, options);
  if (reason) process.stderr.write(`ogp: ${reason}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
