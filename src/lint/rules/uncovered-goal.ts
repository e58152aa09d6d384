import type { Finding } from "../../core/problem.js";
import { coverageJustification, deliverableRefsOf, isAdvanced, strategyLink } from "../../graph/advancement.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "uncovered-goal",
  defaultSeverity: "warning",
  description: "A goal of a workplan's strategy that no deliverable of that workplan advances, neither directly, through an action, through one of the goal's sub-goals, nor through a strategic approach that serves it.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan") continue;
      const strategyEdge = strategyLink(graph, workplan.id);
      if (!strategyEdge?.resolved) continue;
      const deliverables = deliverableRefsOf(graph, workplan.id);
      for (const goal of graph.roots(strategyEdge.to)) {
        // A goal the plan justifies leaving uncovered (`coverage: { justified }`) is not a gap: coverage counts it as covered.
        if (goal.type !== "goal" || isAdvanced(graph, goal, deliverables) || coverageJustification(goal).justified) continue;
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
});
export default rule;

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
