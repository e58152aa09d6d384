import type { PlanNode } from "../../graph/model.js";
import type { DiffFacts } from "../facts.js";
import { brokenBy, deliverablesAdvancing } from "../impact.js";
import type { Affected } from "../model.js";
import { nameOf } from "../names.js";
import type { Finder, Finding } from "./check.js";

// One old node continued as several new ones (split), or several old ones as one new node
// (merged): one change each. Either is breaking when something points at an old node: after a
// split each dependent must choose its part (even when the first part kept the id, its link now
// names half of what it meant); after a merge the merged-away ids name nothing.

function splitDependents(facts: DiffFacts, u: PlanNode, first: PlanNode): Affected[] {
  if (!facts.newSide.graph.node(u.ref)) return brokenBy(facts, u, undefined);
  if (first.ref !== u.ref || facts.oldSide.graph === facts.newSide.graph) return [];
  return deliverablesAdvancing(facts.newSide.graph, first).map((d) => ({ node: nameOf(d), link: "advances" }));
}

function splits(facts: DiffFacts, withDependents: boolean): Finding[] {
  const { matching, oldSide, newSide } = facts;
  const found: Finding[] = [];
  for (const [oldRef, extra] of matching.splits) {
    const u = oldSide.graph.node(oldRef)!;
    const first = newSide.graph.node(matching.oldToNew.get(oldRef)!)!;
    const parts = [first.ref, ...extra].map((ref) => nameOf(newSide.graph.node(ref)!));
    const affected = splitDependents(facts, u, first);
    if (affected.length > 0 !== withDependents) continue;
    found.push({ type: "split", nodeType: u.type, old: nameOf(u), parts, score: matching.pairings.get(oldRef)?.score ?? 1, ...(withDependents ? { affected } : {}) });
  }
  return found;
}

function merges(facts: DiffFacts, withDependents: boolean): Finding[] {
  const { matching, oldSide, newSide } = facts;
  const found: Finding[] = [];
  for (const [newRef, extra] of matching.merges) {
    const v = newSide.graph.node(newRef)!;
    const firstOld = matching.newToOld.get(newRef)!;
    const oldParts = [firstOld, ...extra].map((ref) => oldSide.graph.node(ref)!);
    const into = { ...nameOf(v), score: matching.pairings.get(firstOld)?.score ?? 1 };
    const affected = oldParts.filter((u) => !newSide.graph.node(u.ref)).flatMap((u) => brokenBy(facts, u, into));
    if (affected.length > 0 !== withDependents) continue;
    found.push({ type: "merged", nodeType: v.type, new: nameOf(v), parts: oldParts.map(nameOf), score: into.score, ...(withDependents ? { affected } : {}) });
  }
  return found;
}

/** advanced-node-split: a split node that deliverables advance or links name: each must choose a part. */
export const advancedNodeSplit: Finder = (facts) => splits(facts, true);
/** node-split: a split node nothing depends on. */
export const nodeSplit: Finder = (facts) => splits(facts, false);
/** advanced-nodes-merged: a merge leaving links to a merged-away id pointing at nothing. */
export const advancedNodesMerged: Finder = (facts) => merges(facts, true);
/** nodes-merged: a merge nothing depends on. */
export const nodesMerged: Finder = (facts) => merges(facts, false);
