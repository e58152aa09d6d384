import { advancersOf, deliverableRefsOf, strategyOf, strongestVia, type AdvancePath } from "../../graph/advancement.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { PlanNode } from "../../graph/model.js";
import type { CoverageDeliverable, CoverageInput, CoverageNode, CoverageReport } from "./inputs.js";

// PROVISIONAL: a stand-in for the coverage analysis of issue 11 (src/coverage), shaped as its JSON
// contract, so the report has a heatmap until that analysis lands. It knows only `covered` and
// `missing` at goal level (no partial, justified or broken rows): the integrator replaces this file
// with a call to the real analysis.

const summaryOf = (node: PlanNode): CoverageNode => ({ ref: node.ref, ...(node.label ? { label: node.label } : {}), ...(node.title ? { title: node.title } : {}) });

export function provisionalCoverage(graph: PlanGraph): CoverageInput {
  const reports: CoverageReport[] = [];
  // Every path to a goal, found once and shared by the workplans that implement its strategy.
  const pathsTo = new Map<string, AdvancePath[]>();
  const advancers = (goal: PlanNode) => pathsTo.get(goal.ref) ?? pathsTo.set(goal.ref, advancersOf(graph, goal)).get(goal.ref)!;
  for (const workplan of graph.documents.values()) {
    if (workplan.kind !== "workplan") continue;
    const strategy = strategyOf(graph, workplan.id);
    if (!strategy) continue;
    const own = deliverableRefsOf(graph, workplan.id);
    const linked = new Set<string>();
    const rows = graph.roots(strategy.id).filter((n) => n.type === "goal").map((goal) => {
      const paths = advancers(goal).filter((p) => own.has(p.deliverable));
      const deliverables: CoverageDeliverable[] = [];
      for (const ref of new Set(paths.map((p) => p.deliverable))) {
        linked.add(ref);
        deliverables.push({ ...summaryOf(graph.node(ref)!), via: strongestVia(paths.filter((p) => p.deliverable === ref))! });
      }
      return { ...summaryOf(goal), level: 1, status: deliverables.length > 0 ? ("covered" as const) : ("missing" as const), deliverables };
    });
    const covered = rows.filter((r) => r.status === "covered").length;
    reports.push({
      workplan: workplan.id,
      strategy: strategy.id,
      rows,
      unlinked: graph.deliverablesOf(workplan.id).filter((d) => !linked.has(d.ref)).map(summaryOf),
      summary: { covered, justified: 0, total: rows.length, percent: rows.length ? Math.round((covered / rows.length) * 1000) / 10 : 100 },
    });
  }
  return { reports };
}
