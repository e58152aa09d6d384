import type { PlanGraph } from "../graph/graph.js";
import { levelName, type PlanDocument, type PlanNode } from "../graph/model.js";
import type { CoverageCounts, CoverageRow, DocumentRef, LevelCounts, NodeRef } from "./model.js";

// What every coverage report shares, whatever covers its rows: which nodes are rows, how a
// node and a document are named, and how rows are counted.

/** The strategy's goals and, down to `depth` levels, their sub-goals, in source order. */
export function rowsOf(graph: PlanGraph, strategyId: string, depth: number): PlanNode[] {
  const rows: PlanNode[] = [];
  const visit = (node: PlanNode, level: number) => {
    rows.push(node);
    if (level < depth) for (const child of graph.children(node)) if (child.type === "goal" || child.type === "objective") visit(child, level + 1);
  };
  for (const root of graph.roots(strategyId)) if (root.type === "goal") visit(root, 1);
  return rows;
}

/** A row's identity: reference, label, title, level (1 = goal) and what the source calls it. */
export function describeNode(graph: PlanGraph, node: PlanNode): Pick<CoverageRow, "ref" | "label" | "title" | "level" | "kind"> {
  let level = 1;
  for (let parent = graph.parent(node); parent && (parent.type === "goal" || parent.type === "objective"); parent = graph.parent(parent)) level++;
  return { ...nodeRef(node), level, kind: levelName(node) };
}

export function nodeRef(node: PlanNode): NodeRef {
  const ref: NodeRef = { ref: node.ref };
  if (node.label) ref.label = node.label;
  if (node.title) ref.title = node.title;
  return ref;
}

export function documentRef(document: PlanDocument): DocumentRef {
  const ref: DocumentRef = { id: document.id };
  if (document.title) ref.title = document.title;
  if (document.status) ref.status = document.status;
  return ref;
}

/** Counts of a list of rows: (covered + justified) / total is the percentage. */
export function counts(rows: readonly Pick<CoverageRow, "status">[]): CoverageCounts {
  const count = (status: CoverageRow["status"]) => rows.filter((r) => r.status === status).length;
  const covered = count("covered");
  const justified = count("justified");
  const total = rows.length;
  return { covered, partial: count("partial"), justified, missing: count("missing"), broken: count("broken"), total, percent: total === 0 ? 100 : Math.round(((covered + justified) / total) * 10000) / 100 };
}

/** The summary of a report and the same per level. */
export function countRows(rows: readonly CoverageRow[]): { summary: CoverageCounts; levels: LevelCounts[] } {
  const levels = [...new Set(rows.map((r) => r.level))].sort((a, b) => a - b);
  return { summary: counts(rows), levels: levels.map((level) => ({ level, ...counts(rows.filter((r) => r.level === level)) })) };
}
