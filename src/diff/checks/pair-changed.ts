import type { DiffFacts, PairFacts } from "../facts.js";
import { affectedByRemoval, brokenBy, suspectLinks } from "../impact.js";
import type { Affected } from "../model.js";
import { nameOf } from "../names.js";
import type { CheckId, Finder, Finding } from "./check.js";

// A pair that differs (fields changed, or moved: a change of level is a promotion or demotion) is
// one change, found by exactly one of these checks, gravest first:
// - advanced-node-left-strategy: moved out of its strategy while deliverables advance it;
// - advanced-node-id-changed: its old reference names nothing on the new side while links still use it;
// - advanced-node-reworded: reworded while deliverables advance it (suspect);
// - node-moved / node-promoted / node-demoted, then node-changed.

interface Verdict {
  check: CheckId;
  affected?: Affected[];
}

const verdicts = new WeakMap<DiffFacts, (Verdict | null)[]>();

/**
 * Which check reports each pair (null: nothing to report), in the order of `facts.pairs`, decided
 * once per diff: every pair check reads the same list (a lookup per pair and check was a tenth of
 * a large diff's checks).
 */
function verdictsOf(facts: DiffFacts): (Verdict | null)[] {
  let found = verdicts.get(facts);
  if (!found) verdicts.set(facts, (found = facts.pairs.map((pair) => decide(facts, pair))));
  return found;
}

function decide(facts: DiffFacts, pair: PairFacts): Verdict | null {
  if (facts.continued.has(pair.old.ref)) return null;
  const fields = fieldsOf(facts, pair);
  if (fields.length === 0 && !pair.movement) return null;
  if (pair.movement && isStrategy(facts, "old", pair.old.document) && !isStrategy(facts, "new", pair.new.document)) {
    // Their links may still resolve, but advance nothing of the strategy any more.
    const affected = affectedByRemoval(facts, pair.old);
    if (affected.length > 0) return { check: "advanced-node-left-strategy", affected };
  }
  if (pair.refGone) {
    const affected = brokenBy(facts, pair.old, { ...nameOf(pair.new), score: facts.matching.pairings.get(pair.old.ref)?.score ?? 1 });
    if (affected.length > 0) return { check: "advanced-node-id-changed", affected };
  }
  const suspects = pair.reworded ? suspectLinks(facts, pair.new) : [];
  if (suspects.length > 0) return { check: "advanced-node-reworded", affected: suspects };
  if (!pair.movement) return { check: "node-changed" };
  return { check: pair.movement === "promoted" ? "node-promoted" : pair.movement === "demoted" ? "node-demoted" : "node-moved" };
}

/** The pair's changed fields, less a label change that a renumbering reports. */
function fieldsOf(facts: DiffFacts, pair: PairFacts) {
  return pair.fields.filter((f) => f.field !== "label" || !facts.relabelled.has(pair.old.ref));
}

function isStrategy(facts: DiffFacts, side: "old" | "new", documentId: string): boolean {
  const graph = side === "old" ? facts.oldSide.graph : facts.newSide.graph;
  return graph.document(documentId)?.kind === "strategy";
}

/** The finder of one check id among the pair checks. */
function pairsFoundBy(check: CheckId): Finder {
  return (facts) => {
    const found: Finding[] = [];
    const verdicts = verdictsOf(facts);
    facts.pairs.forEach((pair, index) => {
      const verdict = verdicts[index];
      if (verdict?.check !== check) return;
      const pairing = facts.matching.pairings.get(pair.old.ref);
      found.push({
        type: pair.movement ?? "changed",
        nodeType: pair.new.type,
        old: nameOf(pair.old),
        new: nameOf(pair.new),
        score: pairing?.score ?? 1,
        ambiguous: pairing?.ambiguous ?? false,
        fields: fieldsOf(facts, pair),
        ...(verdict.affected ? { affected: verdict.affected } : {}),
      });
    });
    return found;
  };
}

export const advancedNodeLeftStrategy = pairsFoundBy("advanced-node-left-strategy");
export const advancedNodeIdChanged = pairsFoundBy("advanced-node-id-changed");
export const advancedNodeReworded = pairsFoundBy("advanced-node-reworded");
export const nodeMoved = pairsFoundBy("node-moved");
export const nodePromoted = pairsFoundBy("node-promoted");
export const nodeDemoted = pairsFoundBy("node-demoted");
export const nodeChanged = pairsFoundBy("node-changed");
