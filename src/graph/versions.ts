import type { PlanGraph } from "./graph.js";

// Which node of one version of a plan continues which node of another: the pairs that let a link
// written against one version count for another (`ogp coverage --strategy`, the diff's coverage
// impact). The graph only holds the pairs and answers "what are the other versions of this node";
// who pairs (derivedFrom, the diff's matcher) is decided by the caller that builds the map.

/**
 * How two versions of a node were paired: `derivedFrom` (the plan says so, directly or through a
 * chain of versions), `id` (the same id in the two documents), `meaning` (the diff's matcher, by
 * title, text and context), `pin` (forced by a reviewer).
 */
export type PairedBy = "derivedFrom" | "id" | "meaning" | "pin";

/** One pair: the old version of a node and the new one, with how they were paired. */
export interface VersionPair {
  old: string;
  new: string;
  by: PairedBy;
  /** How sure the pairing is, 0-1: 1 for derivedFrom, id and pin; the matcher's score by meaning. */
  score: number;
  /** The matcher saw another candidate within its margin. */
  ambiguous?: boolean;
}

/** Another version of a node, and the pair that makes it one. */
export interface OtherVersion {
  ref: string;
  pair: VersionPair;
}

/**
 * Old ref -> new ref, with how each pair was made, asked either way round: a link may name the
 * old version of the node being measured or the new one.
 */
export class VersionMap {
  private readonly byOld = new Map<string, VersionPair[]>();
  private readonly byNew = new Map<string, VersionPair[]>();

  constructor(readonly pairs: readonly VersionPair[]) {
    for (const pair of pairs) {
      this.byOld.set(pair.old, [...(this.byOld.get(pair.old) ?? []), pair]);
      this.byNew.set(pair.new, [...(this.byNew.get(pair.new) ?? []), pair]);
    }
  }

  /** The other versions of a node, on either side of its pairs, in the order the pairs were given. */
  versionsOf(ref: string): OtherVersion[] {
    return [...(this.byOld.get(ref) ?? []).map((pair) => ({ ref: pair.new, pair })), ...(this.byNew.get(ref) ?? []).map((pair) => ({ ref: pair.old, pair }))];
  }
}

/**
 * The `derivedFrom` lineage of the graph as pairs: every node outside `documentId` that is an
 * earlier or later version of a node of `documentId`, through any chain of derivedFrom links
 * (nearest first). Old and new follow the links: what a node derives from is its old version.
 */
export function lineagePairs(graph: PlanGraph, documentId: string): VersionPair[] {
  const pairs: VersionPair[] = [];
  const document = graph.document(documentId);
  for (const node of document?.nodes ?? []) {
    for (const earlier of graph.ancestry(node.ref)) if (earlier.document !== documentId) pairs.push({ old: earlier.ref, new: node.ref, by: "derivedFrom", score: 1 });
    for (const later of graph.descendants(node.ref)) if (later.document !== documentId) pairs.push({ old: node.ref, new: later.ref, by: "derivedFrom", score: 1 });
  }
  return pairs;
}
