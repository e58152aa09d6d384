import { itemAt } from "../core/item-at.js";
import type { PlanNode } from "../graph/model.js";
import { assign, type ScoredEdge } from "./assignment.js";
import type { MatchState } from "./match-state.js";
import type { ScoreBreakdown } from "./model.js";
import { enoughEvidence, typeAffinity } from "./score.js";
import { AMBIGUITY_MARGIN, CROSS_LEVEL_THRESHOLD, LEVEL_MARGIN, TEXT_FLOOR, THRESHOLD } from "./thresholds.js";

// Pairs by meaning: unique exact-text twins first, then one optimal assignment over the rest, with
// the rules a pair must pass (evidence, same level first) and what makes a pair ambiguous.

/**
 * Twins: a node whose exact text (title and description) is found once on each side, with
 * enough evidence, is that node (most nodes of a large diff keep their text, whatever their id).
 */
export function pairTwins(state: MatchState): void {
  const { olds, news, oldToNew, newToOld, forbidden, scoreTwin, isEntity, crossLevel, pair, context } = state;
  const freeOld = (i: number) => !oldToNew.has(olds.nodes[i]!.ref) && !isEntity(olds.nodes[i]!);
  const freeNew = (j: number) => !newToOld.has(news.nodes[j]!.ref) && !isEntity(news.nodes[j]!);
  const pairTwin = ([i, j]: [number, number]) => {
    if (forbidden.has(`${olds.nodes[i]!.ref}\0${news.nodes[j]!.ref}`)) return false;
    // Being the one node of its exact text on each side is itself a source ("justice" for "justice").
    // (scoreTwin gives a new breakdown each call, so it is completed in place.)
    const twin = scoreTwin(i, j);
    twin.evidence.push("twin");
    if (!acceptable(twin, crossLevel(i, j))) return false;
    pair(olds.nodes[i]!.ref, news.nodes[j]!.ref, { by: "meaning", score: twin.total, ambiguous: false, breakdown: twin });
    return true;
  };
  for (const twin of uniqueTwins(olds.nodes, news.nodes, freeOld, freeNew)) pairTwin(twin);
  // A text repeated across a plan ("Unnamed indicator", the same action under several deliverables)
  // is still one node under parents paired with each other: its place tells the repeats apart.
  // Level by level, as each round's pairs give the next level its parents.
  const oldPlace = (i: number) => {
    const parent = context.oldParent(olds.nodes[i]!);
    return parent && oldToNew.get(parent.ref);
  };
  const newPlace = (j: number) => {
    const parent = context.newParent(news.nodes[j]!);
    return parent && newToOld.has(parent.ref) ? parent.ref : undefined;
  };
  for (let round = 0; round < MAX_DEPTH; round++) {
    const twins = uniqueTwins(olds.nodes, news.nodes, (i) => freeOld(i) && oldPlace(i) !== undefined, (j) => freeNew(j) && newPlace(j) !== undefined, oldPlace, newPlace);
    let paired = 0;
    for (const twin of twins) if (pairTwin(twin)) paired++;
    if (paired === 0) break;
  }
}

/** Levels of a plan the twins by place go down at most (plans have five or six). */
const MAX_DEPTH = 12;

/**
 * Meaning: one optimal assignment over the candidates of every free node, in two rounds, the
 * second scoring context with the first round's pairs in place (its clear choices kept, its
 * ambiguous ones and the leftovers decided again).
 */
