import { UsageError } from "../core/errors.js";
import { didYouMean } from "../core/suggest.js";
import { advancersOf, advancesOf, coverageJustification as justification, deliverableRefsOf, strategyOf, strongestVia, type AdvancePath } from "../graph/advancement.js";
import type { PlanGraph } from "../graph/graph.js";
import type { PlanDocument, PlanNode } from "../graph/model.js";
import { lineagePairs, VersionMap } from "../graph/versions.js";
import type { BrokenLinkTest } from "./broken-links.js";
import { countRows, describeNode, documentRef, nodeRef, rowsOf } from "./rows.js";
import type { CoverageReport, CoverageRow, CoverItem, CoveragePath, MappedPair, NodeRef, RowStatus, UnlinkedItem } from "./model.js";

// Which goals of a strategy a workplan's deliverables advance. Every graph question (what
// advances a node, through which path) is asked of graph/advancement.ts; this module only
// groups the answers into rows, statuses and counts.

export interface DeliverableCoverageOptions {
  /** Only this workplan (a usage error when there is no such workplan). */
  workplan?: string;
  /** Measure against this strategy instead of each workplan's own, mapping links through the pairs of `versions`. */
  strategy?: string;
  /**
   * With `strategy`: which node of the measured strategy each node of another version continues.
   * The analysis does not pair nodes itself: the caller builds the map (the CLI: derivedFrom first,
   * then the diff's matching, see src/versions/). Without it, the `derivedFrom` lineage alone.
   */
  versions?: VersionMap;
  /** Rows down to this level: 1 = goals, 2 = their sub-goals, ... */
  depth: number;
}

/** One report per workplan (or the one asked for), each against its own strategy or the one asked for. */
export function deliverableCoverage(graph: PlanGraph, options: DeliverableCoverageOptions, isBroken: BrokenLinkTest): CoverageReport[] {
  const workplans = [...graph.documents.values()].filter((d) => d.kind === "workplan");
  const chosen = options.workplan ? [pickDocument(graph, options.workplan, "workplan")] : workplans;
  const measuredAgainst = options.strategy ? pickDocument(graph, options.strategy, "strategy") : undefined;
  const versionMap = measuredAgainst ? (options.versions ?? new VersionMap(lineagePairs(graph, measuredAgainst.id))) : undefined;
  // The advancers of a row are asked once (per versions setting) and each workplan keeps its own
  // deliverables' share: asking per workplan made W workplans over E links cost W x E graph walks.
  const advancers: Advancers = {
    own: memo((node: PlanNode) => advancersOf(graph, node)),
    versions: memo((node: PlanNode) => advancersOf(graph, node, undefined, { versions: versionMap })),
    map: versionMap,
    mapSource: options.versions ? "pairs" : "lineage",
  };
  const reports: CoverageReport[] = [];
  for (const workplan of chosen) {
    const own = strategyOf(graph, workplan.id);
    const strategy = measuredAgainst ?? own;
    if (!strategy) continue; // lint reports a workplan without a strategy; there is nothing to measure it against
    reports.push(workplanReport(graph, workplan, strategy, own, options.depth, isBroken, advancers));
  }
  return reports;
}

/** Every deliverable's paths to a row (or to a version of it, with `versions`), whatever its workplan. */
interface Advancers {
  own: (node: PlanNode) => AdvancePath[];
  versions: (node: PlanNode) => AdvancePath[];
  /** The pairs `versions` follows (with --strategy), and whether they came from the caller or the derivedFrom lineage alone. */
  map?: VersionMap;
  mapSource: "pairs" | "lineage";
}

/** A document of the given kind by id, or a usage error that lists the near ids. */
export function pickDocument(graph: PlanGraph, id: string, kind: "workplan" | "strategy"): PlanDocument {
  const document = graph.document(id);
  if (document?.kind === kind) return document;
  const ids = [...graph.documents.values()].filter((d) => d.kind === kind).map((d) => d.id);
  const what = document ? `'${id}' is a ${document.kind}, not a ${kind}` : `no ${kind} '${id}'`;
  const hint = didYouMean(id, ids) || (ids.length > 0 ? `; the ${kind}s are ${ids.map((i) => `'${i}'`).join(", ")}` : `; the plans hold no ${kind}`);
  throw new UsageError(`--${kind} ${id}: ${what}${hint}`);
}

