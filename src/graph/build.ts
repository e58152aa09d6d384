import type { DocPath } from "../core/problem.js";
import type { DocumentKind } from "../validate/validate.js";
import { PlanGraph } from "./graph.js";
import type { EdgeType, NodeType, Period, PlanDocument, PlanNode } from "./model.js";

/** A parsed plan file that is to join the graph. The data need not be schema-valid: building is tolerant. */
export interface GraphInput {
  file: string;
  kind: DocumentKind;
  data: Record<string, unknown>;
}

/** Which keys of which kind of node hold child nodes, and the type those children get. */
const CHILD_KEYS: Record<string, Record<string, NodeType>> = {
  strategy: { values: "value", keyShifts: "shift", preconditions: "precondition", themes: "theme", stakeholders: "stakeholder", goals: "goal", strategicApproaches: "approach", boxes: "box" },
  workplan: { deliverables: "deliverable", activities: "activity" },
  deliverable: { actions: "action" },
  goal: { objectives: "objective", strategies: "objective", approaches: "objective", indicators: "indicator", stakeholders: "stakeholder" },
  objective: { objectives: "objective", strategies: "objective", approaches: "objective", indicators: "indicator", stakeholders: "stakeholder" },
  approach: { focusAreas: "focus-area" },
  box: { items: "box-item" },
};

/** Keys that hold lists of links, and the edge type each makes. */
const LINK_KEYS: Record<string, EdgeType> = { advances: "advances", refs: "refs", derivedFrom: "derivedFrom", serves: "serves" };

/** The tables above as entry lists, made once: the build walks them for every node (at 10,000 deliverables, 40,000 times). */
const LINK_ENTRIES = Object.entries(LINK_KEYS);
const CHILD_ENTRIES: Record<string, [string, NodeType][]> = Object.fromEntries(Object.entries(CHILD_KEYS).map(([type, keys]) => [type, Object.entries(keys)]));
const NO_CHILDREN: [string, NodeType][] = [];

/** Links that only some node types may carry (as the schemas say); elsewhere the schema rule reports the key. */
const LINK_OWNERS: Partial<Record<EdgeType, ReadonlySet<NodeType>>> = {
  advances: new Set(["deliverable", "action"]),
  serves: new Set(["approach"]),
};

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);

export function buildGraph(inputs: readonly GraphInput[]): PlanGraph {
  const graph = new PlanGraph();
  const pendingLinks: (() => void)[] = [];

  for (const input of inputs) {
    const id = text(input.data.id);
    if (!id) continue;
    const document: PlanDocument = {
      id,
      kind: input.kind,
      title: text(input.data.title),
      status: text(input.data.status),
      period: periodOf(input.data.period),
      published: text(input.data.published),
      file: input.file,
      data: input.data,
      nodes: [],
    };
    const existing = graph.documents.get(id);
    if (existing) {
      graph.duplicateDocuments.push({ first: existing, again: document });
      continue; // the first definition wins; the duplicate is reported, not merged
    }
    graph.documents.set(id, document);

    const addNode = (data: Record<string, unknown>, type: NodeType, level: string, path: DocPath, parent: PlanNode | undefined, ref?: string): PlanNode | undefined => {
      const nodeId = text(data.id);
      if (!nodeId && ref === undefined) return undefined;
      const node: PlanNode = {
        ref: ref ?? `${id}/${nodeId}`,
        id: nodeId ?? id,
        document: id,
        type,
        level,
        label: text(data.label),
        title: text(data.title),
        description: text(data.description),
        parent: parent?.ref,
        children: [],
        depth: parent ? parent.depth + 1 : 0,
        file: input.file,
        path,
        data,
      };
      const clash = graph.nodes.get(node.ref);
      if (clash) {
        // References keep meaning the first node; the duplicate joins under a suffixed ref, so that
        // its children (which have ids of their own) stay in the graph and links to them resolve.
        graph.duplicateNodes.push({ first: clash, again: node });
        let suffix = 2;
        while (graph.nodes.has(`${node.ref}~${suffix}`)) suffix++;
        node.ref = `${node.ref}~${suffix}`;
      }
      graph.nodes.set(node.ref, node);
      document.nodes.push(node);
      if (parent) parent.children.push(node.ref);
      // A deliverable document's own node is not contained in itself: its workplan contains it (below).
      if (parent || node.ref !== id) graph.addEdge({ from: parent?.ref ?? id, to: node.ref, type: "contains", resolved: true, written: node.ref });
      return node;
    };

    const visit = (data: Record<string, unknown>, childKeys: readonly [string, NodeType][], path: DocPath, owner: PlanNode | undefined, fromRef: string) => {
      for (const [key, type] of LINK_ENTRIES) {
        const links = data[key];
        if (!Array.isArray(links) || !owner) continue;
        if (LINK_OWNERS[type]?.has(owner.type) === false) continue;
        links.forEach((link, i) => pendingLinks.push(() => addLink(graph, id, fromRef, type, link, input.file, [...path, key, i])));
      }
      for (const [key, type] of childKeys) {
        const list = data[key];
        if (!Array.isArray(list)) continue;
        list.forEach((item, i) => {
          if (!isRecord(item)) return;
          const itemPath = [...path, key, i];
          const child = addNode(item, type, key, itemPath, owner);
          if (child) visit(item, CHILD_ENTRIES[type] ?? NO_CHILDREN, itemPath, child, child.ref);
        });
      }
    };

    // A deliverable document is itself a deliverable node, so that coverage and `show` treat both forms alike.
    const documentNode = input.kind === "deliverable" ? addNode(input.data, "deliverable", "deliverable", [], undefined, id) : undefined;
    visit(input.data, CHILD_ENTRIES[input.kind] ?? NO_CHILDREN, [], documentNode, id);

    for (const key of ["strategy", "workplan"] as const) {
      if (input.data[key] !== undefined && (key === "strategy" ? input.kind === "workplan" : input.kind === "deliverable")) {
        pendingLinks.push(() => addLink(graph, id, id, key, input.data[key], input.file, [key]));
      }
    }
  }
  for (const link of pendingLinks) link();
  // A workplan contains all its deliverables, wherever they are written: a deliverable document
  // joins the workplan it names, once that link resolves to a workplan.
  for (const document of graph.documents.values()) {
    if (document.kind !== "deliverable" || !graph.nodes.has(document.id)) continue;
    const [link] = graph.outgoing(document.id, "workplan");
    if (link?.resolved && graph.document(link.to)?.kind === "workplan") {
      graph.addEdge({ from: link.to, to: document.id, type: "contains", resolved: true, written: document.id });
    }
  }
  return graph;
}

function addLink(graph: PlanGraph, documentId: string, from: string, type: EdgeType, link: unknown, file: string, path: DocPath): void {
  const written = typeof link === "string" ? link : isRecord(link) ? text(link.ref) : undefined;
  if (!written) return; // malformed links are the schema rule's to report
  const cite = isRecord(link) ? text(link.cite) : undefined;
  const target = type === "strategy" || type === "workplan" ? (graph.documents.has(written) ? written : undefined) : graph.resolve(written, documentId);
  const at = { file, path: typeof link === "string" ? path : [...path, "ref"] };
  graph.addEdge({ from, to: target ?? written, type, resolved: target !== undefined, written, ...(cite ? { cite } : {}), at });
}

function periodOf(value: unknown): Period | undefined {
  if (!isRecord(value)) return undefined;
  const period: Period = {};
  const start = text(value.start);
  const end = text(value.end);
  if (start) period.start = start;
  if (end) period.end = end;
  return period;
}
