import { affectedByRemoval } from "../impact.js";
import { nameOf } from "../names.js";
import type { Check, ChangeDraft } from "./check.js";

export const NODE_ADDED = "node-added";
export const NODE_REMOVED = "node-removed";
export const ADVANCED_NODE_REMOVED = "advanced-node-removed";

/**
 * Nodes of one side with no counterpart (and not part of a split or merge), each named with its
 * closest candidate on the other side. A removed node that a deliverable advances, or that a
 * surviving node links to, is breaking: the affected are listed with a suggested re-point.
 */
export const addedAndRemoved: Check = (facts) => {
  const { matching } = facts;
  const changes: ChangeDraft[] = [];
  const splitParts = new Set([...matching.splits.values()].flat());
  const mergedParts = new Set([...matching.merges.values()].flat());
  const removed = new Set(matching.oldNodes.filter((u) => !matching.oldToNew.has(u.ref) && !mergedParts.has(u.ref)).map((u) => u.ref));
  for (const u of matching.oldNodes) {
    if (!removed.has(u.ref)) continue;
    const best = matching.bestNew(u);
    const candidate = best ? { candidate: { ...nameOf(best.node), score: best.score } } : {};
    const affected = affectedByRemoval(facts, u, removed);
    changes.push({ check: affected.length > 0 ? ADVANCED_NODE_REMOVED : NODE_REMOVED, type: "removed", nodeType: u.type, old: nameOf(u), ...candidate, breaking: affected.length > 0, affected });
  }
  for (const v of matching.newNodes) {
    if (matching.newToOld.has(v.ref) || splitParts.has(v.ref)) continue;
    const best = matching.bestOld(v);
    const candidate = best ? { candidate: { ...nameOf(best.node), score: best.score } } : {};
    changes.push({ check: NODE_ADDED, type: "added", nodeType: v.type, new: nameOf(v), ...candidate });
  }
  return changes;
};
