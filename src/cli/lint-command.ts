import { EXIT } from "../core/errors.js";
import { lint, reportedPart, verdict } from "../lint/lint.js";
import { formatLintJson } from "../report/lint-json.js";
import { formatStylish } from "../report/lint-stylish.js";
import { colorsFor, loadPlans, write } from "./common.js";
import type { GlobalOptions } from "./main.js";

export interface LintOptions {
  format: "stylish" | "json";
  quiet?: boolean;
  maxWarnings?: number;
}

export async function runLint(paths: string[], options: LintOptions, globals: GlobalOptions): Promise<number> {
  const result = lint(await loadPlans(paths));
  const reported = reportedPart(result, options);
  write(options.format === "json" ? formatLintJson(reported) : formatStylish(reported, colorsFor(globals)));
  const { failed, reason } = verdict(result, options);
  if (reason) process.stderr.write(`ogp: ${reason}\n`);
  return failed ? EXIT.problems : EXIT.ok;
}
