import { withProblems, type LintResult } from "./lint.js";

/**
 * The part of a run about the named files only: the whole project was linted for context
 * (references across files), but a pre-commit hook asks about the files it changed.
 */
export function onlyFiles(result: LintResult, files: ReadonlySet<string>): LintResult {
  return withProblems(result, result.problems.filter((p) => files.has(p.file)), result.files.filter((f) => files.has(f)));
}
