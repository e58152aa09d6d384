import { didYouMean } from "../core/suggest.js";
import { UsageError } from "../core/errors.js";
import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import type { Project } from "../project/open.js";

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
  node: NodeSummary & { document: string; documentTitle?: string; description?: string; file: string; path: (string | number)[]; line: number; column: number };
  parent?: NodeSummary;
  children: NodeSummary[];
  outgoing: LinkView[];
  incoming: LinkView[];
}

export function summarize(node: PlanNode): NodeSummary {
  return { ref: node.ref, type: node.type, ...(node.label ? { label: node.label } : {}), ...(node.title ? { title: node.title } : {}) };
}

/**
 * A bare node id ('civic-space') names the one node with that id in any document; when several
 * documents have it, the user picks: the error lists every candidate's reference.
 */
function bareIdRef({ graph }: Project, written: string): string {
  if (written.includes("/") || graph.node(written) || graph.document(written)) return written;
  const candidates = [...graph.nodes.values()].filter((n) => n.id === written).map((n) => n.ref);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) throw new UsageError(`'${written}' is a node id in ${candidates.length} places; name one: ${candidates.join(", ")}`);
  return written;
}

/** Links of a node or document in both directions, containment left out (it is parent and children). */
function linksOf(graph: PlanGraph, ref: string): Pick<NodeView, "outgoing" | "incoming"> {
  const view = (type: string, other: string, resolved: boolean, cite: string | undefined): LinkView => {
    const target = graph.node(other);
    return { type, ref: other, resolved, ...(target ? { node: summarize(target) } : {}), ...(cite ? { cite } : {}) };
  };
  return {
    outgoing: graph.outgoing(ref).filter((e) => e.type !== "contains").map((e) => view(e.type, e.to, e.resolved, e.cite)),
    incoming: graph.incoming(ref).filter((e) => e.type !== "contains").map((e) => view(e.type, e.from, e.resolved, e.cite)),
  };
}

/**
 * One node, or a strategy or workplan document shown like one, with where it is written.
 * An unknown reference is a usage error with the nearest references suggested.
 */
export function nodeView(project: Project, written: string): NodeView {
  const { graph, index } = project;
  const ref = bareIdRef(project, written);
  const node = graph.node(ref);
  const document = node ? undefined : graph.document(ref);
  if (!node && !document) throw new UsageError(`no node or document '${ref}' in the loaded plans${didYouMean(ref, [...graph.nodes.keys(), ...graph.documents.keys()])}`);
  const at = graph.location(ref)!;
  const { line, column } = index.position(at);
  const where = { file: at.file, path: [...(at.path ?? [])], line, column };
  if (node) {
    const parent = graph.parent(node);
    const documentTitle = graph.document(node.document)?.title;
    return {
      node: { ...summarize(node), document: node.document, ...(documentTitle ? { documentTitle } : {}), ...(node.description ? { description: node.description } : {}), ...where },
      ...(parent ? { parent: summarize(parent) } : {}),
      children: graph.children(node).map(summarize),
      ...linksOf(graph, ref),
    };
  }
  const period = document!.period ? ` (${document!.period.start ?? "?"} to ${document!.period.end ?? "?"})` : "";
  const text = typeof document!.data.description === "string" ? `\n\n${document!.data.description}` : "";
  return {
    node: { ref, type: `${document!.kind} document`, ...(document!.title ? { title: document!.title } : {}), document: ref, description: `${document!.status ?? "no status"}${period}${text}`, ...where },
    // What the document contains: its top-level nodes and, for a workplan, deliverables written in files of their own.
    children: graph.outgoing(ref, "contains").map((edge) => graph.node(edge.to)).filter((n): n is NonNullable<typeof n> => n !== undefined).map(summarize),
    ...linksOf(graph, ref),
  };
}
