import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import { deliverableOf } from "../graph/advancement.js";
import { assign, type ScoredEdge } from "./assignment.js";
import { StemIndex } from "./candidates.js";
import { containment, stemSets, Vocabulary, withNorms, withSubtrees, type TextFeatures } from "./features.js";
import type { DiffSide, ScoreBreakdown } from "./model.js";
import type { Pins } from "./pins.js";
import { enoughEvidence, score, textScores, typeAffinity, type ScoreContext, type TextScores } from "./score.js";

// Pairs the nodes of two sides one-to-one: pins, then the same id, then explicit derivedFrom
// links, then by meaning as one global assignment (so a node may be paired at another place or
// level), then named entities (stakeholders, values) and wordless nodes within the parents paired so far. Then the
// old nodes whose children went into one new node are read as merged into it, and leftovers
// that carry a distinct part of a paired node's text as splits and merges.

/** Below this score two nodes are not the same node. */
export const THRESHOLD = 0.3;
/** A pair across levels (a strategy promoted to a goal) needs this score... */
export const CROSS_LEVEL_THRESHOLD = 0.4;
/** ...and to beat every same-level candidate of either node by this much. */
export const LEVEL_MARGIN = 0.1;
/** A leftover that scores this well against a paired node may continue it (a split or a merge). */
export const SPLIT_THRESHOLD = 0.45;
/** A paired node whose pair scores this well has a single good partner: it is not split. */
export const GOOD_PARTNER = 0.75;
/** A part of a split must add this share of the old node's words to what its first part holds... */
export const SPLIT_GAIN = 0.15;
/** ...and draw at least this share of its own words from the old node. */
export const SPLIT_DRAWN = 0.5;
/** Titles at or above this overlap are the same title. */
const SAME_TITLE = 0.9;
/** Named entities, repeated under many parents: paired only under parents paired with each other. */
const ENTITY_TYPES: ReadonlySet<string> = new Set(["stakeholder", "value"]);
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
  /** The score of any two nodes of the sides, broken down, with its evidence. */
  breakdown(oldNode: PlanNode, newNode: PlanNode): ScoreBreakdown | undefined;
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
  // Entities are not part of what a goal holds: the same people are named under many goals.
  const heldChildren = (graph: PlanGraph) => (node: PlanNode) => node.children.filter((ref) => !ENTITY_TYPES.has(graph.node(ref)?.type ?? ""));
  withSubtrees(oldNodes, oldSets, heldChildren(oldSide.graph));
  withSubtrees(newNodes, newSets, heldChildren(newSide.graph));
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
  const texts = new Map<number, TextScores>();
  const scoreOf = (i: number, j: number) => {
    const key = i * newNodes.length + j;
    let cached = texts.get(key);
    if (!cached) texts.set(key, (cached = textScores(olds.features[i]!, news.features[j]!, vocabulary)));
    return score(olds.nodes[i]!, olds.features[i]!, news.nodes[j]!, news.features[j]!, context, cached);
  };

  // Twins: a node whose exact text (title and description) is found once on each side, with
  // enough evidence, is that node (most nodes of a large diff keep their text, whatever their id).
  const isEntity = (node: PlanNode) => ENTITY_TYPES.has(node.type);
  const oldLevel = (i: number) => olds.nodes[i]!.depth - (oldSide.root?.depth ?? 0);
  const newLevel = (j: number) => news.nodes[j]!.depth - (newSide.root?.depth ?? 0);
  const crossLevel = (i: number, j: number) => oldLevel(i) !== newLevel(j);
  const pairedOld = (i: number) => oldToNew.has(oldNodes[i]!.ref);
  const pairedNew = (j: number) => newToOld.has(newNodes[j]!.ref);
  for (const [i, j] of uniqueTwins(oldNodes, newNodes, (i) => !pairedOld(i) && !isEntity(oldNodes[i]!), (j) => !pairedNew(j) && !isEntity(newNodes[j]!))) {
    if (forbidden.has(`${oldNodes[i]!.ref}\0${newNodes[j]!.ref}`)) continue;
    const breakdown = scoreOf(i, j);
    // Being the one node of its exact text on each side is itself a source ("justice" for "justice").
    const twin = { ...breakdown, evidence: [...breakdown.evidence, "twin"] };
    if (acceptable(twin, crossLevel(i, j))) pair(oldNodes[i]!.ref, newNodes[j]!.ref, { by: "meaning", score: twin.total, ambiguous: false, breakdown: twin });
  }

  // Meaning: two rounds, the second scoring context with the first round's pairs in place (its
  // clear choices kept, its ambiguous ones and the leftovers decided again).
  const fixedPairs = new Map(oldToNew);
  const fixedNew = new Set(fixedPairs.values());
  const oldFree = oldNodes.map((u) => !fixedPairs.has(u.ref));
  const newFree = newNodes.map((v) => !fixedNew.has(v.ref));
  let chosen: (ScoredEdge & { breakdown: ScoreBreakdown; ambiguous: boolean })[] = [];
  // Text candidates do not change between rounds (only context scores do): found once.
  // Entities are paired afterwards, within paired parents (see pairWithinParents).
  const textCandidates: [number, number][] = [];
  for (let i = 0; i < oldNodes.length; i++) {
    if (!oldFree[i] || isEntity(oldNodes[i]!)) continue;
    const u = oldNodes[i]!;
    for (const j of news.index.query(olds.features[i]!, (j) => newFree[j]! && !isEntity(news.nodes[j]!) && typeAffinity(u.type, news.nodes[j]!.type) > 0)) textCandidates.push([i, j]);
  }
  for (let j = 0; j < newNodes.length; j++) {
    if (!newFree[j] || isEntity(newNodes[j]!)) continue;
    const v = newNodes[j]!;
    for (const i of olds.index.query(news.features[j]!, (i) => oldFree[i]! && !isEntity(olds.nodes[i]!) && typeAffinity(olds.nodes[i]!.type, v.type) > 0)) textCandidates.push([i, j]);
  }
  for (let round = 0; round < 2; round++) {
    if (round > 0) {
      // The first round's clear choices are kept; only the ambiguous ones and the nodes left
      // over are decided again, with the kept pairs as their context.
      const unsure: typeof chosen = [];
      for (const edge of chosen) {
        if (edge.ambiguous) {
          unsure.push(edge);
          continue;
        }
        pair(olds.nodes[edge.old]!.ref, news.nodes[edge.new]!.ref, { by: "meaning", score: edge.score, ambiguous: false, breakdown: edge.breakdown });
        oldFree[edge.old] = false;
        newFree[edge.new] = false;
      }
      chosen = unsure;
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
      if (!freeOld(i) || !freeNew(j)) return;
      const key = i * newNodes.length + j;
      if (keys.has(key)) return;
      keys.add(key);
      if (forbidden.size > 0 && forbidden.has(`${olds.nodes[i]!.ref}\0${news.nodes[j]!.ref}`)) return;
      const breakdown = scoreOf(i, j);
      if (acceptable(breakdown, crossLevel(i, j))) edges.push({ old: i, new: j, score: breakdown.total, breakdown });
    };
    for (const [i, j] of textCandidates) consider(i, j);
    for (let i = 0; i < oldNodes.length; i++) {
      if (!freeOld(i)) continue;
      const u = oldNodes[i]!;
      // Context candidates: the unpaired children of the node its parent is paired with.
      const parent = context.oldParent(u);
      const parentPair = parent && oldToNew.get(parent.ref);
      const newParent = parentPair ? newSide.graph.node(parentPair) : undefined;
      if (isEntity(u)) continue;
      for (const child of newParent?.children ?? []) {
        const j = news.position.get(child);
        if (j !== undefined && freeNew(j) && !isEntity(news.nodes[j]!) && typeAffinity(u.type, news.nodes[j]!.type) > 0) consider(i, j);
      }
    }
    if (round > 0) {
      for (const edge of chosen) {
        oldToNew.delete(olds.nodes[edge.old]!.ref);
        newToOld.delete(news.nodes[edge.new]!.ref);
      }
    }
    const kept = sameLevelFirst(edges, crossLevel);
    const assigned = assign(kept) as (ScoredEdge & { breakdown: ScoreBreakdown })[];
    const ambiguous = ambiguity(kept);
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
  const breakdown = (u: PlanNode, v: PlanNode) => {
    const i = olds.position.get(u.ref);
    const j = news.position.get(v.ref);
    return i === undefined || j === undefined ? undefined : scoreOf(i, j);
  };
  const structural = mergedByChildren(olds, news, context, oldToNew, newToOld, isEntity);
  for (const [u, v] of structural.pairs) pair(u, v, { by: "meaning", score: scoreOf(olds.position.get(u)!, news.position.get(v)!).total, ambiguous: false, breakdown: scoreOf(olds.position.get(u)!, news.position.get(v)!) });
  const { splits, merges } = continuations({ olds, news, oldToNew, newToOld, bestNew, bestOld, context, isEntity, vocabulary, structuralMerges: structural.merges, breakdown });
  pairWithinParents({ olds, news, oldSide, newSide, documents, context, oldToNew, newToOld, scoreOf, isEntity, pair, splits, merges });
  return { oldNodes, newNodes, oldToNew, newToOld, pairings, splits, merges, documents, context, bestNew, bestOld, breakdown };
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
export function ambiguity(edges: readonly ScoredEdge[]): (edge: ScoredEdge) => boolean {
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

/** Pairs of free nodes, one on each side, whose type and exact text (title and description) no other free node of either side has. */
function uniqueTwins(oldNodes: readonly PlanNode[], newNodes: readonly PlanNode[], oldFree: (i: number) => boolean, newFree: (j: number) => boolean): [number, number][] {
  const keyOf = (node: PlanNode) => `${node.type}\0${node.title ?? ""}\0${node.description ?? ""}`;
  const count = (nodes: readonly PlanNode[], free: (index: number) => boolean) => {
    const found = new Map<string, number>();
    nodes.forEach((node, index) => {
      if (!free(index) || (!node.title && !node.description)) return;
      const key = keyOf(node);
      found.set(key, found.has(key) ? -1 : index);
    });
    return found;
  };
  const olds = count(oldNodes, oldFree);
  const news = count(newNodes, newFree);
  const twins: [number, number][] = [];
  for (const [key, i] of olds) {
    const j = news.get(key);
    if (i >= 0 && j !== undefined && j >= 0) twins.push([i, j]);
  }
  return twins;
}

/** Whether a scored candidate may become a pair: enough score, words in common, two sources of evidence, no contradiction. */
export function acceptable(breakdown: ScoreBreakdown, crossLevel: boolean): boolean {
  if (breakdown.total < (crossLevel ? CROSS_LEVEL_THRESHOLD : THRESHOLD)) return false;
  if (Math.max(breakdown.title, breakdown.text) < TEXT_FLOOR) return false;
  return enoughEvidence(breakdown.evidence) && !breakdown.contradicted;
}

/**
 * Drops each pair across levels that does not beat every same-level candidate of either of its
 * nodes by LEVEL_MARGIN: a one-word title echoing a goal ("Safety" under a funding item) must not
 * take the goal away from the goal that continues it.
 */
export function sameLevelFirst<E extends ScoredEdge>(edges: readonly E[], crossLevel: (i: number, j: number) => boolean): E[] {
  const bestOld = new Map<number, number>();
  const bestNew = new Map<number, number>();
  for (const edge of edges) {
    if (crossLevel(edge.old, edge.new)) continue;
    bestOld.set(edge.old, Math.max(bestOld.get(edge.old) ?? 0, edge.score));
    bestNew.set(edge.new, Math.max(bestNew.get(edge.new) ?? 0, edge.score));
  }
  return edges.filter((edge) => !crossLevel(edge.old, edge.new) || edge.score >= Math.max(bestOld.get(edge.old) ?? 0, bestNew.get(edge.new) ?? 0) + LEVEL_MARGIN);
}

interface EntityPhase {
  olds: SideState;
  news: SideState;
  oldSide: DiffSide;
  newSide: DiffSide;
  documents: Map<string, string>;
  context: ScoreContext;
  oldToNew: Map<string, string>;
  newToOld: Map<string, string>;
  scoreOf(i: number, j: number): ScoreBreakdown;
  isEntity(node: PlanNode): boolean;
  pair(u: string, v: string, pairing: Pairing): void;
  splits: ReadonlyMap<string, string[]>;
  merges: ReadonlyMap<string, string[]>;
}

/**
 * What is left, paired within parents that continue each other (a parent's pair, the parts of its
 * split, the node it was merged into; or both at the top of paired documents), where the place is
 * the second source of evidence. Stakeholders and values, named again under many parents, are
 * paired only here: the same person named under another objective is a new mention there, not the
 * old one moved or split. Nodes without a word (an empty objective of a form) are paired in their
 * order: their place is all there is.
 */
function pairWithinParents(phase: EntityPhase): void {
  const { olds, news, context, oldToNew, newToOld } = phase;
  const textless = (state: SideState, index: number) => state.features[index]!.all.size === 0;
  const splitParts = new Set([...phase.splits.values()].flat());
  const mergedParts = new Set([...phase.merges.values()].flat());
  const mergedInto = new Map<string, string>();
  for (const [target, parts] of phase.merges) for (const part of parts) mergedInto.set(part, target);
  /** The new-side groups an old node's siblings may continue in. */
  const groupsOf = (node: PlanNode): string[] => {
    const parent = context.oldParent(node);
    if (!parent) {
      const document = phase.documents.get(node.document);
      return document ? [`document:${document}`] : [];
    }
    const pair = oldToNew.get(parent.ref);
    return [...(pair ? [pair] : []), ...(phase.splits.get(parent.ref) ?? []), ...(mergedInto.has(parent.ref) ? [mergedInto.get(parent.ref)!] : [])];
  };
  const newGroupOf = (node: PlanNode) => context.newParent(node)?.ref ?? `document:${node.document}`;
  const newByGroup = new Map<string, number[]>();
  news.nodes.forEach((v, j) => {
    if (newToOld.has(v.ref) || splitParts.has(v.ref)) return;
    const key = `${newGroupOf(v)}\0${v.type}`;
    const list = newByGroup.get(key);
    if (list) list.push(j);
    else newByGroup.set(key, [j]);
  });
  const edges: (ScoredEdge & { breakdown: ScoreBreakdown })[] = [];
  const textlessSeen = new Map<string, number>();
  olds.nodes.forEach((u, i) => {
    if (oldToNew.has(u.ref) || mergedParts.has(u.ref) || phase.splits.has(u.ref)) return;
    for (const group of groupsOf(u)) {
      const key = `${group}\0${u.type}`;
      const candidates = (newByGroup.get(key) ?? []).filter((j) => textless(news, j) === textless(olds, i));
      if (textless(olds, i)) {
        const nth = textlessSeen.get(key) ?? 0;
        textlessSeen.set(key, nth + 1);
        const j = candidates[nth];
        if (j !== undefined) edges.push({ old: i, new: j, score: phase.scoreOf(i, j).total, breakdown: phase.scoreOf(i, j) });
        continue;
      }
      // At the top of a document the place says little (every goal is there): only entities pair there.
      if (group.startsWith("document:") && !phase.isEntity(u)) continue;
      for (const j of candidates) {
        const breakdown = phase.scoreOf(i, j);
        if (continuesInPlace(breakdown)) edges.push({ old: i, new: j, score: breakdown.total, breakdown });
      }
    }
  });
  for (const edge of assign(edges) as typeof edges) {
    phase.pair(olds.nodes[edge.old]!.ref, news.nodes[edge.new]!.ref, { by: "meaning", score: edge.score, ambiguous: false, breakdown: edge.breakdown });
  }
}

/** Under parents that continue each other, the place is one source: a strong title or text is the other. */
function continuesInPlace(breakdown: ScoreBreakdown): boolean {
  if (breakdown.total < THRESHOLD || breakdown.contradicted) return false;
  return breakdown.evidence.some((source) => source === "title" || source === "long title" || source === "text" || source === "long text");
}

/**
 * Old nodes left unpaired whose children continue under one new node (at least half of them, two
 * at least): paired with it when it is free, else merged into it. A town's 41 goals condensed
 * into 10 keep their objectives; the goals follow their objectives.
 */
function mergedByChildren(
  olds: SideState,
  news: SideState,
  context: ScoreContext,
  oldToNew: ReadonlyMap<string, string>,
  newToOld: ReadonlyMap<string, string>,
  isEntity: (node: PlanNode) => boolean,
): { pairs: [string, string][]; merges: Map<string, string[]> } {
  const pairs: [string, string][] = [];
  const merges = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const u of olds.nodes) {
    if (oldToNew.has(u.ref) || isEntity(u)) continue;
    const held = u.children.filter((ref) => olds.inScope.has(ref) && !isEntity(context.oldGraph.node(ref)!));
    if (held.length < 2) continue;
    const votes = new Map<string, number>();
    for (const child of held) {
      const paired = oldToNew.get(child);
      const parent = paired ? context.newParent(context.newGraph.node(paired)!) : undefined;
      if (parent) votes.set(parent.ref, (votes.get(parent.ref) ?? 0) + 1);
    }
    const [target, count] = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ["", 0];
    if (count < 2 || count * 2 < held.length) continue;
    const v = context.newGraph.node(target);
    if (!v || typeAffinity(u.type, v.type) === 0) continue;
    if (!newToOld.has(target) && !taken.has(target)) {
      taken.add(target);
      pairs.push([u.ref, target]);
    } else {
      const list = merges.get(target) ?? [];
      list.push(u.ref);
      merges.set(target, list);
    }
  }
  return { pairs, merges };
}

/** Whether a leftover scoring `score` against a paired node may be a part of its split or merge. */
export function continuesAsPart(score: number): boolean {
  return score >= SPLIT_THRESHOLD;
}

/** Whether a part divides a node's text: it adds `gain` of the node's words to the first part, and draws `drawn` of its own words from the node. */
export function dividesText(gain: number, drawn: number): boolean {
  return gain >= SPLIT_GAIN && drawn >= SPLIT_DRAWN;
}

interface ContinuationInput {
  olds: SideState;
  news: SideState;
  oldToNew: Map<string, string>;
  newToOld: Map<string, string>;
  bestNew: (node: PlanNode, accept?: (candidate: PlanNode) => boolean) => Candidate | undefined;
  bestOld: (node: PlanNode, accept?: (candidate: PlanNode) => boolean) => Candidate | undefined;
  context: ScoreContext;
  isEntity: (node: PlanNode) => boolean;
  vocabulary: Vocabulary;
  /** Merges already found through the children (mergedByChildren). */
  structuralMerges: Map<string, string[]>;
  breakdown: (u: PlanNode, v: PlanNode) => ScoreBreakdown | undefined;
}

/**
 * Leftovers that continue a paired node. A new leftover is a part of a split of its best old node
 * only when that node's text is divided: the leftover sits where the node was (under its parent's
 * pair, or beside its first part), adds a distinct share of the old node's words to what the first
 * part holds, and draws most of its own words from it. A node under another parent that merely
 * repeats a kept node's title is added. Old leftovers merge into a paired new node likewise.
 */
function continuations(input: ContinuationInput): { splits: Map<string, string[]>; merges: Map<string, string[]> } {
  const { olds, news, oldToNew, newToOld, context, isEntity, vocabulary } = input;
  const splits = new Map<string, string[]>();
  const merges = new Map<string, string[]>(input.structuralMerges);
  const featuresOf = (state: SideState, ref: string) => state.features[state.position.get(ref)!]!;
  const sameParent = (a: PlanNode | undefined, b: PlanNode | undefined) => (a?.ref ?? "") === (b?.ref ?? "");
  /** Whether `part` carries its own share of `whole`'s words beyond `first`. */
  const divides = (whole: TextFeatures, first: TextFeatures, part: TextFeatures) => {
    const alone = containment(whole.all, whole.allNorm, first.all, vocabulary);
    const together = containment(whole.all, whole.allNorm, new Set([...first.all, ...part.all]), vocabulary);
    return dividesText(together - alone, containment(part.all, part.allNorm, whole.all, vocabulary));
  };
  for (const v of news.nodes) {
    if (newToOld.has(v.ref) || isEntity(v)) continue;
    // The node it may continue is a paired one (its first part is that node's pair).
    const best = input.bestOld(v, (candidate) => oldToNew.has(candidate.ref));
    const first = best && oldToNew.get(best.node.ref);
    if (!best || !first || !continuesAsPart(best.score)) continue;
    const u = best.node;
    const firstNode = context.newGraph.node(first)!;
    const parentOfU = context.oldParent(u);
    const inPlace = sameParent(context.newParent(v), context.newParent(firstNode)) || (parentOfU !== undefined && oldToNew.get(parentOfU.ref) === context.newParent(v)?.ref);
    if (!inPlace || !divides(featuresOf(olds, u.ref), featuresOf(news, first), featuresOf(news, v.ref))) continue;
    const parts = splits.get(u.ref) ?? [];
    parts.push(v.ref);
    splits.set(u.ref, parts);
  }
  const splitParts = new Set([...splits.keys()].map((u) => oldToNew.get(u)!));
  const merged = new Set([...merges.values()].flat());
  for (const u of olds.nodes) {
    if (oldToNew.has(u.ref) || isEntity(u) || merged.has(u.ref)) continue;
    const best = input.bestNew(u, (candidate) => newToOld.has(candidate.ref));
    const first = best && newToOld.get(best.node.ref);
    if (!best || !first || !continuesAsPart(best.score)) continue;
    const v = best.node;
    if (splitParts.has(v.ref) || splits.has(first)) continue;
    const firstNode = context.oldGraph.node(first)!;
    const parentOfV = context.newParent(v);
    const inPlace = sameParent(context.oldParent(u), context.oldParent(firstNode)) || (parentOfV !== undefined && newToOld.get(parentOfV.ref) === context.oldParent(u)?.ref);
    // A condensed plan's goals are short ("Resilience"): an old node that would pair with the new
    // node by itself, at its level, feeds it too, whether or not the new text repeats its words.
    // Two old nodes of one title ("RESILIENCE" twice) continued by one node of that title are merged.
    const wouldPair = () => {
      const breakdown = input.breakdown(u, v);
      if (!breakdown || u.depth !== firstNode.depth || breakdown.contradicted) return false;
      return acceptable(breakdown, false) || (breakdown.title >= SAME_TITLE && (input.breakdown(firstNode, v)?.title ?? 0) >= SAME_TITLE);
    };
    if (!inPlace || !(divides(featuresOf(news, v.ref), featuresOf(olds, first), featuresOf(olds, u.ref)) || wouldPair())) continue;
    const parts = merges.get(v.ref) ?? [];
    parts.push(u.ref);
    merges.set(v.ref, parts);
  }
  return { splits, merges };
}
