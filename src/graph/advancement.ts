import type { PlanGraph } from "./graph.js";
import type { Edge, PlanDocument, PlanNode } from "./model.js";
import type { VersionMap, VersionPair } from "./versions.js";

// The graph's questions about work and goals, answered once: lint rules (uncovered-goal,
// advances-nothing, status-mismatch), coverage and diff's impact all ask here.

/**
 * How a deliverable reaches a node it is said to cover, strongest first:
 * - `direct`: the deliverable itself names the node;
 * - `action`: one of its actions names the node;
 * - `objective`: it (or an action) names a node beneath it (objective, strategy, approach nested under the goal);
 * - `approach`: it (or an action) names a strategic approach that `serves` the node or one beneath it.
 */
export type Via = "direct" | "action" | "objective" | "approach";

/** The ways of covering, strongest first: the order in which a report picks the one to show. */
export const VIA_ORDER: readonly Via[] = ["direct", "action", "objective", "approach"];

/** One way a deliverable advances a node: which link, written on which node, reaching which target. */
export interface AdvancePath {
  /** The deliverable's reference. */
  deliverable: string;
  via: Via;
  /** The deliverable or action the `advances` link is written on. */
  from: string;
  /** The node the link names (the node itself, a node beneath it, or a strategic approach). */
  target: string;
  /** For `approach`: the node beneath (or equal to) the covered node that the approach serves. */
  served?: string;
  /**
   * With `versions`, when the link names another version's node: the node of the measured tree the
   * path is carried onto (that `target` is a version of, or, for `approach`, whose version the
   * approach serves).
   */
  mappedTo?: string;
  /** With `mappedTo`: the pair of versions that carries the link over, and how it was made. */
  pair?: VersionPair;
  edge: Edge;
}

/** Options of `advancersOf`. */
export interface AdvancersOptions {
  /**
   * Also count links to other versions of a node (and approaches serving them), as these pairs
   * say, so that a workplan can be measured against a strategy other than its own and a diff can
   * compare two versions' coverage the same way (see graph/versions.ts).
   */
  versions?: VersionMap;
}

/** The strategy document a workplan implements (its resolved `strategy` link), if any. */
export function strategyOf(graph: PlanGraph, workplanId: string): PlanDocument | undefined {
  const [edge] = graph.outgoing(workplanId, "strategy");
  return edge?.resolved ? graph.document(edge.to) : undefined;
}

/** The `strategy` link of a workplan, resolved or not (for messages that point at it). */
export function strategyLink(graph: PlanGraph, workplanId: string): Edge | undefined {
  return graph.outgoing(workplanId, "strategy")[0];
}

/** The deliverable a node belongs to: itself when it is one, else its nearest deliverable ancestor. */
export function deliverableOf(graph: PlanGraph, node: PlanNode): PlanNode | undefined {
  for (let current: PlanNode | undefined = node; current; current = graph.parent(current)) {
    if (current.type === "deliverable") return current;
  }
  return undefined;
}

/** Every `advances` link written on a deliverable or on one of its actions (resolved or not), with the node it is written on. */
export function advancesOf(graph: PlanGraph, deliverable: PlanNode): { from: PlanNode; edge: Edge }[] {
  const links: { from: PlanNode; edge: Edge }[] = [];
  for (const node of graph.subtree(deliverable)) for (const edge of graph.outgoing(node.ref, "advances")) links.push({ from: node, edge });
  return links;
}

/**
 * Every path by which deliverables advance `node`: a resolved `advances` link to the node, to a node
 * beneath it, or to a strategic approach that serves either. With `deliverables`, only theirs count
 * (a workplan's own); without, any deliverable's. Paths come in graph order, deterministic.
 */
export function advancersOf(graph: PlanGraph, node: PlanNode, deliverables?: ReadonlySet<string>, options: AdvancersOptions = {}): AdvancePath[] {
  const paths: AdvancePath[] = [];
  const add = (target: PlanNode, via: (from: PlanNode) => Via, served?: string, mapped?: { to: string; pair: VersionPair }) => {
    for (const edge of graph.incoming(target.ref, "advances")) {
      const from = graph.node(edge.from);
      const deliverable = from && deliverableOf(graph, from);
      if (!from || !deliverable || (deliverables && !deliverables.has(deliverable.ref))) continue;
      paths.push({ deliverable: deliverable.ref, via: via(from), from: from.ref, target: target.ref, ...(served ? { served } : {}), ...(mapped ? { mappedTo: mapped.to, pair: mapped.pair } : {}), edge });
    }
  };
  // A node's own links, then (with versions) links to each version of it, as if written against it.
  const addNode = (beneath: PlanNode, via: (from: PlanNode) => Via) => {
    const versions = options.versions?.versionsOf(beneath.ref) ?? [];
    for (const target of [{ node: beneath, mapped: undefined }, ...versions.map((v) => ({ node: graph.node(v.ref), mapped: { to: beneath.ref, pair: v.pair } }))]) {
      if (!target.node) continue;
      add(target.node, via, undefined, target.mapped);
      for (const serves of graph.incoming(target.node.ref, "serves")) {
        const approach = graph.node(serves.from);
        if (approach) add(approach, () => "approach", beneath.ref, target.mapped);
      }
    }
  };
  for (const beneath of graph.subtree(node)) addNode(beneath, beneath === node ? (from) => (from.type === "deliverable" ? "direct" : "action") : () => "objective");
  return paths;
}

/**
 * The plan's reason for leaving a goal or objective to no deliverable (`coverage: { justified }`):
 * coverage counts such a goal as covered and shows it apart (a lint rule may skip it too).
 */
export function coverageJustification(node: PlanNode): { justified?: string } {
  const reason = (node.data.coverage as { justified?: unknown } | undefined)?.justified;
  return typeof reason === "string" && reason.trim() ? { justified: reason.trim() } : {};
}

/** The strongest of several ways of covering (direct > action > objective > approach). */
export function strongestVia(paths: readonly AdvancePath[]): Via | undefined {
  let best: Via | undefined;
  for (const path of paths) if (best === undefined || VIA_ORDER.indexOf(path.via) < VIA_ORDER.indexOf(best)) best = path.via;
  return best;
}

/**
 * The deliverables that advance each node, found once per graph: asking "does this workplan advance
 * this goal?" for every workplan would otherwise walk every workplan's links each time (workplans
 * times links: quadratic in the corpus). A graph is built once and not changed afterwards.
 */
const advancingDeliverables = new WeakMap<PlanGraph, Map<string, Set<string>>>();

/** Whether any of the given deliverables advances the node, through any path. */
export function isAdvanced(graph: PlanGraph, node: PlanNode, deliverables?: ReadonlySet<string>): boolean {
  if (!deliverables) return advancersOf(graph, node).length > 0;
  let byNode = advancingDeliverables.get(graph);
  if (!byNode) advancingDeliverables.set(graph, (byNode = new Map()));
  let advancing = byNode.get(node.ref);
  if (!advancing) byNode.set(node.ref, (advancing = new Set(advancersOf(graph, node).map((p) => p.deliverable))));
  const [fewer, more] = advancing.size <= deliverables.size ? [advancing, deliverables] : [deliverables, advancing];
  for (const ref of fewer) if (more.has(ref)) return true;
  return false;
}

/** The references of a workplan's deliverables, inline or in files of their own. */
export function deliverableRefsOf(graph: PlanGraph, workplanId: string): Set<string> {
  return new Set(graph.deliverablesOf(workplanId).map((d) => d.ref));
}
