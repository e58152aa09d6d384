import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import { deliverableOf } from "../graph/advancement.js";
import { assign, type ScoredEdge } from "./assignment.js";
import { StemIndex } from "./candidates.js";
import { stemSets, Vocabulary, withNorms, type TextFeatures } from "./features.js";
import type { DiffSide, ScoreBreakdown } from "./model.js";
import type { Pins } from "./pins.js";
import { score, textScores, typeAffinity, type ScoreContext } from "./score.js";

// Pairs the nodes of two sides one-to-one: pins, then the same id, then explicit derivedFrom
// links, then by meaning as one global assignment (so a node may be paired at another place or
// level). Then the leftovers that continue a paired node are read as splits and merges.

/** Below this score two nodes are not the same node. */
export const THRESHOLD = 0.3;
/** A leftover that scores this well against a paired node continues it (a split or a merge). */
export const SPLIT_THRESHOLD = 0.45;
/**
 * Below this much word overlap (title or whole text) two nodes are not candidates whatever their
 * context: two top-level nodes of the same type would otherwise clear the threshold on context and
 * type alone, and tie every node of a large plan into one slow, meaningless component.
 */
export const TEXT_FLOOR = 0.2;
/** A pair is ambiguous when another candidate of either node scores within this margin. */
export const AMBIGUITY_MARGIN = 0.05;

export type PairedBy = "pin" | "root" | "id" | "derivedFrom" | "meaning";

export interface Pairing {
  by: PairedBy;
  score: number;
  ambiguous: boolean;
  breakdown?: ScoreBreakdown;
}

export interface Candidate {
  node: PlanNode;
  score: number;
}

export interface Matching {
  oldNodes: PlanNode[];
  newNodes: PlanNode[];
  oldToNew: Map<string, string>;
  newToOld: Map<string, string>;
  /** How each pair was made, by old ref. */
  pairings: Map<string, Pairing>;
  /** One old node continued as several new ones: the old ref -> the extra new refs (its pair is the first part). */
  splits: Map<string, string[]>;
  /** Several old nodes continued as one new node: the new ref -> the extra old refs. */
  merges: Map<string, string[]>;
  /** The old and new documents paired with each other, by id. */
  documents: Map<string, string>;
  context: ScoreContext;
  /** The best-scoring node of the other side (paired or not), for naming candidates and re-points. */
  bestNew(node: PlanNode, accept?: (candidate: PlanNode) => boolean): Candidate | undefined;
  bestOld(node: PlanNode, accept?: (candidate: PlanNode) => boolean): Candidate | undefined;
}

interface SideState {
  nodes: PlanNode[];
  features: TextFeatures[];
  index: StemIndex;
  position: Map<string, number>;
  inScope: Set<string>;
}

