import type { PlanNode } from "../graph/model.js";
import { stemsOf } from "./text.js";

// What the scorer knows of each node's text: stem sets and their rarity-weighted norms, computed
// once per diff. Rarity (inverse document frequency) is counted over both sides together.

export interface TextFeatures {
  title: Set<string>;
  /** Title and description together. */
  all: Set<string>;
  titleNorm: number;
  allNorm: number;
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
  return description.split(/(?<=[.!?])\s/)[0]!.split(/\s+/).slice(0, 30).join(" ");
}

export function stemSets(node: PlanNode): { title: Set<string>; all: Set<string> } {
  const title = new Set(stemsOf(titleText(node)));
  const all = new Set([...title, ...stemsOf(node.description)]);
  return { title, all };
}

export function withNorms(sets: { title: Set<string>; all: Set<string> }, vocabulary: Vocabulary): TextFeatures {
  const norm = (stems: Set<string>) => {
    let sum = 0;
    for (const stem of stems) sum += vocabulary.idf(stem);
    return sum;
  };
  return { ...sets, titleNorm: norm(sets.title), allNorm: norm(sets.all) };
}

/** Rarity-weighted overlap of two stem sets, 0-1 (Ochiai's coefficient with idf weights). */
export function overlap(a: Set<string>, normA: number, b: Set<string>, normB: number, vocabulary: Vocabulary): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared += vocabulary.idf(stem);
  return Math.min(1, shared / Math.sqrt(normA * normB));
}
