import type { PlanGraph } from "../graph/graph.js";
import type { PlanDocument } from "../graph/model.js";
import type { PairedBy, VersionPair } from "../graph/versions.js";
import { match } from "./match.js";

// The diff's matching as pairs of versions (graph/versions.ts), for what measures across versions:
// `ogp coverage --strategy` (through src/pairing/) and the diff's own coverage impact. This adapter
// reads only `match(oldSide, newSide)`, `oldToNew` and each pairing's `by`, `score` and `ambiguous`,
// so a rewrite of the matcher that keeps those keeps every user of version pairs working.

/** The part of a matching that version pairs are made of. */
export interface MatchedPairs {
  oldToNew: ReadonlyMap<string, string>;
  pairings: ReadonlyMap<string, { by: string; score: number; ambiguous: boolean }>;
}

/** How the matcher's pairings read as version pairs; any other way of pairing (a subtree's root, a kind the matcher adds later) counts as by meaning. */
const PAIRED_BY: Readonly<Record<string, PairedBy>> = { id: "id", derivedFrom: "derivedFrom", pin: "pin", meaning: "meaning" };

/** Every pair of a matching, old -> new, in the old side's order. */
export function versionPairsOf(matching: MatchedPairs): VersionPair[] {
  const pairs: VersionPair[] = [];
  for (const [old, paired] of matching.oldToNew) {
    const pairing = matching.pairings.get(old);
    const pair: VersionPair = { old, new: paired, by: PAIRED_BY[pairing?.by ?? ""] ?? "meaning", score: pairing?.score ?? 0 };
    if (pairing?.ambiguous) pair.ambiguous = true;
    pairs.push(pair);
  }
  return pairs;
}

/** The diff's pairs between two documents of one graph, `older` as the old side (as `ogp diff <older> <newer>` pairs them). */
export function matchDocuments(graph: PlanGraph, older: PlanDocument, newer: PlanDocument): VersionPair[] {
  return versionPairsOf(match({ graph, name: older.id, documents: [older] }, { graph, name: newer.id, documents: [newer] }));
}