export function match(oldSide: DiffSide, newSide: DiffSide, pins: Pins = { force: [], forbid: [] }): Matching {
  const oldNodes = nodesOf(oldSide);
  const newNodes = nodesOf(newSide);
  const vocabulary = new Vocabulary();
  const oldSets = oldNodes.map(stemSets);
  const newSets = newNodes.map(stemSets);
  for (const sets of [...oldSets, ...newSets]) vocabulary.add(sets.all);
  const state = (nodes: PlanNode[], sets: typeof oldSets): SideState => {
    const features = sets.map((s) => withNorms(s, vocabulary));
    return { nodes, features, index: new StemIndex(features, vocabulary), position: new Map(nodes.map((n, i) => [n.ref, i])), inScope: new Set(nodes.map((n) => n.ref)) };
  };
  const olds = state(oldNodes, oldSets);
  const news = state(newNodes, newSets);

  const oldToNew = new Map<string, string>();
  const newToOld = new Map<string, string>();
  const pairings = new Map<string, Pairing>();
  const forbidden = new Set(pins.forbid.map(([o, n]) => `${o}\0${n}`));
  const pair = (u: string, v: string, pairing: Pairing) => {
    if (oldToNew.has(u) || newToOld.has(v) || forbidden.has(`${u}\0${v}`)) return;
    oldToNew.set(u, v);
    newToOld.set(v, u);
    pairings.set(u, pairing);
  };
  const fixed = (by: PairedBy): Pairing => ({ by, score: 1, ambiguous: false });

  for (const [u, v] of pins.force) pair(u, v, fixed("pin"));
  if (oldSide.root && newSide.root) pair(oldSide.root.ref, newSide.root.ref, fixed("root"));
  const documents = pairDocuments(oldSide, newSide);
  const newById = new Map(newNodes.map((v) => [`${v.document}\0${v.id}`, v.ref]));
  for (const u of oldNodes) {
    const v = newById.get(`${documents.get(u.document) ?? ""}\0${u.id}`);
    if (v) pair(u.ref, v, fixed("id"));
  }
  for (const v of newNodes) {
    for (const edge of newSide.graph.outgoing(v.ref, "derivedFrom")) if (olds.inScope.has(edge.to)) pair(edge.to, v.ref, fixed("derivedFrom"));
  }

  const oldAdvancerCache = new Map<string, Set<string>>();
  const newAdvancerCache = new Map<string, Set<string>>();
  const context: ScoreContext = {
    vocabulary,
    oldGraph: oldSide.graph,
    newGraph: newSide.graph,
    oldToNew,
    newToOld,
    oldParent: (node) => scopedParent(oldSide.graph, olds.inScope, node),
    newParent: (node) => scopedParent(newSide.graph, news.inScope, node),
    oldAdvancers: (node) => mapKeys(cachedAdvancers(oldAdvancerCache, oldSide.graph, node), oldToNew),
    newAdvancers: (node) => cachedAdvancers(newAdvancerCache, newSide.graph, node),
  };
  // Text similarity does not change between rounds; only context and shared deliverables do.
  const texts = new Map<number, { title: number; text: number }>();
  const scoreOf = (i: number, j: number) => {
    const key = i * newNodes.length + j;
    let cached = texts.get(key);
    if (!cached) texts.set(key, (cached = textScores(olds.features[i]!, news.features[j]!, vocabulary)));
    return score(olds.nodes[i]!, olds.features[i]!, news.nodes[j]!, news.features[j]!, context, cached);
  };

  // Meaning: two rounds, the second scoring context with the first round's pairs in place.
  const fixedPairs = new Map(oldToNew);
  const fixedNew = new Set(fixedPairs.values());
  const oldFree = oldNodes.map((u) => !fixedPairs.has(u.ref));
  const newFree = newNodes.map((v) => !fixedNew.has(v.ref));
  let chosen: (ScoredEdge & { breakdown: ScoreBreakdown; ambiguous: boolean })[] = [];
  // Text candidates do not change between rounds (only context scores do): found once.
  const textCandidates: [number, number][] = [];
  for (let i = 0; i < oldNodes.length; i++) {
    if (!oldFree[i]) continue;
    const u = oldNodes[i]!;
    for (const j of news.index.query(olds.features[i]!, (j) => newFree[j]! && typeAffinity(u.type, news.nodes[j]!.type) > 0)) textCandidates.push([i, j]);
  }
  for (let j = 0; j < newNodes.length; j++) {
    if (!newFree[j]) continue;
    const v = newNodes[j]!;
    for (const i of olds.index.query(news.features[j]!, (i) => oldFree[i]! && typeAffinity(olds.nodes[i]!.type, v.type) > 0)) textCandidates.push([i, j]);
  }
  for (let round = 0; round < 2; round++) {
    if (round > 0) {
      for (const edge of chosen) {
        oldToNew.set(olds.nodes[edge.old]!.ref, news.nodes[edge.new]!.ref);
        newToOld.set(news.nodes[edge.new]!.ref, olds.nodes[edge.old]!.ref);
      }
    }
    const freeOld = (i: number) => oldFree[i]!;
    const freeNew = (j: number) => newFree[j]!;
    const keys = new Set<number>();
    const edges: (ScoredEdge & { breakdown: ScoreBreakdown })[] = [];
    const consider = (i: number, j: number) => {
      const key = i * newNodes.length + j;
      if (keys.has(key)) return;
      keys.add(key);
      if (forbidden.size > 0 && forbidden.has(`${olds.nodes[i]!.ref}\0${news.nodes[j]!.ref}`)) return;
      const breakdown = scoreOf(i, j);
      if (breakdown.total >= THRESHOLD && Math.max(breakdown.title, breakdown.text) >= TEXT_FLOOR) edges.push({ old: i, new: j, score: breakdown.total, breakdown });
    };
    for (const [i, j] of textCandidates) consider(i, j);
    for (let i = 0; i < oldNodes.length; i++) {
      if (!freeOld(i)) continue;
      const u = oldNodes[i]!;
      // Context candidates: the unpaired children of the node its parent is paired with.
      const parent = context.oldParent(u);
      const parentPair = parent && oldToNew.get(parent.ref);
      const newParent = parentPair ? newSide.graph.node(parentPair) : undefined;
      for (const child of newParent?.children ?? []) {
        const j = news.position.get(child);
        if (j !== undefined && freeNew(j) && typeAffinity(u.type, news.nodes[j]!.type) > 0) consider(i, j);
      }
    }
    if (round > 0) {
      for (const edge of chosen) {
        oldToNew.delete(olds.nodes[edge.old]!.ref);
        newToOld.delete(news.nodes[edge.new]!.ref);
      }
    }
    const assigned = assign(edges) as (ScoredEdge & { breakdown: ScoreBreakdown })[];
    const ambiguous = ambiguity(edges);
    chosen = assigned.map((edge) => ({ ...edge, ambiguous: ambiguous(edge) }));
  }
  for (const edge of chosen) pair(olds.nodes[edge.old]!.ref, news.nodes[edge.new]!.ref, { by: "meaning", score: edge.score, ambiguous: edge.ambiguous, breakdown: edge.breakdown });

  const best = (from: SideState, to: SideState, oldFirst: boolean) => (node: PlanNode, accept: (candidate: PlanNode) => boolean = () => true): Candidate | undefined => {
    const i = from.position.get(node.ref);
    if (i === undefined) return undefined;
    let top: Candidate | undefined;
    for (const j of to.index.query(from.features[i]!, (j) => typeAffinity(node.type, to.nodes[j]!.type) > 0 && accept(to.nodes[j]!), 5)) {
      const total = oldFirst ? scoreOf(i, j).total : scoreOf(j, i).total;
      if (!top || total > top.score) top = { node: to.nodes[j]!, score: total };
    }
    return top;
  };
  const bestNew = best(olds, news, true);
  const bestOld = best(news, olds, false);
  const { splits, merges } = continuations(oldNodes, newNodes, oldToNew, newToOld, bestNew, bestOld);
  return { oldNodes, newNodes, oldToNew, newToOld, pairings, splits, merges, documents, context, bestNew, bestOld };
}