function workplanReport(graph: PlanGraph, workplan: PlanDocument, strategy: PlanDocument, own: PlanDocument | undefined, depth: number, isBroken: BrokenLinkTest, advancers: Advancers): CoverageReport {
  const deliverableSet = deliverableRefsOf(graph, workplan.id);
  const deliverables = graph.deliverablesOf(workplan.id);
  const versions = strategy.id !== own?.id;
  const allPaths = versions ? advancers.versions : advancers.own;
  const pathsOf = memo((node: PlanNode) => allPaths(node).filter((path) => deliverableSet.has(path.deliverable)));
  const counts = (node: PlanNode) => pathsOf(node).some((p) => !isBroken(p.edge));
  const rows: CoverageRow[] = rowsOf(graph, strategy.id, depth).map((node) => {
    const items = itemsOf(graph, pathsOf(node), isBroken);
    const mapped = mappedPairs(graph, pathsOf(node), isBroken);
    return { ...describeNode(graph, node), items, status: statusOf(graph, node, pathsOf(node), items, counts, isBroken), ...justification(node), ...(mapped.length > 0 ? { mapped } : {}) };
  });
  const covering = new Set(rows.flatMap((row) => row.items.filter((item) => !item.broken).map((item) => item.ref)));
  const unlinked: UnlinkedItem[] = deliverables
    .filter((d) => !covering.has(d.ref))
    .map((d) => ({ ...nodeRef(d), advances: advancesOf(graph, d).filter((l) => l.edge.resolved).map((l) => targetRef(graph, l.edge.to)) }));
  return {
    of: "deliverables",
    workplan: documentRef(workplan),
    strategy: documentRef(strategy),
    deliverables: deliverables.map(nodeRef),
    rows,
    unlinked,
    unmapped: versions && advancers.map ? unmappedTargets(graph, deliverables, strategy.id, advancers.map) : [],
    notes: notesOn(graph, workplan, strategy, own, deliverables, advancers.mapSource),
    ...countRows(rows),
  };
}

/** One item per deliverable, its paths in graph order and its strongest path that counts. */
function itemsOf(graph: PlanGraph, paths: readonly AdvancePath[], isBroken: BrokenLinkTest): CoverItem[] {
  const byDeliverable = new Map<string, AdvancePath[]>();
  for (const path of paths) byDeliverable.set(path.deliverable, [...(byDeliverable.get(path.deliverable) ?? []), path]);
  return [...byDeliverable].map(([ref, own]) => {
    const counting = own.filter((p) => !isBroken(p.edge));
    const item: CoverItem = { ...nodeRef(graph.node(ref)!), via: strongestVia(counting.length > 0 ? counting : own)!, paths: own.map((p) => pathOut(p, isBroken)) };
    if (counting.length === 0) item.broken = true;
    return item;
  });
}

function pathOut(path: AdvancePath, isBroken: BrokenLinkTest): CoveragePath {
  const out: CoveragePath = { via: path.via, from: path.from, target: path.target };
  if (path.served) out.served = path.served;
  if (path.mappedTo) out.mappedTo = path.mappedTo;
  if (path.pair) out.pairedBy = path.pair.by;
  if (path.edge.cite) out.cite = path.edge.cite;
  if (isBroken(path.edge)) out.broken = true;
  return out;
}

/**
 * covered: a link that counts reaches the node; partial: links reach it only through its
 * sub-goals and some sub-goal has none (nor a justification); justified, broken, missing: no link
 * that counts, with a reason, with only erroneous links, with none at all.
 */
function statusOf(graph: PlanGraph, node: PlanNode, paths: readonly AdvancePath[], items: readonly CoverItem[], counts: (node: PlanNode) => boolean, isBroken: BrokenLinkTest): RowStatus {
  if (items.every((item) => item.broken)) {
    if (justification(node).justified) return "justified";
    return items.length > 0 ? "broken" : "missing";
  }
  const reachesItself = paths.some((p) => !isBroken(p.edge) && (p.via === "direct" || p.via === "action" || (p.via === "approach" && p.served === node.ref)));
  if (reachesItself) return "covered";
  const uncoveredSubGoal = subGoals(graph, node).some((sub) => !counts(sub) && !justification(sub).justified);
  return uncoveredSubGoal ? "partial" : "covered";
}

