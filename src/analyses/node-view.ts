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
function bareIdRef(project: Project, written: string): string {
  const { graph } = project;
  if (written.includes("/") || graph.node(written) || graph.document(written)) return unambiguous(project, written);
  const candidates = [...graph.nodes.values()].filter((n) => n.id === written).map((n) => n.ref);
  const [first] = candidates;
  if (candidates.length === 1 && first) return first;
  // The same id twice in one document: one reference names both.
  if (first && candidates.length > 1 && new Set(candidates.map((ref) => ref.replace(/~\d+$/, ""))).size === 1) return unambiguous(project, first.replace(/~\d+$/, ""));
  if (candidates.length > 1) throw new UsageError(`'${written}' is a node id in ${candidates.length} places; name one: ${candidates.map((ref) => placed(project, ref)).join(", ")}`);
  return written;
}

/** A node and its place, for a message that lists several: `strategy/reach (plans/strategy.yaml:8:5)`. */
function placed({ graph, index }: Project, ref: string): string {
  const at = graph.location(ref);
  if (!at) return ref;
  const { line, column } = index.position(at);
  return `${ref} (${at.file}:${line}:${column})`;
}

/**
 * A reference that names one node only: the graph keeps a node whose id is used twice in one
 * document (or in two files with the same document id) under a suffixed ref (`~2`), and showing
 * the first silently would hide the second.
 */
function unambiguous(project: Project, ref: string): string {
  const { graph } = project;
  if (!graph.node(ref)) return ref;
  const same = [ref];
  for (let suffix = 2; graph.node(`${ref}~${suffix}`); suffix++) same.push(`${ref}~${suffix}`);
  if (same.length === 1) return ref;
  throw new UsageError(`'${ref}' names ${same.length} nodes (its id is used twice): ${same.map((r) => placed(project, r)).join(", ")}; give each its own id ('ogp lint' reports it as duplicate-id)`);
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
