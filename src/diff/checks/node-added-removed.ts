import type { DiffFacts } from "../facts.js";
import { bestReplacement, brokenBy } from "../impact.js";
import type { Matching } from "../match.js";
import { nameOf } from "../names.js";
import type { Finder, Finding } from "./check.js";

// Nodes of one side with no counterpart (and not part of a split or merge), each named with its
// closest candidate on the other side. A removed node that something still points at is breaking:
// the affected are listed with a suggested re-point.

function removals(facts: DiffFacts, withDependents: boolean): Finding[] {
  const removed = new Set(facts.removed.map((u) => u.ref));
  const found: Finding[] = [];
  for (const u of facts.removed) {
    const best = facts.matching.bestNew(u);
    const affected = brokenBy(facts, u, bestReplacement(facts, u), removed);
    if (affected.length > 0 !== withDependents) continue;
    found.push({ type: "removed", nodeType: u.type, old: nameOf(u), ...candidateOf(best), ...(withDependents ? { affected } : {}) });
  }
  return found;
}

const candidateOf = (best: ReturnType<Matching["bestNew"]>) => (best ? { candidate: { ...nameOf(best.node), score: best.score } } : {});

/** advanced-node-removed: a removed node that deliverables advance or other nodes link to. */
export const advancedNodeRemoved: Finder = (facts) => removals(facts, true);

/** node-removed: a removed node nothing depends on. */
export const nodeRemoved: Finder = (facts) => removals(facts, false);

/** node-added: a node of the new side only. */
export const nodeAdded: Finder = (facts) => facts.added.map((v) => ({ type: "added", nodeType: v.type, new: nameOf(v), ...candidateOf(facts.matching.bestOld(v)) }));
