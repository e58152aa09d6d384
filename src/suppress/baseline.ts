import { readFileSync } from "node:fs";
import path from "node:path";
import { ioProblem, UsageError } from "../core/errors.js";
import { fingerprints } from "../core/fingerprint.js";
import { withProblems, type LintResult } from "../lint/lint.js";
import { itemAt } from "../core/item-at.js";

// A baseline of accepted findings (ESLint's bulk suppressions): recorded once with
// --write-baseline, then only new findings are reported. Entries key on file, rule and the node
// the finding is about (its id, which stays when its title is reworded), with a count, as
// ESLint's suppressions key on file and rule with a count; never on line numbers or wording, so
// unrelated edits and rewordings keep them matching. Version 1 baselines (a fingerprint of the
// message per finding) are still read.

export const BASELINE_FILE_NAME = "ogp-baseline.json";
export const BASELINE_SCHEMA_VERSION = 2;

export interface BaselineEntry {
  file: string;
  rule: string;
  /** The node the findings are about ('<document>/<id>'); absent for findings about a file as a whole. */
  node?: string;
  /** How many findings of this rule about this node are accepted. */
  count: number;
  /** The messages when they were accepted, for a reader of the file (not used for matching). */
  messages: string[];
}

/** A version 1 entry: one finding, matched by a fingerprint of its message. */
interface FingerprintEntry {
  file: string;
  rule: string;
  fingerprint: string;
  message: string;
}

export interface Baseline {
  schemaVersion: number;
  findings: (BaselineEntry | FingerprintEntry)[];
}

/** A problem's file relative to the baseline's folder, so the baseline matches from any working directory. */
function relativeFile(file: string, baseDir: string, cwd: string): string {
  return path.relative(baseDir, path.resolve(cwd, file)).split(path.sep).join("/");
}

const keyOf = (e: { file: string; rule: string; node?: string }) => `${e.file}\u0000${e.rule}\u0000${e.node ?? ""}`;

export function baselineText(result: LintResult, baselineFile: string, cwd = process.cwd()): string {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const entries = new Map<string, BaselineEntry>();
  for (const problem of result.problems) {
    const file = relativeFile(problem.file, baseDir, cwd);
    const key = keyOf({ file, rule: problem.rule, node: problem.node });
    const entry = entries.get(key);
    if (entry) {
      entry.count++;
      entry.messages.push(problem.message);
    } else entries.set(key, { file, rule: problem.rule, ...(problem.node ? { node: problem.node } : {}), count: 1, messages: [problem.message] });
  }
  const baseline: Baseline = { schemaVersion: BASELINE_SCHEMA_VERSION, findings: [...entries.values()] };
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
  if ((baseline?.schemaVersion !== BASELINE_SCHEMA_VERSION && baseline?.schemaVersion !== 1) || !Array.isArray(baseline.findings)) {
    throw new UsageError(`${file}: not an ogp baseline of schemaVersion ${BASELINE_SCHEMA_VERSION} (or 1); rewrite it with ogp lint --write-baseline`);
  }
  return baseline as Baseline;
}

/**
 * Drops the problems the baseline accepts. `fixed` counts the accepted findings that matched
 * nothing: they are gone (when the run covers the whole project), and their entries can be pruned.
 */
export function applyBaseline(result: LintResult, baseline: Baseline, baselineFile: string, cwd = process.cwd()): { result: LintResult; fixed: number; accepted: number } {
  const baseDir = path.dirname(path.resolve(cwd, baselineFile));
  const relative = result.problems.map((p) => ({ ...p, file: relativeFile(p.file, baseDir, cwd) }));
  const remaining = new Map<string, number>();
  const take = (key: string): boolean => {
    const left = remaining.get(key) ?? 0;
    if (left === 0) return false;
    remaining.set(key, left - 1);
    return true;
  };
  for (const entry of baseline.findings) {
    const key = "fingerprint" in entry ? `v1\u0000${keyOf(entry)}\u0000${entry.fingerprint}` : keyOf(entry);
    remaining.set(key, (remaining.get(key) ?? 0) + ("fingerprint" in entry ? 1 : entry.count));
  }
  const prints = baseline.schemaVersion === 1 ? fingerprints(relative) : [];
  const kept = result.problems.filter((_, i) => {
    const problem = itemAt(relative, i);
    if (baseline.schemaVersion === 1) return !take(`v1\u0000${keyOf({ file: problem.file, rule: problem.rule })}\u0000${prints[i]}`);
    return !take(keyOf(problem));
  });
  let fixed = 0;
  for (const left of remaining.values()) fixed += left;
  return { result: withProblems(result, kept), fixed, accepted: result.problems.length - kept.length };
}
