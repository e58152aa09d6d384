import type { Finding } from "../../core/problem.js";
import { didYouMean } from "../../core/suggest.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { Edge, PlanNode } from "../../graph/model.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "unresolved-ref",
  defaultSeverity: "error",
  description: "A link (advances, refs, derivedFrom, serves, strategy, workplan) names a document or node that does not exist.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    const lookups = new Lookups(graph);
    for (const edge of graph.edges) {
      if (edge.resolved || !edge.at) continue;
      findings.push({ rule: rule.id, message: explain(graph, edge, lookups), at: edge.at });
    }
    return findings;
  },
});
export default rule;

/** References cross files: linting one file alone cannot resolve links into the others. */
const MISSING_FILE_HINT = "; if it is defined in another file, lint that file too (or the whole plans folder)";

function documentOf(graph: PlanGraph, edge: Edge): string {
  return graph.nodes.get(edge.from)?.document ?? edge.from;
}

/** Most suggestions a run computes in full; past this budget of edit distances, hints are left out, so many broken references stay linear. */
const SUGGESTION_BUDGET = 5_000_000;

/**
 * What explaining many broken references needs, built once per run rather than once per reference:
 * the document ids, each document's node ids, the nodes by id, and remembered suggestions.
 */
class Lookups {
  readonly documentIds: string[];
  private readonly localIds = new Map<string, string[]>();
  private nodesById?: Map<string, PlanNode[]>;
  private readonly suggestions = new Map<string, string>();
  private budget = SUGGESTION_BUDGET;

  constructor(private readonly graph: PlanGraph) {
    this.documentIds = [...graph.documents.keys()];
  }

  idsOf(document: string): string[] {
    let ids = this.localIds.get(document);
    if (!ids) this.localIds.set(document, (ids = this.graph.documents.get(document)?.nodes.map((n) => n.id) ?? []));
    return ids;
  }

  withId(id: string): PlanNode[] {
    if (!this.nodesById) {
      this.nodesById = new Map();
      for (const node of this.graph.nodes.values()) {
        const same = this.nodesById.get(node.id);
        if (same) same.push(node);
        else this.nodesById.set(node.id, [node]);
      }
    }
    return this.nodesById.get(id) ?? [];
  }

  /** didYouMean, remembered per (candidate list, value) and bounded by the run's budget. */
  didYouMean(value: string, candidates: string[], among: string): string {
    const key = `${among}\0${value}`;
    let hint = this.suggestions.get(key);
    if (hint === undefined) {
      if (this.budget < candidates.length) return "";
      this.budget -= candidates.length;
      hint = didYouMean(value, candidates);
      this.suggestions.set(key, hint);
    }
    return hint;
  }
}

function explain(graph: PlanGraph, edge: Edge, lookups: Lookups): string {
  const written = edge.written;
  const documentIds = lookups.documentIds;
  if ((edge.type === "strategy" || edge.type === "workplan") && written.includes("/") && graph.documents.has(written.slice(0, written.indexOf("/")))) {
    return `'${edge.type}' names '${written}', a node reference; it takes a document id: '${written.slice(0, written.indexOf("/"))}'`;
  }
  if (edge.type === "strategy" || edge.type === "workplan") {
    return `'${edge.type}' names '${written}', but no loaded document has that id${lookups.didYouMean(written, documentIds, "") || MISSING_FILE_HINT}`;
  }
  const slash = written.indexOf("/");
  if (slash >= 0) {
    const documentId = written.slice(0, slash);
    const nodeId = written.slice(slash + 1);
    const target = graph.documents.get(documentId);
    if (!target) return `unresolved reference '${written}': no loaded document '${documentId}'${lookups.didYouMean(documentId, documentIds, "") || MISSING_FILE_HINT}`;
    return `unresolved reference '${written}': document '${documentId}' has no node '${nodeId}'${lookups.didYouMean(nodeId, lookups.idsOf(documentId), `/${documentId}`)}`;
  }
  const home = documentOf(graph, edge);
  const elsewhere = lookups.withId(written).filter((n) => n.document !== home).map((n) => n.ref);
  const hint = elsewhere.length > 0 ? `; to link to another document write ${elsewhere.slice(0, 3).map((r) => `'${r}'`).join(" or ")}` : lookups.didYouMean(written, lookups.idsOf(home), `/${home}`);
  return `unresolved reference '${written}': document '${home}' has no node '${written}' (a bare id refers to the same document)${hint}`;
}
