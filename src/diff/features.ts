import type { PlanNode } from "../graph/model.js";
import { stemsOf } from "./text.js";
import { itemAt } from "../core/item-at.js";

// What the scorer knows of each node's text: stem sets and their rarity-weighted norms, computed
// once per diff. Rarity (inverse document frequency) is counted over both sides together.

export interface TextFeatures {
  title: Set<string>;
  /** Title and description together. */
  all: Set<string>;
  /** The description alone (empty when the node has none). */
  description: Set<string>;
  /** Every word of the node's descendants (its objectives, indicators, ...): what the node holds. */
  subtree: Set<string>;
  titleNorm: number;
  allNorm: number;
  descriptionNorm: number;
  subtreeNorm: number;
}

export interface StemSets {
  title: Set<string>;
  all: Set<string>;
  description: Set<string>;
  subtree: Set<string>;
}

export class Vocabulary {
  private readonly df = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private count = 0;

  add(stems: Iterable<string>): void {
    this.weights.clear();
    this.count++;
    for (const stem of stems) this.df.set(stem, (this.df.get(stem) ?? 0) + 1);
  }

  /** How many nodes use the stem. */
  frequency(stem: string): number {
    return this.df.get(stem) ?? 0;
  }

  get size(): number {
    return this.count;
  }

  /** Rarity weight: words in few nodes say more about which node a text is. */
  idf(stem: string): number {
    let weight = this.weights.get(stem);
    if (weight === undefined) {
      weight = Math.log(1 + this.count / (this.df.get(stem) ?? 1));
      this.weights.set(stem, weight);
    }
    return weight;
  }
}

/** A node's title, or when it has none, the start of its description (a consultation paragraph has only text). */
export function titleText(node: PlanNode): string {
  if (node.title) return node.title;
  const description = node.description ?? "";
  const [firstSentence = ""] = description.split(/(?<=[.!?])\s/);
  return firstSentence.split(/\s+/).slice(0, 30).join(" ");
}

/**
 * A node's own word sets already read, by its text (title and description): most nodes of a large
 * diff are on both sides word for word, so the second side's nodes share the first side's sets
 * rather than stem and collect them again. Per diff. The shared sets are never changed afterwards
 * (only `subtree`, which is each node's own, is filled in).
 */
export type StemCache = Map<string, Omit<StemSets, "subtree">>;

/** A node's own words (subtree left empty: `withSubtrees` fills it once every node of a side has its sets). */
export function stemSets(node: PlanNode, cache?: StemCache): StemSets {
  const titleWords = titleText(node);
  const key = cache ? `${titleWords}\0${node.description ?? ""}` : "";
  let own = cache?.get(key);
  if (!own) {
    const title = new Set(stemsOf(titleWords));
    const description = node.description ? new Set(stemsOf(node.description)) : NO_STEMS;
    // Without a description, all the words are the title's: the one set serves both.
    let all = title;
    if (description.size > 0) {
      all = new Set(title);
      for (const stem of description) all.add(stem);
    }
    own = { title, all, description };
    cache?.set(key, own);
  }
  // A node without children keeps the shared empty set; withSubtrees gives a parent a set of its own.
  return { title: own.title, all: own.all, description: own.description, subtree: NO_STEMS };
}

/** The empty stem set, shared: never added to (withSubtrees replaces it before it adds). */
const NO_STEMS: Set<string> = new Set();

/** Largest subtree word set kept per node: beyond it a goal's words say no more, and sets of a large plan stay small. */
const SUBTREE_LIMIT = 400;

/**
 * Fills each node's subtree set with its descendants' words (children first, then theirs), up to
 * SUBTREE_LIMIT words: what a goal holds, so that a goal whose objectives continue is recognised
 * even when its own line is reworded.
 */
export function withSubtrees(nodes: readonly PlanNode[], sets: StemSets[], childrenOf: (node: PlanNode) => readonly string[]): void {
  const setsOf = new Map(nodes.map((node, i) => [node.ref, itemAt(sets, i)]));
  // Deepest first, so that every child's subtree is complete before its parent reads it.
  const deepestFirst = [...nodes].sort((a, b) => b.depth - a.depth);
  for (const node of deepestFirst) {
    const sets = setsOf.get(node.ref);
    const children = childrenOf(node);
    if (!sets || children.length === 0) continue;
    const subtree = (sets.subtree = new Set());
    for (const child of children) {
      const childSets = setsOf.get(child);
      if (!childSets) continue;
      for (const stem of childSets.all) if (subtree.size < SUBTREE_LIMIT) subtree.add(stem);
      for (const stem of childSets.subtree) if (subtree.size < SUBTREE_LIMIT) subtree.add(stem);
    }
  }
}

/**
 * The sets with their rarity-weighted norms. `norms` keeps each set's norm by the set, for sets
 * that several nodes share (see StemCache); it belongs to one vocabulary.
 */
export function withNorms(sets: StemSets, vocabulary: Vocabulary, norms?: WeakMap<Set<string>, number>): TextFeatures {
  const norm = (stems: Set<string>): number => {
    const known = norms?.get(stems);
    if (known !== undefined) return known;
    const sum = normOf(stems, vocabulary);
    norms?.set(stems, sum);
    return sum;
  };
  return { title: sets.title, all: sets.all, description: sets.description, subtree: sets.subtree, titleNorm: norm(sets.title), allNorm: norm(sets.all), descriptionNorm: norm(sets.description), subtreeNorm: normOf(sets.subtree, vocabulary) };
}

/** The sum of the stems' rarity weights (a node's subtree set is its own, so it is not kept in `norms`). */
function normOf(stems: Set<string>, vocabulary: Vocabulary): number {
  let sum = 0;
  for (const stem of stems) sum += vocabulary.idf(stem);
  return sum;
}

/** Rarity-weighted overlap of two stem sets, 0-1 (Ochiai's coefficient with idf weights). */
export function overlap(a: Set<string>, normA: number, b: Set<string>, normB: number, vocabulary: Vocabulary): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared += vocabulary.idf(stem);
  return Math.min(1, shared / Math.sqrt(normA * normB));
}

/** The share of `part`'s rarity weight found in `whole`, 0-1 (how much of a short title another text contains). */
export function containment(part: Set<string>, partNorm: number, whole: Set<string>, vocabulary: Vocabulary): number {
  if (partNorm === 0) return 0;
  let shared = 0;
  for (const stem of part) if (whole.has(stem)) shared += vocabulary.idf(stem);
  return Math.min(1, shared / partNorm);
}

/** How many stems two sets share. */
export function sharedCount(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared++;
  return shared;
}
