import { placeKey, type Finding, type Location, type Problem, type RuleSetting, type Severity } from "../core/problem.js";
import type { Project } from "../project/open.js";
import type { RuleId } from "../core/rule-ids.js";
export type { RuleSetting };
import { isoToday, type Rule } from "./rule.js";
import { RULES } from "./rules.js";

export interface LintResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  documents: number;
  nodes: number;
  /** Every file the run read (as reported, relative to the working directory), clean or not: JUnit lists clean files too. */
  files: string[];
}

/** A rule's severity as configured: one of the three, or `off` to skip the rule. */

export interface LintOptions {
  /** Severity per rule id, overriding the rule's default; `off` skips the rule. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** The day dates are judged against (YYYY-MM-DD); today (UTC) when absent. */
  today?: string;
  /**
   * Per-file severity (config overrides), asked for each finding's file; undefined keeps the
   * setting above. When given, rules that are off above still run: an override may turn them on.
   */
  settingFor?: (file: string, rule: RuleId) => RuleSetting | undefined;
}

/** What the rules found, each with its configured severity, before positions are resolved. */
export type Found = { finding: Finding; severity: Severity }[];

/** Runs every rule that is not off over one loaded project (no positions resolved yet). */
export function runRules(project: Project, options: LintOptions = {}): Found {
  return withSeverities(rawFindings(project, activeRules(RULES, options), options), options);
}

/** The rules a run asks: all but those configured off (unless per-file settings may turn them on again). */
export function activeRules(rules: readonly Rule[], options: LintOptions): Rule[] {
  return rules.filter((rule) => (options.rules?.[rule.id] ?? rule.defaultSeverity) !== "off" || options.settingFor !== undefined);
}

/** What `rules` find, in their order, before severities. */
export function rawFindings(project: Project, rules: readonly Rule[], options: LintOptions): Finding[] {
  const settings = { today: options.today ?? isoToday() };
  const findings: Finding[] = [];
  // A loop, not push(...all): a rule may find a great many.
  for (const rule of rules) for (const finding of rule.check(project, settings)) findings.push(finding);
  return findings;
}

const RULE_BY_ID = new Map(RULES.map((rule, order) => [rule.id, { rule, order }]));

/** Findings with their configured severities (those configured off dropped), in the order of RULES (stable within a rule). */
export function withSeverities(findings: readonly Finding[], options: LintOptions): Found {
  const found: Found = [];
  for (const finding of findings) {
    const rule = RULE_BY_ID.get(finding.rule)?.rule;
    const setting = (rule && options.rules?.[rule.id]) ?? rule?.defaultSeverity ?? "warning";
    const severity = options.settingFor?.(finding.at.file, finding.rule) ?? setting;
    // A finding about something outside the file's control (a reference into a file that failed to load) is information whatever the rule's severity.
    if (severity !== "off") found.push({ finding, severity: finding.informational ? "info" : severity });
  }
  const order = (f: Finding) => RULE_BY_ID.get(f.rule)?.order ?? RULES.length;
  return found.sort((a, b) => order(a.finding) - order(b.finding));
}

/** What a cached run knows without the graph (lint/cached-run.ts). */
export interface KnownFacts {
  /** The graph's size, as a result reports it. */
  documents: number;
  nodes: number;
  /**
   * Every file of the run in the order problems are listed (by `localeCompare`), when no two
   * names compare equal: the order is then known without building a collator (about 10 ms).
   */
  fileOrder?: readonly string[];
  /** The node each finding is about, by `placeKey` (core/problem.ts), when known without the graph. */
  nodeRefs?: Readonly<Record<string, string>>;
}

/**
 * Runs every rule that is not off over one loaded project (or takes what `runRules` found) and
 * resolves the positions of what they found; `known` when a cached run knows the graph's facts.
 */
export function lint(project: Project, options: LintOptions = {}, found: Found = runRules(project, options), known?: KnownFacts): LintResult {
  return locatedLint(project, found, known).result;
}

/** Where each problem of a result was found: the finding's location, whose document path names the node or link it is about. */
export type FoundAt = ReadonlyMap<Problem, Location>;

