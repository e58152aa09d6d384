import type { Finding } from "../../core/problem.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { PlanNode } from "../../graph/model.js";
import type { Rule } from "../rule.js";

const rule: Rule = {
  id: "uncovered-goal",
  severity: "warning",
  description: "A goal of a workplan's strategy that no deliverable of that workplan advances, neither directly, through an action, nor through one of the goal's sub-goals.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan") continue;
      const [strategyEdge] = graph.outgoing(workplan.id, "strategy");
      if (!strategyEdge?.resolved) continue;
      const advanced = advancedBy(graph, graph.deliverablesOf(workplan.id));
      for (const goal of graph.roots(strategyEdge.to)) {
        if (goal.type !== "goal") continue;
        if ([...graph.subtree(goal)].some((n) => advanced.has(n.ref))) continue;
        findings.push({
          rule: rule.id,
          message: `goal ${goal.label ?? ""}${goal.label ? " " : ""}'${goal.ref}'${goal.title ? ` ("${shorten(goal.title)}")` : ""} of strategy '${strategyEdge.to}' is advanced by no deliverable of workplan '${workplan.id}': add it to the 'advances' of the deliverables that serve it, or record why it is left out`,
          at: strategyEdge.at ?? { file: workplan.file, path: ["strategy"] },
          related: [{ at: { file: goal.file, path: goal.path }, message: "the goal" }],
        });
      }
    }
    return findings;
  },
};
export default rule;

/** Every node that a deliverable or one of its actions advances. */
function advancedBy(graph: PlanGraph, deliverables: PlanNode[]): Set<string> {
  const advanced = new Set<string>();
  for (const deliverable of deliverables) {
    for (const node of graph.subtree(deliverable)) for (const edge of graph.outgoing(node.ref, "advances")) if (edge.resolved) advanced.add(edge.to);
  }
  return advanced;
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
