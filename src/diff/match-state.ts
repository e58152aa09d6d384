import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import { deliverableOf } from "../graph/advancement.js";
import { StemIndex } from "./candidates.js";
import { stemSets, Vocabulary, withNorms, withSubtrees, type StemCache, type TextFeatures } from "./features.js";
import type { DiffSide, ScoreBreakdown } from "./model.js";
import type { Pins } from "./pins.js";
import { identicalTextScores, score, textScores, typeAffinity, type ScoreContext, type TextScores } from "./score.js";
import { ENTITY_TYPES } from "./thresholds.js";
import { itemAt } from "../core/item-at.js";

// What every phase of the matcher reads and writes: both sides' nodes with their text features and
// candidate index, the pairs made so far (with how each was made), the scoring context, and the
// fixed pairs every phase starts from (pins, the compared roots, the same id, derivedFrom).

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

export interface SideState {
  nodes: PlanNode[];
  features: TextFeatures[];
  index: StemIndex;
  position: Map<string, number>;
  inScope: Set<string>;
}

export interface MatchState {
  oldSide: DiffSide;
  newSide: DiffSide;
  olds: SideState;
  news: SideState;
  vocabulary: Vocabulary;
  oldToNew: Map<string, string>;
  newToOld: Map<string, string>;
  pairings: Map<string, Pairing>;
  /** The old and new documents paired with each other, by id. */
  documents: Map<string, string>;
  context: ScoreContext;
  /** Pairs `--pin old!=new` forbids, as 'old\0new'. */
  forbidden: ReadonlySet<string>;
  /** Pairs two nodes unless either is paired already or the pair is forbidden. */
  pair(u: string, v: string, pairing: Pairing): void;
  /** The score of old node i with new node j (text parts computed once, context as it stands). */
  scoreOf(i: number, j: number): ScoreBreakdown;
  /** scoreOf for two nodes of the same exact text, whose words need no comparing. */
  scoreTwin(i: number, j: number): ScoreBreakdown;
  isEntity(node: PlanNode): boolean;
  /** Whether old node i and new node j sit at different depths of their sides. */
  crossLevel(i: number, j: number): boolean;
  /** The best-scoring node of the other side (paired or not) that `accept` takes. */
  bestNew(node: PlanNode, accept?: (candidate: PlanNode) => boolean): Candidate | undefined;
  bestOld(node: PlanNode, accept?: (candidate: PlanNode) => boolean): Candidate | undefined;
  breakdown(oldNode: PlanNode, newNode: PlanNode): ScoreBreakdown | undefined;
}

/** Reads both sides' texts once and makes the fixed pairs: pins, the compared roots, the same id, derivedFrom. */
export function createState(oldSide: DiffSide, newSide: DiffSide, pins: Pins): MatchState {
  const oldNodes = nodesOf(oldSide);
  const newNodes = nodesOf(newSide);
  const vocabulary = new Vocabulary();
  const stemCache: StemCache = new Map();
  const oldSets = oldNodes.map((node) => stemSets(node, stemCache));
  const newSets = newNodes.map((node) => stemSets(node, stemCache));
  for (const sets of [...oldSets, ...newSets]) vocabulary.add(sets.all);
  // Entities are not part of what a goal holds: the same people are named under many goals.
  const heldChildren = (graph: PlanGraph) => (node: PlanNode) => node.children.filter((ref) => !ENTITY_TYPES.has(graph.node(ref)?.type ?? ""));
  withSubtrees(oldNodes, oldSets, heldChildren(oldSide.graph));
  withSubtrees(newNodes, newSets, heldChildren(newSide.graph));
  const norms = new WeakMap<Set<string>, number>();
  const state = (nodes: PlanNode[], sets: typeof oldSets): SideState => {
    const features = sets.map((s) => withNorms(s, vocabulary, norms));
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
  const texts = new Map<number, TextScores>();
  const scoreOf = (i: number, j: number) => {
    const key = i * newNodes.length + j;
    let cached = texts.get(key);
    if (!cached) texts.set(key, (cached = textScores(itemAt(olds.features, i), itemAt(news.features, j), vocabulary)));
    return score(itemAt(olds.nodes, i), itemAt(olds.features, i), itemAt(news.nodes, j), itemAt(news.features, j), context, cached);
  };
  const scoreTwin = (i: number, j: number) => {
    const key = i * newNodes.length + j;
    if (!texts.has(key)) texts.set(key, identicalTextScores(olds.features[i]!, news.features[j]!, vocabulary));
    return scoreOf(i, j);
  };

  const isEntity = (node: PlanNode) => ENTITY_TYPES.has(node.type);
  const oldLevel = (i: number) => itemAt(olds.nodes, i).depth - (oldSide.root?.depth ?? 0);
  const newLevel = (j: number) => itemAt(news.nodes, j).depth - (newSide.root?.depth ?? 0);
  const best = (from: SideState, to: SideState, oldFirst: boolean) => (node: PlanNode, accept: (candidate: PlanNode) => boolean = () => true): Candidate | undefined => {
    const i = from.position.get(node.ref);
    if (i === undefined) return undefined;
    let top: Candidate | undefined;
    for (const j of to.index.query(itemAt(from.features, i), (j) => typeAffinity(node.type, itemAt(to.nodes, j).type) > 0 && accept(itemAt(to.nodes, j)), 5)) {
      const total = oldFirst ? scoreOf(i, j).total : scoreOf(j, i).total;
      if (!top || total > top.score) top = { node: itemAt(to.nodes, j), score: total };
    }
    return top;
  };
  const breakdown = (u: PlanNode, v: PlanNode) => {
    const i = olds.position.get(u.ref);
    const j = news.position.get(v.ref);
    return i === undefined || j === undefined ? undefined : scoreOf(i, j);
  };
  return {
    oldSide,
    newSide,
    olds,
    news,
    vocabulary,
    oldToNew,
    newToOld,
    pairings,
    documents,
    context,
    forbidden,
    pair,
    scoreOf,
    scoreTwin,
    isEntity,
    crossLevel: (i, j) => oldLevel(i) !== newLevel(j),
    bestNew: best(olds, news, true),
    bestOld: best(news, olds, false),
    breakdown,
  };
}

/** The nodes a side compares: every node of its documents, or the subtree of its root. */
export function nodesOf(side: DiffSide): PlanNode[] {
  if (side.root) return [...side.graph.subtree(side.root)];
  return side.documents.flatMap((d) => d.nodes);
}

/** Documents paired by id; two sides of one document each are paired whatever their ids. */
function pairDocuments(oldSide: DiffSide, newSide: DiffSide): Map<string, string> {
  if (oldSide.root && newSide.root) return new Map([[oldSide.root.document, newSide.root.document]]);
  const [oldFirst] = oldSide.documents;
  const [newFirst] = newSide.documents;
  if (oldSide.documents.length === 1 && newSide.documents.length === 1 && oldFirst && newFirst) return new Map([[oldFirst.id, newFirst.id]]);
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
