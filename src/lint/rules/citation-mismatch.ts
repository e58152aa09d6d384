import { contentWords } from "../../core/words.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { PlanNode } from "../../graph/model.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";
import { itemAt } from "../../core/item-at.js";

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
  ({ project: { graph }, addFinding }) => {
    // Word bags and word indexes per (document, kind), built once per run.
    const pools = new Map<string, Pool>();
    for (const node of graph.nodes.values()) {
      if (!CITING_TYPES.has(node.type) || !node.title) continue;
      const cited = graph.outgoing(node.ref, "refs").filter((e) => e.resolved);
      const citedRefs = new Set(cited.map((e) => e.to));
      const query = contentWords(node.title ?? "");
      for (const edge of cited) {
        const target = graph.node(edge.to);
        // A cited node without text (a heading outside an excerpt) gives nothing to compare with.
        if (!target || !edge.at || (!target.title && !target.description)) continue;
        const pool = poolOf(graph, pools, target);
        const { scores, best: bestRef, bestScore: best } = weigh(pool, query, target.ref);
        const own = scores.get(target.ref) ?? 0;
        if (bestRef === target.ref || citedRefs.has(bestRef) || best < MIN_RATIO * own) continue;
        const extra = [...query].filter((w) => pool.bags.get(bestRef)!.has(w) && !pool.bags.get(target.ref)!.has(w));
        if (extra.length < MIN_EXTRA_WORDS) continue;
        const better = graph.node(bestRef)!;
        addFinding("mismatch", { item: nodeName(node), cited: nodeName(target), better: nodeName(better), suggestion: better.label ?? better.ref }, edge.at, [
          { at: { file: better.file, path: better.path }, messageId: "betterMatch", data: {} },
        ]);
      }
    }
  },
);

/** The nodes of one kind in one document that a citation may mean, with their word bags, built once per run. */
interface Pool {
  candidates: PlanNode[];
  bags: Map<string, Set<string>>;
  /** For each word, the indexes of the candidates whose bag holds it. */
  holders: Map<string, number[]>;
}

function poolOf(graph: PlanGraph, pools: Map<string, Pool>, target: PlanNode): Pool {
  const key = `${target.document}\0${target.type}`;
  let pool = pools.get(key);
  if (!pool) {
    const candidates = graph.document(target.document)!.nodes.filter((n) => n.type === target.type);
    const bags = new Map(candidates.map((c) => [c.ref, contentWords(`${c.title ?? ""} ${c.description ?? ""}`)]));
    const holders = new Map<string, number[]>();
    candidates.forEach((c, i) => {
      for (const word of bags.get(c.ref)!) {
        const list = holders.get(word);
        if (list) list.push(i);
        else holders.set(word, [i]);
      }
    });
    pools.set(key, (pool = { candidates, bags, holders }));
  }
  return pool;
}

/**
 * How strongly the citing item's words point at each node of the cited node's kind in that
 * document: shared words weighted by how rare they are among those nodes (inverse document
 * frequency). Only candidates sharing a word are scored (the others score 0), through the
 * word index, so many citations cost in proportion to the words they share, not to every node.
 * The best is the highest score, the earliest candidate on ties, as a stable sort would give.
 */
function weigh(pool: Pool, query: Set<string>, targetRef: string): { scores: Map<string, number>; best: string; bestScore: number } {
  const { candidates, holders } = pool;
  const sums = new Map<number, number>();
  for (const word of query) {
    const holding = holders.get(word);
    if (!holding) continue;
    const weight = Math.log(candidates.length / holding.length);
    for (const i of holding) sums.set(i, (sums.get(i) ?? 0) + weight);
  }
  const scores = new Map<string, number>();
  let bestIndex = candidates.length > 0 ? 0 : -1;
  let bestScore = 0;
  for (const [i, score] of sums) {
    scores.set(itemAt(candidates, i).ref, score);
    if (score > bestScore || (score === bestScore && i < bestIndex)) [bestIndex, bestScore] = [i, score];
  }
  return { scores, best: candidates[bestIndex]?.ref ?? targetRef, bestScore };
}
