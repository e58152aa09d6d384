import { didYouMean } from "../core/suggest.js";
import { UsageError } from "../core/errors.js";
import type { PlanGraph } from "../graph/graph.js";
import type { Edge, PlanNode } from "../graph/model.js";

export interface NodeSummary {
  ref: string;
  type: string;
  label?: string;
  title?: string;
}

export interface LinkView {
  type: string;
  ref: string;
  resolved: boolean;
  node?: NodeSummary;
  cite?: string;
}

/** One node with its surroundings, for `ogp show`. */
export interface NodeView {
  node: NodeSummary & { document: string; documentTitle?: string; description?: string; file: string; path: (string | number)[] };
  parent?: NodeSummary;
  children: NodeSummary[];
  outgoing: LinkView[];
  incoming: LinkView[];
}

export function summarize(node: PlanNode): NodeSummary {
  return { ref: node.ref, type: node.type, ...(node.label ? { label: node.label } : {}), ...(node.title ? { title: node.title } : {}) };
}

/** Finds a node by reference; an unknown reference is a usage error with the nearest references suggested. */
export function nodeView(graph: PlanGraph, ref: string): NodeView {
  const node = graph.node(ref);
  if (!node && graph.document(ref)) return documentView(graph, ref);
  if (!node) throw new UsageError(`no node or document '${ref}' in the loaded plans${didYouMean(ref, [...graph.nodes.keys(), ...graph.documents.keys()])}`);
  const link = (edge: Edge, other: string): LinkView => {
    const target = graph.node(other);
    return { type: edge.type, ref: other, resolved: edge.resolved, ...(target ? { node: summarize(target) } : {}), ...(edge.cite ? { cite: edge.cite } : {}) };
  };
  const parent = graph.parent(node);
  return {
    node: {
      ...summarize(node),
      document: node.document,
      ...(graph.document(node.document)?.title ? { documentTitle: graph.document(node.document)!.title } : {}),
      ...(node.description ? { description: node.description } : {}),
      file: node.file,
      path: [...node.path],
    },
    ...(parent ? { parent: summarize(parent) } : {}),
    children: graph.children(node).map(summarize),
    outgoing: graph.outgoing(node.ref).filter((e) => e.type !== "contains").map((e) => link(e, e.to)),
    incoming: graph.incoming(node.ref).filter((e) => e.type !== "contains").map((e) => link(e, e.from)),
  };
}

/** A strategy or workplan document shown like a node: its top-level nodes as children, its document links. */
function documentView(graph: PlanGraph, id: string): NodeView {
  const document = graph.document(id)!;
  const link = (edge: Edge, other: string): LinkView => ({ type: edge.type, ref: other, resolved: edge.resolved, ...(edge.cite ? { cite: edge.cite } : {}) });
  const period = document.period ? ` (${document.period.start ?? "?"} to ${document.period.end ?? "?"})` : "";
  return {
    node: {
      ref: id,
      type: `${document.kind} document`,
      ...(document.title ? { title: document.title } : {}),
      document: id,
      description: `${document.status ?? "no status"}${period}${typeof document.data.description === "string" ? `\n\n${document.data.description}` : ""}`,
      file: document.file,
      path: [],
    },
    children: graph.roots(id).map(summarize),
    outgoing: graph.outgoing(id).filter((e) => e.type !== "contains").map((e) => link(e, e.to)),
    incoming: graph.incoming(id).filter((e) => e.type !== "contains").map((e) => link(e, e.from)),
  };
}
