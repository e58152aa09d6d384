import { EXIT } from "../core/errors.js";
import { lint } from "../lint/lint.js";
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
  const shown = options.quiet ? result.problems.filter((p) => p.severity === "error") : result.problems;
  write(options.format === "json" ? formatLintJson(result, shown) : formatStylish(result, shown, colorsFor(globals)));
  if (result.errorCount > 0) return EXIT.problems;
  if (!options.quiet && options.maxWarnings !== undefined && result.warningCount > options.maxWarnings) {
    process.stderr.write(`ogp: ${result.warningCount} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
