import { placeKey, type Finding } from "../core/problem.js";
import type { RuleId } from "../core/rule-ids.js";
import type { ParseCache, RunRecord } from "../load/cache.js";
import type { PlanGraph } from "../graph/graph.js";
import type { Project } from "../project/open.js";
import { activeRules, fileOrder, rawFindings, runRules, withSeverities, type Found, type KnownFacts, type LintOptions } from "./lint.js";
import { isoToday } from "./rule.js";
import { RULES } from "./rules.js";

/**
 * Rules whose findings about a file come from that file's own document alone: its nodes, its
 * period, the links written in it (whether or not they resolve). Over the part of the graph
 * written in some files (`PlanGraph.restrictedTo`) each finds exactly what it finds about those
 * files over the whole graph (test/lint/cached-run.test.ts holds every one of them to that).
 * Every other rule reads across files (ids, targets, cycles, citations, coverage, labels of a
 * workplan's separate deliverables) or hands on the load stage's findings.
 */
export const ONE_FILE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(["period-order", "advances-nothing", "uncited-link", "overdue-deliverable", "target-outside-period", "actual-after-period"]);

/**
 * `ogp lint --cache`: the rules' findings, redoing only what the files changed since the last run
 * can have changed (see RunRecord). Over the very same files (every path with the content it had,
 * judged on the same day) the last run's findings are the answer, and neither the files' data nor
 * the graph is read. Otherwise the graph is built and the rules that read across files run over
 * all of it; the one-file rules run over the part written in the files that changed (or whose
 * document they no longer own, or on another day), and the others keep their findings. Never
 * stale: whatever any file changes, the checks across files see it. Files the cache did not
 * serve (StratML) make the run check everything.
 */
export function runRulesCached(project: Project, cache: ParseCache, options: LintOptions): { found: Found; known?: KnownFacts } {
  const today = options.today ?? isoToday();
  const files: Record<string, string> = {};
  for (const file of project.files) {
    if (!file.contentHash || !file.cacheEntry) return { found: runRules(project, options) };
    files[file.file] = file.contentHash;
  }
  const last = cache.lastRun;
  if (last && last.today === today && sameFiles(last.files, files)) {
    const { documents, nodes, fileOrder, nodeRefs } = last;
    return { found: withSeverities(recorded(last), options), known: { documents, nodes, ...(fileOrder ? { fileOrder } : {}), ...(nodeRefs ? { nodeRefs } : {}) } };
  }
  const { graph } = project;
  const active = activeRules(RULES, options);
  const crossFile = rawFindings(project, active.filter((rule) => !ONE_FILE_RULES.has(rule.id)), options);
  const perFile: RunRecord["perFile"] = {};
  const stale = new Set<string>();
  for (const document of graph.documents.values()) {
    const kept = last?.today === today ? last.perFile[document.file] : undefined;
    if (kept && kept.hash === files[document.file]) perFile[document.file] = kept;
    else stale.add(document.file);
  }
  if (stale.size > 0) {
    for (const file of stale) perFile[file] = { hash: files[file]!, findings: [] };
    const part = { ...project, graph: graph.restrictedTo(stale) };
    for (const finding of rawFindings(part, active.filter((rule) => ONE_FILE_RULES.has(rule.id)), options)) {
      // A finding placed in another file would not be one file's alone: it is kept with the run's, never lost.
      (perFile[finding.at.file]?.findings ?? crossFile).push(finding);
    }
  }
  const order = fileOrder(Object.keys(files));
  const known = { documents: graph.documents.size, nodes: graph.nodes.size, ...(order ? { fileOrder: order } : {}) };
  const run = { today, files, crossFile, perFile, ...known, nodeRefs: nodeRefsOf(graph, recorded({ crossFile, perFile })) };
  cache.recordRun(run);
  return { found: withSeverities(recorded(run), options), known };
}

/** Every finding of a run's record (a loop, not a spread: a run may hold a great many). */
function recorded(run: Pick<RunRecord, "crossFile" | "perFile">): Finding[] {
  const findings = [...run.crossFile];
  for (const { findings: own } of Object.values(run.perFile)) for (const finding of own) findings.push(finding);
  return findings;
}

/** The node each finding is about, by its place (see RunRecord.nodeRefs). */
function nodeRefsOf(graph: PlanGraph, findings: readonly Finding[]): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const { at } of findings) {
    const node = at.path ? graph.nodeAt(at.file, at.path) : undefined;
    if (node && at.path) refs[placeKey(at.file, at.path)] = node.ref;
  }
  return refs;
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}
