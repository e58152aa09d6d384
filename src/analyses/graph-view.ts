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

export interface GraphScope {
  /** Only this document's nodes (and the document itself). */
  document?: string;
  /** Only nodes at most this many levels below the top of their document (0: top-level nodes). */
  depth?: number;
}

/** Part of the graph, for renderers with a size limit: the chosen document and depth, and the links among what is kept. */
export function scopeGraphView(view: GraphView, scope: GraphScope): GraphView {
  if (scope.document === undefined && scope.depth === undefined) return view;
  const parents = new Map(view.nodes.map((n) => [n.ref, n.parent]));
  const depthOf = (ref: string): number => {
    let depth = 0;
    for (let parent = parents.get(ref); parent; parent = parents.get(parent)) depth++;
    return depth;
  };
  const documents = view.documents.filter((d) => scope.document === undefined || d.id === scope.document);
  const documentIds = new Set(documents.map((d) => d.id));
  const nodes = view.nodes.filter((n) => documentIds.has(n.document) && (scope.depth === undefined || depthOf(n.ref) <= scope.depth));
  const kept = new Set([...documentIds, ...nodes.map((n) => n.ref)]);
  return { documents, nodes, edges: view.edges.filter((e) => kept.has(e.from) && kept.has(e.to)) };
}
