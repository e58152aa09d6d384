import type { TextFeatures, Vocabulary } from "./features.js";

// Which nodes of the other side are worth scoring: an inverted index from word stems to nodes, so
// that a node is compared only with the few that share its rarer words (never with every node).
// Stems found in very many nodes are skipped: they would make every list long and tell nothing
// apart. Only a node whose every word is that common falls back to its rarest few.

/** How many candidates to keep per node. */
export const CANDIDATES_PER_NODE = 4;
/** How many of a description's words (the rarest) a query looks up, besides every title word. */
export const QUERY_DESCRIPTION_STEMS = 12;

export class StemIndex {
  private readonly postings = new Map<string, number[]>();
  readonly maxFrequency: number;
  /** Accumulators reused by every query (a Map per query was most of the matcher's time). */
  private readonly weights: Float64Array;
  private readonly touched: number[] = [];

  constructor(
    features: readonly TextFeatures[],
    private readonly vocabulary: Vocabulary,
  ) {
    // Words in more than 5% of the nodes (but never fewer than 30, for small plans) are skipped.
    this.maxFrequency = Math.max(30, Math.min(Math.ceil(vocabulary.size * 0.05), 300));
    this.weights = new Float64Array(features.length);
    features.forEach((f, index) => {
      for (const stem of f.all) {
        const list = this.postings.get(stem);
        if (list) list.push(index);
        else this.postings.set(stem, [index]);
      }
    });
  }

  /**
   * The indexed nodes that share the most rarity weight with `query` (title words count twice),
   * best first, ties to the lower index; `accept` filters (unpaired only, compatible type).
   */
  query(query: TextFeatures, accept: (index: number) => boolean, limit = CANDIDATES_PER_NODE): number[] {
    let found = this.collect(this.queryStems(query), query, accept);
    if (found.length === 0) {
      const rarest = [...query.all].sort((a, b) => this.vocabulary.frequency(a) - this.vocabulary.frequency(b) || (a < b ? -1 : 1)).slice(0, 3);
      found = this.collect(rarest, query, accept);
    }
    found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return found.slice(0, limit).map(([index]) => index);
  }

  /**
   * The stems a query looks up: its title's and the QUERY_DESCRIPTION_STEMS rarest of its
   * description, each in at most maxFrequency nodes. The rarest words say which node a text is;
   * looking up every word of a long description made the index most of a large diff's time.
   */
  private queryStems(query: TextFeatures): string[] {
    const frequency = (stem: string) => this.vocabulary.frequency(stem);
    const title = [...query.title].filter((stem) => frequency(stem) <= this.maxFrequency);
    const rest = [...query.all].filter((stem) => !query.title.has(stem) && frequency(stem) <= this.maxFrequency);
    if (rest.length > QUERY_DESCRIPTION_STEMS) rest.sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1)).length = QUERY_DESCRIPTION_STEMS;
    return [...title, ...rest];
  }

  private collect(stems: readonly string[], query: TextFeatures, accept: (index: number) => boolean): [number, number][] {
    const { weights, touched } = this;
    for (const stem of stems) {
      const list = this.postings.get(stem);
      if (!list) continue;
      const weight = this.vocabulary.idf(stem) * (query.title.has(stem) ? 2 : 1);
      for (const index of list) {
        const before = weights[index] ?? 0;
        if (before === 0) touched.push(index);
        weights[index] = before + weight;
      }
    }
    const found: [number, number][] = [];
    for (const index of touched) {
      if (accept(index)) found.push([index, weights[index] ?? 0]);
      weights[index] = 0;
    }
    touched.length = 0;
    return found;
  }
}
