import { contentWords } from "../../core/words.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { PlanNode } from "../../graph/model.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

/** Summary items that cite by number ("[See strategic goal 2.2]"), where a wrong number is easy to make and hard to see. */
const CITING_TYPES = new Set(["box-item", "shift", "precondition"]);
/**
 * Before we speak, the other node must share at least twice the weight of distinctive words with
 * the item, and at least three words that the cited node does not share: one or two words in
 * common are chance.
 */
const MIN_RATIO = 2;
const MIN_EXTRA_WORDS = 3;

export default defineRule(
  {
    id: "citation-mismatch",
    defaultSeverity: "warning",
    description: "A summary item (a box item, key shift or pre-condition) cites a node by number, but its words match another node of the same kind much better: the number is probably wrong.",
    messages: {
      mismatch: "{{item}} cites {{cited}}, but its words match {{better}} far better; check the citation (did you mean '{{suggestion}}'?)",
      betterMatch: "the better match",
    },
  },
  ({ project: { graph }, report }) => {
    for (const node of graph.nodes.values()) {
      if (!CITING_TYPES.has(node.type) || !node.title) continue;
      const cited = graph.outgoing(node.ref, "refs").filter((e) => e.resolved);
      const citedRefs = new Set(cited.map((e) => e.to));
      for (const edge of cited) {
        const target = graph.node(edge.to);
        // A cited node without text (a heading outside an excerpt) gives nothing to compare with.
        if (!target || !edge.at || (!target.title && !target.description)) continue;
        const { scores, bags, query } = weigh(graph, node, target);
        const own = scores.get(target.ref) ?? 0;
        const [bestRef, best] = [...scores].sort((a, b) => b[1] - a[1])[0] ?? [target.ref, own];
        if (bestRef === target.ref || citedRefs.has(bestRef) || best < MIN_RATIO * own) continue;
        const extra = [...query].filter((w) => bags.get(bestRef)!.has(w) && !bags.get(target.ref)!.has(w));
        if (extra.length < MIN_EXTRA_WORDS) continue;
        const better = graph.node(bestRef)!;
        report("mismatch", { item: nodeName(node), cited: nodeName(target), better: nodeName(better), suggestion: better.label ?? better.ref }, edge.at, [
          { at: { file: better.file, path: better.path }, messageId: "betterMatch", data: {} },
        ]);
      }
    }
  },
);

/**
 * How strongly the citing item's words point at each node of the cited node's kind in that
 * document: shared words weighted by how rare they are among those nodes (inverse document frequency).
 */
function weigh(graph: PlanGraph, citing: PlanNode, target: PlanNode): { scores: Map<string, number>; bags: Map<string, Set<string>>; query: Set<string> } {
  const candidates = graph.document(target.document)!.nodes.filter((n) => n.type === target.type);
  const bags = new Map(candidates.map((c) => [c.ref, contentWords(`${c.title ?? ""} ${c.description ?? ""}`)]));
  const frequency = new Map<string, number>();
  for (const bag of bags.values()) for (const word of bag) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const query = contentWords(citing.title ?? "");
  const scores = new Map<string, number>();
  for (const [ref, bag] of bags) {
    let score = 0;
    for (const word of query) if (bag.has(word)) score += Math.log(candidates.length / frequency.get(word)!);
    scores.set(ref, score);
  }
  return { scores, bags, query };
}
