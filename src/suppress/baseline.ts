import { readFileSync } from "node:fs";
import path from "node:path";
import { ioProblem, UsageError } from "../core/errors.js";
import { fingerprints } from "../core/fingerprint.js";
import type { Problem } from "../core/problem.js";
import { withProblems, type LintResult } from "../lint/lint.js";

// A baseline of accepted findings (ESLint's bulk suppressions): recorded once with
// --write-baseline, then only new findings are reported. Entries key on rule, file and a
// fingerprint of the message, never on line numbers, so unrelated edits keep them matching.

export const BASELINE_FILE_NAME = "ogp-baseline.json";
export const BASELINE_SCHEMA_VERSION = 1;

export interface BaselineEntry {
  file: string;
  rule: string;
  fingerprint: string;
  /** The message when it was accepted, for a reader of the file (not used for matching). */
  message: string;
}

export interface Baseline {
  schemaVersion: number;
  findings: BaselineEntry[];
}

/** Problems with files relative to the baseline's folder, so the baseline matches from any working directory. */
function entriesOf(problems: readonly Problem[], baseDir: string, cwd: string): BaselineEntry[] {
  const relative = problems.map((p) => ({ ...p, file: path.relative(baseDir, path.resolve(cwd, p.file)).split(path.sep).join("/") }));
  const prints = fingerprints(relative);
  return relative.map((p, i) => ({ file: p.file, rule: p.rule, fingerprint: prints[i]!, message: p.message }));
}

export function baselineText(result: LintResult, baselineFile: string, cwd = process.cwd()): string {
  const baseline: Baseline = { schemaVersion: BASELINE_SCHEMA_VERSION, findings: entriesOf(result.problems, path.dirname(path.resolve(cwd, baselineFile)), cwd) };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${file}: ${error instanceof SyntaxError ? `not valid JSON (${error.message}); rewrite it with ogp lint --write-baseline` : ioProblem(error)}`);
  }
  const baseline = data as Partial<Baseline>;
  if (baseline?.schemaVersion !== BASELINE_SCHEMA_VERSION || !Array.isArray(baseline.findings)) {
    throw new UsageError(`${file}: not an ogp baseline of schemaVersion ${BASELINE_SCHEMA_VERSION}; rewrite it with ogp lint --write-baseline`);
  }
  return baseline as Baseline;
}

/**
 * Drops the problems the baseline accepts. `fixed` counts the entries that matched nothing: the
 * findings they accepted are gone (when the run covers the whole project), and they can be pruned.
 */
export function applyBaseline(result: LintResult, baseline: Baseline, baselineFile: string, cwd = process.cwd()): { result: LintResult; fixed: number; accepted: number } {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const remaining = new Map<string, number>();
  const key = (e: { file: string; rule: string; fingerprint: string }) => `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`;
  for (const entry of baseline.findings) remaining.set(key(entry), (remaining.get(key(entry)) ?? 0) + 1);
  const entries = entriesOf(result.problems, baseDir, cwd);
  const kept = result.problems.filter((_, i) => {
    const k = key(entries[i]!);
    const left = remaining.get(k) ?? 0;
    if (left === 0) return true;
    remaining.set(k, left - 1);
    return false;
  });
  let fixed = 0;
  for (const left of remaining.values()) fixed += left;
  return { result: withProblems(result, kept), fixed, accepted: result.problems.length - kept.length };
}
