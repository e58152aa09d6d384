import { nameOf } from "../names.js";
import type { Check, ChangeDraft } from "./check.js";

export const NODE_SPLIT = "node-split";
export const NODES_MERGED = "nodes-merged";

/** One old node continued as several new ones (split), or several old ones as one new node (merged): one change each. */
export const splitAndMerged: Check = (facts) => {
  const { matching, oldSide, newSide } = facts;
  const changes: ChangeDraft[] = [];
  for (const [oldRef, extra] of matching.splits) {
    const u = oldSide.graph.node(oldRef)!;
    const parts = [matching.oldToNew.get(oldRef)!, ...extra].map((ref) => nameOf(newSide.graph.node(ref)!));
    changes.push({ check: NODE_SPLIT, type: "split", nodeType: u.type, old: nameOf(u), parts, score: matching.pairings.get(oldRef)?.score ?? 1 });
  }
  for (const [newRef, extra] of matching.merges) {
    const v = newSide.graph.node(newRef)!;
    const parts = [matching.newToOld.get(newRef)!, ...extra].map((ref) => nameOf(oldSide.graph.node(ref)!));
    changes.push({ check: NODES_MERGED, type: "merged", nodeType: v.type, new: nameOf(v), parts, score: matching.pairings.get(matching.newToOld.get(newRef)!)?.score ?? 1 });
  }
  return changes;
};
