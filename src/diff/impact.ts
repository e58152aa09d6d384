import { advancersOf, deliverableOf } from "../graph/advancement.js";
import { VersionMap } from "../graph/versions.js";
import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import type { DiffFacts } from "./facts.js";
import type { Affected, CoverageImpact, NodeName } from "./model.js";
import { nameOf } from "./names.js";
import { versionPairsOf } from "./version-pairs.js";

// What a change does to the work: the deliverables (and links) that depend on a removed or moved
// node, where to re-point them, the deliverables to review when their target was reworded, and
// which goals gained or lost deliverables. What advances what is asked of graph/advancement.ts.

/** The deliverables that advance the node itself (their own link or an action's), in graph order, once each. */
export function deliverablesAdvancing(graph: PlanGraph, node: PlanNode): PlanNode[] {
  const seen = new Set<string>();
  const found: PlanNode[] = [];
  for (const path of advancersOf(graph, node)) {
    if (path.target !== node.ref || (path.via !== "direct" && path.via !== "action") || seen.has(path.deliverable)) continue;
    seen.add(path.deliverable);
    const deliverable = graph.node(path.deliverable);
    if (deliverable) found.push(deliverable);
  }
  return found;
}

/** A node of the other side to re-point to, with its score. */
export type Suggestion = NodeName & { score: number };

/**
 * Who is left pointing at nothing when an old node's reference goes: on the new side, every link
 * still naming the old reference (a deliverable's `advances`, another node's `refs`); and the old
 * side's dependents whose documents the new side does not hold (nothing says they were re-pointed).
 * When the old reference still resolves on the new side (two documents of one project compared),
 * nothing dangles, and a removed node is counted as before: its old side's dependents that continue.
 */
export function brokenBy(facts: DiffFacts, node: PlanNode, suggestion: Suggestion | undefined, removed: ReadonlySet<string> = new Set()): Affected[] {
  const repoint = suggestion ? { suggestion } : {};
  const gone = !facts.newSide.graph.node(node.ref);
  if (!gone) return affectedByRemoval(facts, node, removed).map((a) => ({ ...a, ...repoint }));
  const affected = new Map<string, Affected>();
  const { graph } = facts.newSide;
  for (const edge of facts.dangling.get(node.ref) ?? []) {
    const from = graph.node(edge.from);
    if (!from) continue;
    const owner = edge.type === "advances" ? (deliverableOf(graph, from) ?? from) : from;
    if (!affected.has(owner.ref)) affected.set(owner.ref, { node: nameOf(owner), link: edge.type === "advances" ? "advances" : "refs", ...repoint });
  }
  for (const dependent of affectedByRemoval(facts, node, removed)) {
    const counterpart = facts.matching.oldToNew.get(dependent.node.ref) ?? dependent.node.ref;
    const document = facts.oldSide.graph.node(dependent.node.ref)?.document;
    if (affected.has(counterpart) || (document && graph.document(facts.matching.documents.get(document) ?? document))) continue;
    affected.set(counterpart, { ...dependent, ...repoint });
  }
  return [...affected.values()];
}

/** The node of the new side closest to an old node, preferring the document that continues its own. */
export function bestReplacement(facts: DiffFacts, node: PlanNode): Suggestion | undefined {
  const sameDocument = facts.matching.documents.get(node.document);
  const best = (sameDocument && facts.matching.bestNew(node, (candidate) => candidate.document === sameDocument)) || facts.matching.bestNew(node);
  return best && best.score > 0 ? { ...nameOf(best.node), score: best.score } : undefined;
}

/**
 * The old side's dependents of a node: deliverables advancing it, and links to it from nodes of the
 * old side that continue on the new side. Links from documents outside the comparison are not
 * counted: those documents still see the old version.
 */
export function affectedByRemoval(facts: DiffFacts, node: PlanNode, removed: ReadonlySet<string> = new Set()): Affected[] {
  const { graph } = facts.oldSide;
  const affected: Affected[] = deliverablesAdvancing(graph, node).map((d) => ({ node: nameOf(d), link: "advances" }));
  const seen = new Set(affected.map((a) => a.node.ref));
  for (const edge of graph.incoming(node.ref, "refs")) {
    const from = graph.node(edge.from);
    if (!from || removed.has(from.ref) || !facts.matching.oldToNew.has(from.ref) || seen.has(from.ref)) continue;
    seen.add(from.ref);
    affected.push({ node: nameOf(from), link: "refs" });
  }
  return affected;
}

/** The deliverables that advance a reworded node on the new side: their link still holds, but should be reviewed. */
export function suspectLinks(facts: DiffFacts, node: PlanNode): Affected[] {
  return deliverablesAdvancing(facts.newSide.graph, node).map((d) => ({ node: nameOf(d), link: "advances" }));
}

/**
 * Goals whose advancing deliverables differ between the sides (deliverables compared through their
 * pairs). A link to the other side's version of a goal counts for it, as `ogp coverage --strategy`
 * counts it (the same question, advancersOf with versions): comparing a draft with the approved
 * plan in one graph, the work plan's links to the approved goals are not "gained".
 */
export function coverageImpact(facts: DiffFacts): CoverageImpact[] {
  const { matching, oldSide, newSide } = facts;
  const impacts: CoverageImpact[] = [];
  const versions = versionsAcross(facts);
  const deliverables = (graph: PlanGraph, goal: PlanNode | undefined, key: (ref: string) => string) => {
    const found = new Map<string, NodeName>();
    if (!goal) return found;
    for (const path of advancersOf(graph, goal, undefined, { versions })) {
      const deliverable = graph.node(path.deliverable);
      if (deliverable) found.set(key(deliverable.ref), nameOf(deliverable));
    }
    return found;
  };
  const goals: [PlanNode | undefined, PlanNode | undefined][] = [];
  for (const u of matching.oldNodes) {
    const paired = matching.oldToNew.get(u.ref);
    const v = paired ? newSide.graph.node(paired) : undefined;
    if (u.type === "goal" || v?.type === "goal") goals.push([u, v]);
  }
  for (const v of matching.newNodes) if (v.type === "goal" && !matching.newToOld.has(v.ref)) goals.push([undefined, v]);
  for (const [u, v] of goals) {
    const before = deliverables(oldSide.graph, u, (ref) => matching.oldToNew.get(ref) ?? ref);
    const after = deliverables(newSide.graph, v, (ref) => ref);
    const gained = [...after].filter(([key]) => !before.has(key)).map(([, name]) => name);
    const lost = [...before].filter(([key]) => !after.has(key)).map(([, name]) => name);
    if (gained.length === 0 && lost.length === 0) continue;
    impacts.push({ goal: nameOf((v ?? u)!), before: before.size, after: after.size, gained, lost });
  }
  return impacts;
}

/**
 * The pairs as versions when both sides are documents of one graph, none on both sides (a draft
 * and the approved plan, say): then a link to one side's node is a link to a version of the other's.
 * Across two graphs (--git, two files) or within one document, each side counts its own links only.
 */
function versionsAcross({ matching, oldSide, newSide }: DiffFacts): VersionMap | undefined {
  if (oldSide.graph !== newSide.graph) return undefined;
  const oldDocuments = new Set(oldSide.documents.map((d) => d.id));
  if (newSide.documents.some((d) => oldDocuments.has(d.id))) return undefined;
  return new VersionMap(versionPairsOf(matching));
}
