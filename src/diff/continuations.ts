import type { PlanNode } from "../graph/model.js";
import { containment, type TextFeatures, type Vocabulary } from "./features.js";
import type { Candidate, SideState } from "./match-state.js";
import type { ScoreBreakdown } from "./model.js";
import { acceptable } from "./pair-by-meaning.js";
import { typeAffinity, type ScoreContext } from "./score.js";
import { SAME_TITLE, SPLIT_DRAWN, SPLIT_GAIN, SPLIT_THRESHOLD, SPLIT_TITLE_GAIN } from "./thresholds.js";
import { itemAt } from "../core/item-at.js";

// After the pairs: the old nodes that continue in a node paired with another (merges) and the new
// nodes that continue a paired node (splits), each only where the text or the structure shows it.

/**
 * Old nodes left unpaired whose children continue under one new node (at least half of them, two
 * at least): paired with it when it is free, else merged into it. A town's 41 goals condensed
 * into 10 keep their objectives; the goals follow their objectives.
 */
export function mergedByChildren(
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

export interface ContinuationInput {
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
export function continuations(input: ContinuationInput): { splits: Map<string, string[]>; merges: Map<string, string[]> } {
  const { olds, news, oldToNew, newToOld, context, isEntity, vocabulary } = input;
  const splits = new Map<string, string[]>();
  const merges = new Map<string, string[]>(input.structuralMerges);
  const featuresOf = (state: SideState, ref: string) => itemAt(state.features, state.position.get(ref)!);
  const sameParent = (a: PlanNode | undefined, b: PlanNode | undefined) => (a?.ref ?? "") === (b?.ref ?? "");
  /** Whether `part` carries its own share of `whole`'s words beyond `first`. */
  const divides = (whole: TextFeatures, first: TextFeatures, part: TextFeatures) => {
    const alone = containment(whole.all, whole.allNorm, first.all, vocabulary);
    const together = containment(whole.all, whole.allNorm, new Set([...first.all, ...part.all]), vocabulary);
    return dividesText(together - alone, containment(part.all, part.allNorm, whole.all, vocabulary)) || dividesTitle(whole, first, part);
  };
  /** Whether the title is divided: "A, B and C" as "A" and "B and C", the part's title drawn from the whole's. */
  const dividesTitle = (whole: TextFeatures, first: TextFeatures, part: TextFeatures) => {
    const alone = containment(whole.title, whole.titleNorm, first.title, vocabulary);
    const together = containment(whole.title, whole.titleNorm, new Set([...first.title, ...part.title]), vocabulary);
    return together - alone >= SPLIT_TITLE_GAIN && containment(part.title, part.titleNorm, whole.title, vocabulary) >= SPLIT_DRAWN;
  };
  /** Whether new node v sits where paired old node u was: beside u's first part, or under the pair of u's parent. */
  const splitInPlace = (u: PlanNode, v: PlanNode) => {
    const firstNode = context.newGraph.node(oldToNew.get(u.ref)!)!;
    const parentOfU = context.oldParent(u);
    return sameParent(context.newParent(v), context.newParent(firstNode)) || (parentOfU !== undefined && oldToNew.get(parentOfU.ref) === context.newParent(v)?.ref);
  };
  for (const v of news.nodes) {
    if (newToOld.has(v.ref) || isEntity(v)) continue;
    // The node it may continue is a paired one in its place (its first part is that node's pair):
    // a better-scoring namesake elsewhere does not hide the one here (as for merges, below).
    const best = input.bestOld(v, (candidate) => oldToNew.has(candidate.ref) && splitInPlace(candidate, v));
    const first = best && oldToNew.get(best.node.ref);
    if (!best || !first || !continuesAsPart(best.score)) continue;
    const u = best.node;
    if (!divides(featuresOf(olds, u.ref), featuresOf(news, first), featuresOf(news, v.ref))) continue;
    const parts = splits.get(u.ref) ?? [];
    parts.push(v.ref);
    splits.set(u.ref, parts);
  }
  const splitParts = new Set([...splits.keys()].map((u) => oldToNew.get(u)!));
  const merged = new Set([...merges.values()].flat());
  /** Whether old node u sat where paired new node v's first part was: beside it, or under the node v's parent continues. */
  const mergeInPlace = (u: PlanNode, v: PlanNode) => {
    const firstNode = context.oldGraph.node(newToOld.get(v.ref)!)!;
    const parentOfV = context.newParent(v);
    return sameParent(context.oldParent(u), context.oldParent(firstNode)) || (parentOfV !== undefined && newToOld.get(parentOfV.ref) === context.oldParent(u)?.ref);
  };
  for (const u of olds.nodes) {
    if (oldToNew.has(u.ref) || isEntity(u) || merged.has(u.ref)) continue;
    // In its place: "Citizens Shaping Services" merged with its sibling is not lost to a namesake
    // elsewhere that scores a little better (0.649 against 0.644).
    const best = input.bestNew(u, (candidate) => newToOld.has(candidate.ref) && mergeInPlace(u, candidate));
    const first = best && newToOld.get(best.node.ref);
    if (!best || !first || !continuesAsPart(best.score)) continue;
    const v = best.node;
    if (splitParts.has(v.ref) || splits.has(first)) continue;
    const firstNode = context.oldGraph.node(first)!;
    // A condensed plan's goals are short ("Resilience"): an old node that would pair with the new
    // node by itself, at its level, feeds it too, whether or not the new text repeats its words.
    // Two old nodes of one title ("RESILIENCE" twice) continued by one node of that title are merged.
    const wouldPair = () => {
      const breakdown = input.breakdown(u, v);
      if (!breakdown || u.depth !== firstNode.depth || breakdown.contradicted) return false;
      if (breakdown.title >= SAME_TITLE && (input.breakdown(firstNode, v)?.title ?? 0) >= SAME_TITLE) return true;
      // Otherwise the new node must hold something of u that its first part did not: two siblings of
      // one boilerplate ("Specify and foster usage of an XML standard ...") are not merged when one goes.
      return acceptable(breakdown, false) && takesIn(featuresOf(olds, u.ref), featuresOf(olds, first), featuresOf(news, v.ref), vocabulary);
    };
    if (!(divides(featuresOf(news, v.ref), featuresOf(olds, first), featuresOf(olds, u.ref)) || wouldPair())) continue;
    const parts = merges.get(v.ref) ?? [];
    parts.push(u.ref);
    merges.set(v.ref, parts);
  }
  return { splits, merges };
}

/** The share of an old node's words that a new node must have gained beyond its first part to have taken it in. */
const TAKEN_IN = 0.05;

/**
 * Whether `merged` took in some of `part`: of the words it has beyond `first` (the node it
 * continues), in its text and its subtree, enough of `part`'s (rarity-weighted).
 */
function takesIn(part: TextFeatures, first: TextFeatures, merged: TextFeatures, vocabulary: Vocabulary): boolean {
  const before = new Set([...first.all, ...first.subtree]);
  let total = 0;
  let taken = 0;
  for (const stem of new Set([...part.all, ...part.subtree])) {
    const weight = vocabulary.idf(stem);
    total += weight;
    if (!before.has(stem) && (merged.all.has(stem) || merged.subtree.has(stem))) taken += weight;
  }
  return total > 0 && taken / total >= TAKEN_IN;
}
