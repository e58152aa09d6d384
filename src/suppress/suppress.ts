import { existsSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import type { LintResult } from "../lint/lint.js";
import type { Project } from "../project/open.js";
import { applyBaseline, BASELINE_FILE_NAME, readBaseline } from "./baseline.js";
import { applyDirectives, type SettingOf } from "./directives.js";

/** Where the baseline lives: --baseline, else ogp-baseline.json in the project's root (the config's folder, or the working directory). */
export function baselinePath(option: string | undefined, projectRoot: string, cwd = process.cwd()): string {
  return option ? path.resolve(cwd, option) : path.join(projectRoot, BASELINE_FILE_NAME);
}

export interface Suppressed {
  result: LintResult;
  /** Baseline entries that matched nothing: fixed findings whose entries can be pruned. */
  fixed: number;
  /** Problems the baseline accepted in this run. */
  accepted: number;
}

/**
 * The post-lint step: inline directives first (their own unused-disable findings included), then
 * the baseline when there is one. Rules know nothing of either.
 */
export function suppress(project: Project, result: LintResult, settingOf: SettingOf, baseline?: { file: string; required: boolean }): Suppressed {
  const inline = applyDirectives(project, result, settingOf);
  if (!baseline || !existsSync(baseline.file)) {
    if (baseline?.required) throw new UsageError(`${baseline.file}: no such baseline; create it with ogp lint --write-baseline`);
    return { result: inline, fixed: 0, accepted: 0 };
  }
  return applyBaseline(inline, readBaseline(baseline.file), baseline.file);
}
