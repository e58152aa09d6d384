import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import { pickDocument, subGoals } from "./coverage.js";
import type { CoverageReport, CoverageRow, CoverItem, RowStatus } from "./model.js";
import { countRows, describeNode, documentRef, nodeRef, rowsOf } from "./rows.js";

// `--of indicators`: which goals and objectives have performance indicators (IATI's
// "comprehensiveness"): an indicator of the node itself counts as `direct`, one of a node
// beneath it as `objective`.

export function indicatorCoverage(graph: PlanGraph, options: { strategy?: string; depth: number }): CoverageReport[] {
  const strategies = options.strategy ? [pickDocument(graph, options.strategy, "strategy")] : [...graph.documents.values()].filter((d) => d.kind === "strategy");
  return strategies.map((strategy) => {
    const rows: CoverageRow[] = rowsOf(graph, strategy.id, options.depth).map((node) => {
      const items = indicatorsOf(graph, node);
      return { ...describeNode(graph, node), items, status: statusOf(graph, node, items) };
    });
    return { of: "indicators", strategy: documentRef(strategy), deliverables: [], rows, unlinked: [], unmapped: [], notes: [], ...countRows(rows) };
  });
}

function indicatorsOf(graph: PlanGraph, node: PlanNode): CoverItem[] {
  const items: CoverItem[] = [];
  for (const beneath of graph.subtree(node)) {
    if (beneath.type !== "indicator") continue;
    const own = beneath.parent === node.ref;
    items.push({ ...nodeRef(beneath), via: own ? "direct" : "objective", paths: [] });
  }
  return items;
}

function statusOf(graph: PlanGraph, node: PlanNode, items: readonly CoverItem[]): RowStatus {
  if (items.length === 0) return "missing";
  if (items.some((item) => item.via === "direct")) return "covered";
  return subGoals(graph, node).some((sub) => indicatorsOf(graph, sub).length === 0) ? "partial" : "covered";
}
