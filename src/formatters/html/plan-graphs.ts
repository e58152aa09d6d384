import { wrapWords } from "../../core/fit-text.js";
import { advancersOf, strongestVia, type AdvancePath } from "../../graph/advancement.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { PlanDocument, PlanNode } from "../../graph/model.js";
import { caption } from "../../graph/naming.js";
import { dotQuote } from "../dot.js";

// The report's graphs as Graphviz sources: one per document and one per goal, each small enough to
// read (one graph of everything helps nobody). All graphs share a budget of nodes, so a few
// documents are drawn whole while a hundred workplans get a sketch each: over its cap, a graph keeps
// the nodes nearest its root and says how many it left out. That keeps a 10,000-deliverable
// corpus's report within its size budget and its layout within seconds.

export interface GraphSource {
  /** Stable id of the graph in the page ('doc:<id>' or 'goal:<ref>'). */
  id: string;
  kind: "document" | "goal";
  title: string;
  dot: string;
  /** What the graph leaves out, if anything. */
  note?: string;
}

/** Nodes drawn over all graphs of a report, shared out evenly. */
export const GRAPH_NODE_BUDGET = 3000;
/** Bounds of one graph's share: small enough to read, large enough to be worth drawing. */
const GRAPH_CAP_RANGE = [16, 160] as const;

export function planGraphs(graph: PlanGraph): GraphSource[] {
  const documents = [...graph.documents.values()];
  const goals = documents.filter((d) => d.kind === "strategy").flatMap((d) => graph.roots(d.id).filter((n) => n.type === "goal"));
  const cap = Math.min(GRAPH_CAP_RANGE[1], Math.max(GRAPH_CAP_RANGE[0], Math.floor(GRAPH_NODE_BUDGET / Math.max(1, documents.length + goals.length))));
  return [...documents.map((d) => documentGraph(graph, d, cap)), ...goals.map((g) => goalGraph(graph, g, cap))];
}

/** A document's tree (containment) and the links between its own nodes (serves, refs, derivedFrom). */
function documentGraph(graph: PlanGraph, document: PlanDocument, cap: number): GraphSource {
  const kept = document.nodes.filter((n) => n.ref !== document.id).sort((a, b) => a.depth - b.depth).slice(0, cap);
  const keep = new Set(kept.map((n) => n.ref));
  const lines = header();
  lines.push(`  ${dotQuote(document.id)} [shape=folder, class="t-document", label=${dotQuote(wrapText(document.title ?? document.id))}];`);
  for (const node of document.nodes) if (keep.has(node.ref)) lines.push(nodeLine(node));
  const parentOf = (node: PlanNode) => (node.parent && keep.has(node.parent) ? node.parent : document.id);
  const staggered = staggeredLeaves(kept, parentOf);
  for (const node of document.nodes) {
    if (!keep.has(node.ref)) continue;
    const minlen = staggered.get(node.ref);
    lines.push(`  ${dotQuote(parentOf(node))} -> ${dotQuote(node.ref)} [class="e-contains"${minlen ? `, minlen=${minlen}` : ""}];`);
    for (const edge of graph.outgoing(node.ref)) {
      if (edge.type !== "contains" && edge.resolved && keep.has(edge.to)) lines.push(`  ${dotQuote(node.ref)} -> ${dotQuote(edge.to)} [class="e-${edge.type}", style=dashed, constraint=false, label=${dotQuote(edge.type)}];`);
    }
  }
  const left = document.nodes.length - (document.nodes.some((n) => n.ref === document.id) ? 1 : 0) - kept.length;
  lines.push("}");
  return {
    id: `doc:${document.id}`,
    kind: "document",
    title: `${document.title ?? document.id} (${document.kind})`,
    dot: lines.join("\n"),
    ...(left > 0 ? { note: `The first ${kept.length} nodes by depth are drawn; ${left} more are not (search for them, or open a goal's graph).` } : {}),
  };
}

/** A parent with more leaves than this has them spread over STAGGER columns. */
const STAGGER_FROM = 8;
const STAGGER = 4;

/**
 * Graphviz's `unflatten -l`: a parent with many leaf children (the 2015 strategy's 37 values) would
 * draw them as one column as tall as the page; giving their edges lengths 1 to STAGGER in turn
 * spreads them over several columns. Returns the edge length of each staggered leaf.
 */
