import type { LintResult } from "../lint/lint.js";
import type { FormatRegistry } from "./formatter.js";

/** `ogp lint --format` choices, each loaded only when chosen. */
export const LINT_FORMATS = {
  stylish: () => import("./lint-stylish.js").then((m) => m.formatStylish),
  json: () => import("./lint-json.js").then((m) => m.formatLintJson),
} satisfies FormatRegistry<LintResult>;

export type LintFormat = keyof typeof LINT_FORMATS;
