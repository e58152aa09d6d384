import type { PlanGraph } from "../graph/graph.js";
import type { EdgeType, NodeType } from "../graph/model.js";

/** The graph as the `ogp graph` JSON contract shapes it. */
export interface GraphView {
  documents: { id: string; kind: string; title: string | null; status: string | null; file: string }[];
  nodes: { ref: string; document: string; type: NodeType; label: string | null; title: string | null; parent: string | null }[];
  edges: { from: string; to: string; type: EdgeType }[];
}

/** Every document, node and resolved link (unresolved ones are lint's to report, not the graph's to show). */
export function graphView(graph: PlanGraph): GraphView {
  return {
    documents: [...graph.documents.values()].map((d) => ({ id: d.id, kind: d.kind, title: d.title ?? null, status: d.status ?? null, file: d.file })),
    nodes: [...graph.documents.values()].flatMap((d) =>
      d.nodes.map((n) => ({ ref: n.ref, document: n.document, type: n.type, label: n.label ?? null, title: n.title ?? null, parent: n.parent ?? null })),
    ),
    edges: graph.edges.filter((e) => e.resolved).map((e) => ({ from: e.from, to: e.to, type: e.type })),
  };
}
