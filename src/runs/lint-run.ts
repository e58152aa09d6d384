import { UsageError } from "../core/errors.js";
import type { Location } from "../core/problem.js";
import { runRulesCached } from "../lint/cached-run.js";
import { locatedLint, rawFindings, reportedPart, runRules, verdict, withSeverities, type FoundAt, type LintResult } from "../lint/lint.js";
import type { Rule } from "../lint/rule.js";
import { RULES } from "../lint/rules.js";
import { onlyFiles } from "../lint/report-scope.js";
import { preparePositions } from "../load/positions.js";
import type { ProjectConfig } from "../project/config.js";
import type { Project } from "../project/open.js";
import type { ResolvedPlans } from "../project/resolve.js";
import { settingLookup } from "../project/rule-settings.js";
import { baselineText } from "../suppress/baseline.js";
import { applyDirectives, prepareDirectives, type SettingOf } from "../suppress/directives.js";
import { baselinePath, suppress } from "../suppress/suppress.js";
import { DEFAULT_SETTINGS } from "./lint-rules.js";

// A lint run, every step in order: the rules under the config's severities per rule and file
// (only what changed with --cache), positions, the project's inline disables, its baseline, the
// part reported on, --quiet, and the verdict. `ogp lint`, `ogp coverage` (which links are
// errors), `ogp report` and the language server all ask here, so none of them can disagree.

/** The plans as resolved for the run: the config, and the files reported on when paths named some inside a project. */
export type RunPlans = Pick<ResolvedPlans, "config" | "reportOn">;

export interface LintRunOptions {
  /** The date overdue checks measure against (YYYY-MM-DD; default today). */
  today?: string;
  /** --baseline: a baseline file that must exist. */
  baseline?: string;
  /** --examples: the shipped plans, which have no baseline. */
  examples?: boolean;
  /** Errors only: warnings and info are neither shown nor counted against `maxWarnings`. */
  quiet?: boolean;
  maxWarnings?: number;
  /** Where the project is when it has no config file (the baseline's default folder); default the working directory. */
  cwd?: string;
}

export interface LintRun {
  /** Every finding of the whole project as lint reports it: config severities, inline disables and the baseline applied. */
  whole: LintResult;
  /** The part reported on (the files named, when paths named some inside a project), before --quiet: what the verdict judges. */
  result: LintResult;
  /** What to show: `result`, or its errors alone with --quiet. */
  reported: LintResult;
  /** Whether the run fails (exit 1), and why when the reason is not the problems themselves. */
  verdict: { failed: boolean; reason?: string };
  /** Baseline entries that matched nothing, when the run covers the whole project (0 otherwise): fixed findings whose entries can be pruned. */
  fixed: number;
  /** Where each error of `whole` was found (its document path): the links lint reports as errors are found by these. */
  errorLocations(): Location[];
}

/** What `--write-baseline` writes: the findings of the whole project after inline disables. */
export interface BaselineRecord {
  file: string;
  text: string;
  findings: number;
}

/** The run's first steps, shared by a report and a baseline record: every finding under the config's severities. */
interface Configured {
  all: LintResult;
  foundAt: FoundAt;
  settingOf: SettingOf;
  /** Where the baseline is (--baseline, else ogp-baseline.json in the project's root), whether or not it exists. */
  baselineFile: string;
}

/**
 * The run's first steps. `errorsOnly`: the run serves a caller that reads its errors alone (which links are errors), so
 * rules that cannot report an error under the config are not run. The errors are the same: a
 * disable or a baseline entry names its rule, so no other rule's problems change what they accept.
 */
async function configured(project: Project, plans: RunPlans, options: LintRunOptions, errorsOnly = false): Promise<Configured> {
  const lookup = plans.config ? await settingLookup(plans.config) : undefined;
  const lintOptions = { today: options.today, ...(lookup ? { settingFor: lookup } : {}) };
  // With --cache, only what changed since the last run is checked again (lint/cached-run.ts).
  const { found, known } = errorsOnly
    ? { found: withSeverities(rawFindings(project, RULES.filter((rule) => canBeError(rule, plans.config)), lintOptions), lintOptions), known: undefined }
    : project.cache
      ? runRulesCached(project, project.cache, lintOptions)
      : { found: runRules(project, lintOptions), known: undefined };
  // A file served by the cache holds the positions its findings had; another needs the parser.
  await preparePositions(project.index, found.flatMap(({ finding }) => [finding.at, ...(finding.related ?? []).map((r) => r.at)]));
  const { result: all, foundAt } = locatedLint(project, found, known);
  await prepareDirectives(project);
  // Saved once positions are resolved, so the cache keeps them; a cache that cannot be written costs speed only.
  await project.cache?.save().catch(() => undefined);
  const settingOf: SettingOf = (file, rule) => lookup?.(file, rule) ?? DEFAULT_SETTINGS.get(rule) ?? "warning";
  return { all, foundAt, settingOf, baselineFile: baselinePath(options.baseline, plans.config?.dir ?? options.cwd ?? process.cwd()) };
}

/** Whether a rule reports errors somewhere under the config: by default, in its rules, or in an override. */
function canBeError(rule: Rule, config: ProjectConfig | undefined): boolean {
  return rule.defaultSeverity === "error" || config?.rules[rule.id] === "error" || (config?.overrides.some((o) => o.rules[rule.id] === "error") ?? false);
}

/** Lints a loaded project as it is configured, and says what to report and whether the run fails. */
export async function lintRun(project: Project, plans: RunPlans, options: LintRunOptions = {}): Promise<LintRun> {
  return reportingRun(project, plans, options, await configured(project, plans, options));
}

/**
 * Where the errors of `lintRun` were found, running only the rules that can report errors under
 * the config: for coverage, which reads nothing else of the run (see LintRun.errorLocations).
 */
export async function lintErrorLocations(project: Project, plans: RunPlans, options: LintRunOptions = {}): Promise<Location[]> {
  return reportingRun(project, plans, options, await configured(project, plans, options, true)).errorLocations();
}

/** The run's later steps: inline disables and the baseline, the part reported on, --quiet and the verdict. */
function reportingRun(project: Project, plans: RunPlans, options: LintRunOptions, { all, foundAt, settingOf, baselineFile }: Configured): LintRun {
  const baseline = options.examples ? undefined : { file: baselineFile, required: options.baseline !== undefined };
  const suppressed = suppress(project, all, settingOf, baseline);
  const whole = suppressed.result;
  const result = plans.reportOn ? onlyFiles(whole, plans.reportOn) : whole;
  return {
    whole,
    result,
    reported: reportedPart(result, options),
    verdict: verdict(result, options),
    // Entries for files outside the part reported on are not matched by it: only a whole run knows they are fixed.
    fixed: plans.reportOn ? 0 : suppressed.fixed,
    errorLocations: () => whole.problems.flatMap((p) => (p.severity === "error" ? (foundAt.get(p) ?? []) : [])),
  };
}

/** `--write-baseline`: the findings of the whole project (after inline disables) as a baseline file's text. */
export async function baselineRecordRun(project: Project, plans: RunPlans, options: LintRunOptions = {}): Promise<BaselineRecord> {
  const { all, settingOf, baselineFile } = await configured(project, plans, options);
  if (plans.reportOn || options.examples) throw new UsageError("--write-baseline records the findings of the whole project: run it without paths and without --examples");
  const accepted = applyDirectives(project, all, settingOf);
  return { file: baselineFile, text: baselineText(accepted, baselineFile), findings: accepted.problems.length };
}