/**
 * The pairs of versions that carry a row's counting links over from another version (each once,
 * in path order): what a reader checks before trusting a mapped row.
 */
function mappedPairs(graph: PlanGraph, paths: readonly AdvancePath[], isBroken: BrokenLinkTest): MappedPair[] {
  const pairs = new Map<string, MappedPair>();
  for (const path of paths) {
    if (!path.pair || !path.mappedTo || isBroken(path.edge)) continue;
    const { pair } = path;
    const key = `${pair.old}\0${pair.new}`;
    if (pairs.has(key)) continue;
    const other = pair.old === path.mappedTo ? pair.new : pair.old;
    const out: MappedPair = { from: targetRef(graph, other), to: targetRef(graph, path.mappedTo), by: pair.by, score: pair.score };
    if (pair.ambiguous) out.ambiguous = true;
    pairs.set(key, out);
  }
  return [...pairs.values()];
}

export function subGoals(graph: PlanGraph, node: PlanNode): PlanNode[] {
  return graph.children(node).filter((child) => child.type === "goal" || child.type === "objective");
}

/** Nodes the deliverables name that have no version in the measured strategy: links that --strategy cannot carry over. */
function unmappedTargets(graph: PlanGraph, deliverables: readonly PlanNode[], strategyId: string, versions: VersionMap): NodeRef[] {
  const unmapped = new Map<string, NodeRef>();
  const hasVersion = (node: PlanNode) => versions.versionsOf(node.ref).some((v) => graph.node(v.ref)?.document === strategyId);
  for (const deliverable of deliverables) {
    for (const { edge } of advancesOf(graph, deliverable)) {
      const target = edge.resolved ? graph.node(edge.to) : undefined;
      if (!target || target.document === strategyId || unmapped.has(target.ref)) continue;
      if (!hasVersion(target) && !hasMappedAncestor(graph, target, hasVersion)) unmapped.set(target.ref, targetRef(graph, target.ref));
    }
  }
  return [...unmapped.values()];
}

/** A link to a node whose parent (or grand-parent) has a version in the strategy is carried over with it. */
function hasMappedAncestor(graph: PlanGraph, node: PlanNode, hasVersion: (node: PlanNode) => boolean): boolean {
  for (let parent = graph.parent(node); parent; parent = graph.parent(parent)) if (hasVersion(parent)) return true;
  return false;
}

function notesOn(graph: PlanGraph, workplan: PlanDocument, strategy: PlanDocument, own: PlanDocument | undefined, deliverables: readonly PlanNode[], mapSource: Advancers["mapSource"]): string[] {
  const notes: string[] = [];
  if (own && own.id !== strategy.id) {
    const how = mapSource === "pairs" ? "derivedFrom first, then the pairs ogp diff finds; rows reached through a pair are marked" : "derivedFrom";
    notes.push(`measured against ${describeDocument(strategy)} instead of its own ${describeDocument(own)}: a link counts where the measured strategy has a version of the node it names (${how})`);
  }
  const named = new Set<string>();
  for (const deliverable of deliverables) for (const { edge } of advancesOf(graph, deliverable)) if (edge.resolved) named.add(graph.node(edge.to)?.document ?? edge.to);
  for (const id of [...named].sort()) {
    const document = graph.document(id);
    if (document?.status === "draft" || document?.status === "superseded") notes.push(`workplan '${workplan.id}' advances goals of ${describeDocument(document)}`);
  }
  return notes;
}

function describeDocument(document: PlanDocument): string {
  const status = document.status === "draft" || document.status === "superseded" ? `${document.status} ` : "";
  return `${status}${document.kind} '${document.id}'${document.title ? ` ("${document.title}")` : ""}`;
}

function targetRef(graph: PlanGraph, ref: string): NodeRef {
  const node = graph.node(ref);
  return node ? nodeRef(node) : { ref };
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