export function staggeredLeaves(nodes: readonly PlanNode[], parentOf: (node: PlanNode) => string): Map<string, number> {
  const drawn = new Set(nodes.map((n) => n.ref));
  const leavesOf = new Map<string, PlanNode[]>();
  for (const node of nodes) {
    if (node.children.some((child) => drawn.has(child))) continue;
    const parent = parentOf(node);
    leavesOf.set(parent, [...(leavesOf.get(parent) ?? []), node]);
  }
  const lengths = new Map<string, number>();
  for (const leaves of leavesOf.values()) {
    if (leaves.length <= STAGGER_FROM) continue;
    leaves.forEach((leaf, i) => lengths.set(leaf.ref, 1 + (i % STAGGER)));
  }
  return lengths;
}

/** A goal, what lies beneath it, the approaches that serve it and the deliverables that advance it, by workplan. */
function goalGraph(graph: PlanGraph, goal: PlanNode, cap: number): GraphSource {
  // Half the share for the goal's own tree, the rest (at least) for the deliverables.
  const subtree = [...graph.subtree(goal)].filter((n) => n.type === "goal" || n.type === "objective").slice(0, Math.ceil(cap / 2));
  const inTree = new Set(subtree.map((n) => n.ref));
  const paths = advancersOf(graph, goal);
  const byDeliverable = new Map<string, AdvancePath[]>();
  for (const path of paths) byDeliverable.set(path.deliverable, [...(byDeliverable.get(path.deliverable) ?? []), path]);
  const deliverables = [...byDeliverable.keys()].slice(0, Math.max(1, cap - subtree.length));
  const lines = header();
  for (const node of subtree) lines.push(nodeLine(node, node === goal && paths.length === 0 ? "hole" : undefined));
  for (const node of subtree) if (node !== goal && node.parent && inTree.has(node.parent)) lines.push(`  ${dotQuote(node.parent)} -> ${dotQuote(node.ref)} [class="e-contains"];`);
  const approaches = new Set<string>();
  const byWorkplan = new Map<string, string[]>();
  for (const ref of deliverables) {
    const deliverable = graph.node(ref)!;
    const workplan = graph.outgoing(deliverable.document, "workplan")[0]?.to ?? deliverable.document;
    byWorkplan.set(workplan, [...(byWorkplan.get(workplan) ?? []), ref]);
  }
  let cluster = 0;
  for (const [workplan, refs] of byWorkplan) {
    lines.push(`  subgraph cluster_${cluster++} {`, `    label=${dotQuote(graph.document(workplan)?.title ?? workplan)}; class="workplan"; style=rounded; color="#999999";`);
    for (const ref of refs) lines.push(`  ${nodeLine(graph.node(ref)!)}`);
    lines.push("  }");
  }
  for (const ref of deliverables) {
    const mine = byDeliverable.get(ref)!;
    for (const target of new Set(mine.map((p) => p.target))) {
      const via = strongestVia(mine.filter((p) => p.target === target))!;
      const node = graph.node(target)!;
      if (via === "approach" && !approaches.has(target)) {
        approaches.add(target);
        lines.push(nodeLine(node));
        for (const served of new Set(mine.filter((p) => p.target === target).map((p) => p.served!))) lines.push(`  ${dotQuote(target)} -> ${dotQuote(inTree.has(served) ? served : goal.ref)} [class="e-serves", label="serves", style=dashed];`);
      }
      if (!inTree.has(target) && !approaches.has(target)) continue;
      lines.push(`  ${dotQuote(ref)} -> ${dotQuote(target)} [class="e-${via}", label=${dotQuote(via)}];`);
    }
  }
  lines.push("}");
  const left = byDeliverable.size - deliverables.length;
  return {
    id: `goal:${goal.ref}`,
    kind: "goal",
    title: `${goal.label ? `Goal ${goal.label}: ` : ""}${goal.title ?? goal.ref} (${goal.document})`,
    dot: lines.join("\n"),
    ...(left > 0 ? { note: `${deliverables.length} of the ${byDeliverable.size} deliverables that advance this goal are drawn; the heatmap lists them all.` } : {}),
  };
}

function header(): string[] {
  return ["digraph {", "  rankdir=LR; bgcolor=transparent;", '  node [shape=box, style=filled, fillcolor=white, fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=8, color="#555555"];'];
}

function nodeLine(node: PlanNode, extraClass?: string): string {
  return `  ${dotQuote(node.ref)} [class=${dotQuote(`t-${node.type}${extraClass ? ` ${extraClass}` : ""}`)}, label=${dotQuote(wrapText(caption(node, { untitled: node.id })))}];`;
}

/** Wraps a caption into at most three lines of about 30 characters, shortening the rest. */
export function wrapText(text: string, width = 30, maxLines = 3): string {
  const lines = wrapWords(text.replace(/\s+/g, " ").trim(), { first: width });
  const last = lines[maxLines - 1];
  if (lines.length > maxLines && last !== undefined) lines.splice(maxLines - 1, lines.length, `${last.slice(0, width - 1)}…`);
  return lines.join("\n");
}

