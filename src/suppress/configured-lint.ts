import type { Severity } from "../core/problem.js";
import { runRulesCached } from "../lint/cached-run.js";
import { lint, runRules, type LintResult } from "../lint/lint.js";
import { RULES } from "../lint/rules.js";
import { preparePositions } from "../load/positions.js";
import type { Project } from "../project/open.js";
import type { ResolvedPlans } from "../project/resolve.js";
import { settingLookup } from "../project/rule-settings.js";
import { prepareDirectives, type SettingOf } from "./directives.js";
import { baselinePath, suppress, type Suppressed } from "./suppress.js";
import { UNUSED_DISABLE } from "./unused-disable.js";

// Lint as the project is configured: the config's severities per rule and file, then what the
// project has accepted (inline disables, the baseline). `ogp lint` and `ogp report` both ask
// here, so that the report shows the findings the lint command reports, no more, no fewer.

/** Every rule's default severity, by id. */
export const DEFAULT_SETTINGS: ReadonlyMap<string, Severity> = new Map<string, Severity>([...RULES, UNUSED_DISABLE].map((r) => [r.id, r.defaultSeverity]));

export interface ConfiguredLint {
  /** Every finding under the config's severities, before disables and the baseline. */
  all: LintResult;
  /** A rule's severity for a file, as configured (else the rule's default). */
  settingOf: SettingOf;
  /** Where the baseline is (--baseline, else ogp-baseline.json in the project's root), whether or not it exists. */
  baselineFile: string;
}

export interface ConfiguredLintOptions {
  /** The date overdue checks measure against (YYYY-MM-DD; default today). */
  today?: string;
  /** --baseline: a baseline file that must exist. */
  baseline?: string;
  /** Where the project is when it has no config file (the baseline's default folder); default the working directory. */
  cwd?: string;
}

export async function configuredLint(project: Project, plans: ResolvedPlans, options: ConfiguredLintOptions = {}): Promise<ConfiguredLint> {
  const lookup = plans.config ? settingLookup(plans.config) : undefined;
  const lintOptions = { today: options.today, ...(lookup ? { settingFor: lookup } : {}) };
  // With --cache, only what changed since the last run is checked again (lint/cached-run.ts).
  const { found, known } = project.cache ? runRulesCached(project, project.cache, lintOptions) : { found: runRules(project, lintOptions), known: undefined };
  // A file served by the cache holds the positions its findings had; another needs the parser.
  await preparePositions(project.index, found.flatMap(({ finding }) => [finding.at, ...(finding.related ?? []).map((r) => r.at)]));
  const all = lint(project, lintOptions, found, known);
  await prepareDirectives(project);
  const settingOf: SettingOf = (file, rule) => lookup?.(file, rule) ?? DEFAULT_SETTINGS.get(rule) ?? "warning";
  return { all, settingOf, baselineFile: baselinePath(options.baseline, plans.config?.dir ?? options.cwd ?? process.cwd()) };
}

/** The findings left once inline disables and the baseline are applied (the shipped examples have no baseline). */
export function acceptedRemoved(project: Project, configured: ConfiguredLint, options: { examples?: boolean; baseline?: string } = {}): Suppressed {
  const baseline = options.examples ? undefined : { file: configured.baselineFile, required: options.baseline !== undefined };
  return suppress(project, configured.all, configured.settingOf, baseline);
}

/** Lint as `ogp lint` reports it: configured, with accepted findings removed. */
export async function lintAsConfigured(project: Project, plans: ResolvedPlans, options: ConfiguredLintOptions & { examples?: boolean } = {}): Promise<LintResult> {
  return acceptedRemoved(project, await configuredLint(project, plans, options), options).result;
}
