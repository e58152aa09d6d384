import { coverageJustification, deliverableRefsOf, isAdvanced, strategyLink } from "../../graph/advancement.js";
import { documentName, nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "uncovered-goal",
    defaultSeverity: "warning",
    description: "A goal of a workplan's strategy that no deliverable of that workplan advances, neither directly, through an action, through one of the goal's sub-goals, nor through a strategic approach that serves it.",
    messages: {
      uncovered: "{{goal}} of {{strategy}} is advanced by no deliverable of {{workplan}}: add it to the 'advances' of the deliverables that serve it, or record why it is left out",
      theGoal: "the goal",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan") continue;
      const strategyEdge = strategyLink(graph, workplan.id);
      const strategy = strategyEdge?.resolved ? graph.document(strategyEdge.to) : undefined;
      if (!strategyEdge || !strategy) continue;
      const deliverables = deliverableRefsOf(graph, workplan.id);
      for (const goal of graph.roots(strategy.id)) {
        // A goal the plan justifies leaving uncovered (`coverage: { justified }`) is not a gap: coverage counts it as covered.
        if (goal.type !== "goal" || isAdvanced(graph, goal, deliverables) || coverageJustification(goal).justified) continue;
        addFinding("uncovered", { goal: nodeName(goal), strategy: documentName(strategy), workplan: documentName(workplan) }, strategyEdge.at ?? { file: workplan.file, path: ["strategy"] }, [
          { at: { file: goal.file, path: goal.path }, messageId: "theGoal", data: {} },
        ]);
      }
    }
  },
);