export function pairByMeaning(state: MatchState): void {
  const { olds, news, oldToNew, newToOld, forbidden, context, scoreOf, isEntity, crossLevel, pair } = state;
  const oldNode = (i: number) => itemAt(olds.nodes, i);
  const newNode = (j: number) => itemAt(news.nodes, j);
  const fixedPairs = new Map(oldToNew);
  const fixedNew = new Set(fixedPairs.values());
  const oldFree = olds.nodes.map((u) => !fixedPairs.has(u.ref));
  const newFree = news.nodes.map((v) => !fixedNew.has(v.ref));
  let chosen: (ScoredEdge & { breakdown: ScoreBreakdown; ambiguous: boolean })[] = [];
  // Text candidates do not change between rounds (only context scores do): found once.
  // Entities are paired afterwards, within paired parents (see pairWithinParents).
  const textCandidates: [number, number][] = [];
  // A new node that is some old node's first candidate has its likely partner already: only the
  // others are looked up from the new side (half the index's work on a large diff).
  const someonesFirst = new Set<number>();
  for (let i = 0; i < olds.nodes.length; i++) {
    if (!oldFree[i] || isEntity(oldNode(i))) continue;
    const u = oldNode(i);
    const found = news.index.query(itemAt(olds.features, i), (j) => newFree[j] === true && !isEntity(newNode(j)) && typeAffinity(u.type, newNode(j).type) > 0);
    const [first] = found;
    if (first !== undefined) someonesFirst.add(first);
    for (const j of found) textCandidates.push([i, j]);
  }
  for (let j = 0; j < news.nodes.length; j++) {
    if (!newFree[j] || isEntity(newNode(j)) || someonesFirst.has(j)) continue;
    const v = newNode(j);
    for (const i of olds.index.query(itemAt(news.features, j), (i) => oldFree[i] === true && !isEntity(oldNode(i)) && typeAffinity(oldNode(i).type, v.type) > 0)) textCandidates.push([i, j]);
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
        pair(oldNode(edge.old).ref, newNode(edge.new).ref, { by: "meaning", score: edge.score, ambiguous: false, breakdown: edge.breakdown });
        oldFree[edge.old] = false;
        newFree[edge.new] = false;
      }
      chosen = unsure;
      for (const edge of chosen) {
        oldToNew.set(oldNode(edge.old).ref, newNode(edge.new).ref);
        newToOld.set(newNode(edge.new).ref, oldNode(edge.old).ref);
      }
    }
    const freeOld = (i: number) => oldFree[i] === true;
    const freeNew = (j: number) => newFree[j] === true;
    const keys = new Set<number>();
    const edges: (ScoredEdge & { breakdown: ScoreBreakdown })[] = [];
    const consider = (i: number, j: number) => {
      if (!freeOld(i) || !freeNew(j)) return;
      const key = i * news.nodes.length + j;
      if (keys.has(key)) return;
      keys.add(key);
      if (forbidden.size > 0 && forbidden.has(`${oldNode(i).ref}\0${newNode(j).ref}`)) return;
      const breakdown = scoreOf(i, j);
      if (acceptable(breakdown, crossLevel(i, j))) edges.push({ old: i, new: j, score: breakdown.total, breakdown });
    };
    for (const [i, j] of textCandidates) consider(i, j);
    for (let i = 0; i < olds.nodes.length; i++) {
      if (!freeOld(i)) continue;
      const u = oldNode(i);
      // Context candidates: the unpaired children of the node its parent is paired with.
      const parent = context.oldParent(u);
      const parentPair = parent && oldToNew.get(parent.ref);
      const newParent = parentPair ? state.newSide.graph.node(parentPair) : undefined;
      if (isEntity(u)) continue;
      for (const child of newParent?.children ?? []) {
        const j = news.position.get(child);
        if (j !== undefined && freeNew(j) && !isEntity(newNode(j)) && typeAffinity(u.type, newNode(j).type) > 0) consider(i, j);
      }
    }
    if (round > 0) {
      for (const edge of chosen) {
        oldToNew.delete(oldNode(edge.old).ref);
        newToOld.delete(newNode(edge.new).ref);
      }
    }
    const kept = sameLevelFirst(edges, crossLevel);
    const assigned = assign(kept) as (ScoredEdge & { breakdown: ScoreBreakdown })[];
    const ambiguous = ambiguity(kept);
    chosen = assigned.map((edge) => ({ ...edge, ambiguous: ambiguous(edge) }));
  }
  for (const edge of chosen) pair(oldNode(edge.old).ref, newNode(edge.new).ref, { by: "meaning", score: edge.score, ambiguous: edge.ambiguous, breakdown: edge.breakdown });

}

/**
 * Pairs of free nodes, one on each side, whose type and exact text (title and description) no
 * other free node of either side has; with `oldPlace`/`newPlace`, no other free node under the
 * same (paired) parent.
 */
function uniqueTwins(
  oldNodes: readonly PlanNode[],
  newNodes: readonly PlanNode[],
  oldFree: (i: number) => boolean,
  newFree: (j: number) => boolean,
  oldPlace: (i: number) => string | undefined = () => "",
  newPlace: (j: number) => string | undefined = () => "",
): [number, number][] {
  const keyOf = (node: PlanNode, place: string | undefined) => `${place ?? ""}\0${node.type}\0${node.title ?? ""}\0${node.description ?? ""}`;
  const count = (nodes: readonly PlanNode[], free: (index: number) => boolean, place: (index: number) => string | undefined) => {
    const found = new Map<string, number>();
    nodes.forEach((node, index) => {
      if (!free(index) || (!node.title && !node.description)) return;
      const key = keyOf(node, place(index));
      found.set(key, found.has(key) ? -1 : index);
    });
    return found;
  };
  const olds = count(oldNodes, oldFree, oldPlace);
  const news = count(newNodes, newFree, newPlace);
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
    // In thousandths, as the scores are rounded (round() in score.ts): a gap of exactly the margin
    // is beyond it, whatever the floats make of 0.8 - 0.75.
    return second > 0 && Math.round((edge.score - second) * 1000) < Math.round(AMBIGUITY_MARGIN * 1000);
  };
}
