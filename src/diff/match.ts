import type { PlanNode } from "../graph/model.js";
import { continuations, mergedByChildren } from "./continuations.js";
import { createState, type Candidate, type Pairing } from "./match-state.js";
import type { DiffSide, ScoreBreakdown } from "./model.js";
import { pairByMeaning, pairTwins } from "./pair-by-meaning.js";
import type { Pins } from "./pins.js";
import type { ScoreContext } from "./score.js";
import { pairInOrder } from "./in-order.js";
import { pairWithinParents } from "./within-parents.js";

// Pairs the nodes of two sides one-to-one, phase by phase: pins, the compared roots, the same id,
// derivedFrom links (match-state.ts); unique exact-text twins, then by meaning as one global
// assignment, so a node may be paired at another place or level (pair-by-meaning.ts); old nodes
// whose children went into one new node, and leftovers that carry a distinct part of a paired
// node's text, as merges and splits (continuations.ts); last, what is left within parents that
// continue each other, named entities and wordless nodes included (within-parents.ts); and a node
// reworded in place, the one left between the same kept neighbours on each side (in-order.ts).

export { acceptable, ambiguity, sameLevelFirst } from "./pair-by-meaning.js";
export { continuesAsPart, dividesText } from "./continuations.js";
export { nodesOf, type Candidate, type PairedBy, type Pairing } from "./match-state.js";
export * from "./thresholds.js";

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

export function match(oldSide: DiffSide, newSide: DiffSide, pins: Pins = { force: [], forbid: [] }): Matching {
  const state = createState(oldSide, newSide, pins);
  pairTwins(state);
  pairByMeaning(state);
  const { olds, news, oldToNew, newToOld, context, isEntity, scoreOf, pair } = state;
  const structural = mergedByChildren(olds, news, context, oldToNew, newToOld, isEntity);
  for (const [u, v] of structural.pairs) {
    const breakdown = scoreOf(olds.position.get(u)!, news.position.get(v)!);
    pair(u, v, { by: "meaning", score: breakdown.total, ambiguous: false, breakdown });
  }
  const { splits, merges } = continuations({ ...state, structuralMerges: structural.merges });
  pairWithinParents({ ...state, splits, merges });
  pairInOrder({ ...state, splits, merges });
  return { oldNodes: olds.nodes, newNodes: news.nodes, oldToNew, newToOld, pairings: state.pairings, splits, merges, documents: state.documents, context, bestNew: state.bestNew, bestOld: state.bestOld, breakdown: state.breakdown };
}
