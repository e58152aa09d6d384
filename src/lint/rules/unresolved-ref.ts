import type { Finding } from "../../core/problem.js";
import { didYouMean } from "../../core/suggest.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { Edge } from "../../graph/model.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "unresolved-ref",
  defaultSeverity: "error",
  description: "A link (advances, refs, derivedFrom, serves, strategy, workplan) names a document or node that does not exist.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const edge of graph.edges) {
      if (edge.resolved || !edge.at) continue;
      findings.push({ rule: rule.id, message: explain(graph, edge), at: edge.at });
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

function explain(graph: PlanGraph, edge: Edge): string {
  const written = edge.written;
  const documentIds = [...graph.documents.keys()];
  if ((edge.type === "strategy" || edge.type === "workplan") && written.includes("/") && graph.documents.has(written.slice(0, written.indexOf("/")))) {
    return `'${edge.type}' names '${written}', a node reference; it takes a document id: '${written.slice(0, written.indexOf("/"))}'`;
  }
  if (edge.type === "strategy" || edge.type === "workplan") {
    return `'${edge.type}' names '${written}', but no loaded document has that id${didYouMean(written, documentIds) || MISSING_FILE_HINT}`;
  }
  const slash = written.indexOf("/");
  if (slash >= 0) {
    const documentId = written.slice(0, slash);
    const nodeId = written.slice(slash + 1);
    const target = graph.documents.get(documentId);
    if (!target) return `unresolved reference '${written}': no loaded document '${documentId}'${didYouMean(documentId, documentIds) || MISSING_FILE_HINT}`;
    const ids = target.nodes.map((n) => n.id);
    return `unresolved reference '${written}': document '${documentId}' has no node '${nodeId}'${didYouMean(nodeId, ids)}`;
  }
  const home = documentOf(graph, edge);
  const local = graph.documents.get(home)?.nodes.map((n) => n.id) ?? [];
  const elsewhere = [...graph.nodes.values()].filter((n) => n.id === written && n.document !== home).map((n) => n.ref);
  const hint = elsewhere.length > 0 ? `; to link to another document write ${elsewhere.slice(0, 3).map((r) => `'${r}'`).join(" or ")}` : didYouMean(written, local);
  return `unresolved reference '${written}': document '${home}' has no node '${written}' (a bare id refers to the same document)${hint}`;
}
