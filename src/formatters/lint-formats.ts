import type { LintResult } from "../lint/lint.js";
import type { FormatRegistry } from "./formatter.js";

/** `ogp lint --format` choices, each loaded only when chosen. */
export const LINT_FORMATS = {
  stylish: () => import("./lint-stylish.js").then((m) => m.formatStylish),
  json: () => import("./lint-json.js").then((m) => m.formatLintJson),
  github: () => import("./lint-github.js").then((m) => m.formatGithub),
  sarif: () => import("./lint-sarif.js").then((m) => m.formatSarif),
  junit: () => import("./lint-junit.js").then((m) => m.formatJunit),
} satisfies FormatRegistry<LintResult>;

export type LintFormat = keyof typeof LINT_FORMATS;

/** The format when none is given: GitHub annotations inside GitHub Actions (as yamllint does), else stylish. */
export function defaultLintFormat(env: NodeJS.ProcessEnv = process.env): LintFormat {
  return env.GITHUB_ACTIONS === "true" ? "github" : "stylish";
}
