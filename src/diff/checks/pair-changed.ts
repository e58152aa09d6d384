import type { DiffFacts, PairFacts } from "../facts.js";
import { affectedByRemoval, suspectLinks } from "../impact.js";
import { nameOf } from "../names.js";
import type { Check, ChangeDraft } from "./check.js";

export const NODE_CHANGED = "node-changed";
export const NODE_MOVED = "node-moved";
export const NODE_PROMOTED = "node-promoted";
export const NODE_DEMOTED = "node-demoted";
export const ADVANCED_NODE_REWORDED = "advanced-node-reworded";
export const ADVANCED_NODE_LEFT_STRATEGY = "advanced-node-left-strategy";

/**
 * A pair that differs: fields changed, or moved (a change of level is a promotion or demotion),
 * as one change. A reworded node that deliverables advance is suspect (their links hold but should
 * be reviewed); a node that moves out of its strategy while advanced is breaking.
 */
export const pairChanged: Check = (facts) => {
  const continued = continuedPairs(facts);
  const changes: ChangeDraft[] = [];
  for (const pair of facts.pairs) {
    if (continued.has(pair.old.ref)) continue;
    const fields = pair.fields.filter((f) => f.field !== "label" || !facts.relabelled.has(pair.old.ref));
    if (fields.length === 0 && !pair.movement) continue;
    changes.push(draftFor(facts, pair, fields));
  }
  return changes;
};

function draftFor(facts: DiffFacts, pair: PairFacts, fields: PairFacts["fields"]): ChangeDraft {
  const pairing = facts.matching.pairings.get(pair.old.ref);
  const base = { nodeType: pair.new.type, old: nameOf(pair.old), new: nameOf(pair.new), score: pairing?.score ?? 1, ambiguous: pairing?.ambiguous ?? false, fields };
  const leftStrategy = Boolean(pair.movement) && isStrategy(facts, "old", pair.old.document) && !isStrategy(facts, "new", pair.new.document);
  if (leftStrategy) {
    const affected = affectedByRemoval(facts, pair.old, new Set());
    if (affected.length > 0) return { ...base, check: ADVANCED_NODE_LEFT_STRATEGY, type: pair.movement!, breaking: true, affected };
  }
  const reworded = fields.some((f) => f.field === "title" || f.field === "description");
  const suspects = reworded ? suspectLinks(facts, pair.new) : [];
  if (suspects.length > 0) return { ...base, check: ADVANCED_NODE_REWORDED, type: pair.movement ?? "changed", suspect: true, affected: suspects };
  if (!pair.movement) return { ...base, check: NODE_CHANGED, type: "changed" };
  const check = pair.movement === "promoted" ? NODE_PROMOTED : pair.movement === "demoted" ? NODE_DEMOTED : NODE_MOVED;
  return { ...base, check, type: pair.movement };
}

function isStrategy(facts: DiffFacts, side: "old" | "new", documentId: string): boolean {
  const graph = side === "old" ? facts.oldSide.graph : facts.newSide.graph;
  return graph.document(documentId)?.kind === "strategy";
}

/** Pairs reported as the first part of a split or a merge rather than on their own. */
export function continuedPairs(facts: DiffFacts): Set<string> {
  const refs = new Set(facts.matching.splits.keys());
  for (const target of facts.matching.merges.keys()) {
    const old = facts.matching.newToOld.get(target);
    if (old) refs.add(old);
  }
  return refs;
}