/** The nodes a side compares: every node of its documents, or the subtree of its root. */
export function nodesOf(side: DiffSide): PlanNode[] {
  if (side.root) return [...side.graph.subtree(side.root)];
  return side.documents.flatMap((d) => d.nodes);
}

/** Documents paired by id; two sides of one document each are paired whatever their ids. */
function pairDocuments(oldSide: DiffSide, newSide: DiffSide): Map<string, string> {
  if (oldSide.root && newSide.root) return new Map([[oldSide.root.document, newSide.root.document]]);
  if (oldSide.documents.length === 1 && newSide.documents.length === 1) return new Map([[oldSide.documents[0]!.id, newSide.documents[0]!.id]]);
  const newIds = new Set(newSide.documents.map((d) => d.id));
  return new Map(oldSide.documents.filter((d) => newIds.has(d.id)).map((d) => [d.id, d.id]));
}

function scopedParent(graph: PlanGraph, scope: Set<string>, node: PlanNode): PlanNode | undefined {
  const parent = graph.parent(node);
  return parent && scope.has(parent.ref) ? parent : undefined;
}

/** The deliverables whose own `advances` (or an action's) name the node, asked of the graph once per node. */
function cachedAdvancers(cache: Map<string, Set<string>>, graph: PlanGraph, node: PlanNode): Set<string> {
  let keys = cache.get(node.ref);
  if (keys) return keys;
  keys = new Set<string>();
  for (const edge of graph.incoming(node.ref, "advances")) {
    const from = graph.node(edge.from);
    const deliverable = from && deliverableOf(graph, from);
    if (deliverable) keys.add(deliverable.ref);
  }
  cache.set(node.ref, keys);
  return keys;
}

/** Old deliverable refs in the new side's terms (through their pairs). */
function mapKeys(keys: Set<string>, toNew: ReadonlyMap<string, string>): Set<string> {
  if (keys.size === 0) return keys;
  return new Set([...keys].map((key) => toNew.get(key) ?? key));
}

/** Whether another candidate of either node of a pair scores within the margin (two best scores kept per node). */
function ambiguity(edges: readonly ScoredEdge[]): (edge: ScoredEdge) => boolean {
  const top = new Map<string, [number, number]>();
  const note = (key: string, score: number) => {
    const [first, second] = top.get(key) ?? [0, 0];
    top.set(key, score > first ? [score, first] : [first, Math.max(second, score)]);
  };
  for (const edge of edges) {
    note(`o${edge.old}`, edge.score);
    note(`n${edge.new}`, edge.score);
  }
  // The best other score of a node is its second best when this pair is its best, else its best.
  const other = (key: string, score: number) => {
    const [first, second] = top.get(key)!;
    return score >= first ? second : first;
  };
  return (edge) => {
    const second = Math.max(other(`o${edge.old}`, edge.score), other(`n${edge.new}`, edge.score));
    return second > 0 && edge.score - second < AMBIGUITY_MARGIN;
  };
}

/** Leftovers that continue a paired node: a new leftover whose best old node is paired splits it; an old leftover merges. */
function continuations(
  oldNodes: PlanNode[],
  newNodes: PlanNode[],
  oldToNew: Map<string, string>,
  newToOld: Map<string, string>,
  bestNew: (node: PlanNode) => Candidate | undefined,
  bestOld: (node: PlanNode) => Candidate | undefined,
): { splits: Map<string, string[]>; merges: Map<string, string[]> } {
  const splits = new Map<string, string[]>();
  const merges = new Map<string, string[]>();
  for (const v of newNodes) {
    if (newToOld.has(v.ref)) continue;
    const best = bestOld(v);
    if (!best || best.score < SPLIT_THRESHOLD || !oldToNew.has(best.node.ref)) continue;
    const parts = splits.get(best.node.ref) ?? [];
    parts.push(v.ref);
    splits.set(best.node.ref, parts);
  }
  const splitParts = new Set([...splits.keys()].map((u) => oldToNew.get(u)!));
  for (const u of oldNodes) {
    if (oldToNew.has(u.ref)) continue;
    const best = bestNew(u);
    if (!best || best.score < SPLIT_THRESHOLD || !newToOld.has(best.node.ref)) continue;
    if (splitParts.has(best.node.ref) || splits.has(newToOld.get(best.node.ref)!)) continue;
    const parts = merges.get(best.node.ref) ?? [];
    parts.push(u.ref);
    merges.set(best.node.ref, parts);
  }
  return { splits, merges };
}