/**
 * `lint` over what the rules found, with where each problem was found: the suppression steps keep
 * the problem objects they keep, so the map still answers for what is left after them (coverage
 * matches lint's errors to links by their path, which a problem's line and column do not give).
 */
export function locatedLint(project: Project, found: Found, known?: KnownFacts): { result: LintResult; foundAt: FoundAt } {
  const foundAt = new Map<Problem, Location>();
  const problems: Problem[] = found.map(({ finding, severity }) => {
    const problem = toProblem(project, finding, severity, known?.nodeRefs);
    foundAt.set(problem, finding.at);
    return problem;
  });
  const rank = new Map(known?.fileOrder?.map((file, i) => [file, i]));
  const byFile = problems.every((p) => rank.has(p.file)) ? (a: string, b: string) => rank.get(a)! - rank.get(b)! : (a: string, b: string) => a.localeCompare(b);
  problems.sort((a, b) => byFile(a.file, b.file) || a.line - b.line || a.column - b.column);
  const { documents, nodes } = known ?? { documents: project.graph.documents.size, nodes: project.graph.nodes.size };
  return { result: withCounts(problems, documents, nodes, project.files.map((f) => f.file)), foundAt };
}

/** The ref of the node a finding is about: from a run's record when it has one (no graph needed), else from the graph. */
function nodeOf(project: Project, at: Finding["at"], nodeRefs: KnownFacts["nodeRefs"]): string | undefined {
  if (!at.path) return undefined;
  if (nodeRefs) {
    const key = placeKey(at.file, at.path);
    return Object.hasOwn(nodeRefs, key) ? nodeRefs[key] : undefined;
  }
  return project.graph.nodeAt(at.file, at.path)?.ref;
}

/** The files in the order `lint` lists their problems, unless two names compare equal (their problems then interleave by line). */
export function fileOrder(files: readonly string[]): string[] | undefined {
  const sorted = [...new Set(files)].sort((a, b) => a.localeCompare(b));
  return sorted.every((file, i) => i === 0 || sorted[i - 1]!.localeCompare(file) !== 0) ? sorted : undefined;
}

/** A result for a list of problems: the counts are always those of the problems it holds. */
function withCounts(problems: Problem[], documents: number, nodes: number, files: string[]): LintResult {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  return { problems, errorCount: count("error"), warningCount: count("warning"), infoCount: count("info"), documents, nodes, files };
}

/** The same run holding other problems (a subset: suppressed or out of scope), with counts to match. */
export function withProblems(result: LintResult, problems: Problem[], files = result.files): LintResult {
  return withCounts(problems, result.documents, result.nodes, files);
}

export interface ReportOptions {
  /** Errors only: warnings and info are neither shown nor counted against --max-warnings. */
  quiet?: boolean;
  maxWarnings?: number;
}

/** What to report: with `quiet`, the errors alone (and counts to match). */
export function reportedPart(result: LintResult, options: ReportOptions): LintResult {
  if (!options.quiet) return result;
  return withProblems(result, result.problems.filter((p) => p.severity === "error"));
}

/** Whether the run fails (exit 1), and why when the reason is not the problems themselves. */
export function verdict(result: LintResult, options: ReportOptions): { failed: boolean; reason?: string } {
  if (result.errorCount > 0) return { failed: true };
  if (!options.quiet && options.maxWarnings !== undefined && result.warningCount > options.maxWarnings) {
    return { failed: true, reason: `${result.warningCount} ${result.warningCount === 1 ? "warning" : "warnings"}, more than --max-warnings ${options.maxWarnings}` };
  }
  return { failed: false };
}

function toProblem(project: Project, finding: Finding, severity: Severity, nodeRefs: KnownFacts["nodeRefs"]): Problem {
  const problem: Problem = { file: finding.at.file, ...project.index.position(finding.at), severity, rule: finding.rule, messageId: finding.messageId, message: finding.message };
  const node = nodeOf(project, finding.at, nodeRefs);
  if (node) problem.node = node;
  if (finding.related?.length) {
    problem.related = finding.related.map((r) => ({ file: r.at.file, ...project.index.position(r.at), message: r.message }));
  }
  return problem;
}
