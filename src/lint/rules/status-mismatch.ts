import { documentName, nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

const STALE = new Set(["draft", "superseded"]);

export default defineRule(
  {
    id: "status-mismatch",
    defaultSeverity: "warning",
    description: "An approved workplan that implements, or advances goals of, a strategy that is still a draft or already superseded.",
    messages: {
      staleStrategy: "approved {{workplan}} implements {{strategy}}, which is {{status}}: point it at the approved strategy, or mark the workplan draft",
      staleGoal: "approved {{workplan}} advances {{target}} of {{status}} {{strategy}}: link the corresponding goal of an approved strategy instead",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan" || workplan.status !== "approved") continue;
      const [strategyEdge] = graph.outgoing(workplan.id, "strategy");
      const strategy = strategyEdge?.resolved ? graph.document(strategyEdge.to) : undefined;
      if (strategy?.status && STALE.has(strategy.status) && strategyEdge?.at) {
        addFinding("staleStrategy", { workplan: documentName(workplan), strategy: documentName(strategy), status: strategy.status }, strategyEdge.at);
      }
      const nodes = graph.deliverablesOf(workplan.id).flatMap((deliverable) => [...graph.subtree(deliverable)]);
      for (const node of nodes) {
        for (const edge of graph.outgoing(node.ref, "advances")) {
          const target = graph.node(edge.to);
          const document = target && edge.resolved ? graph.document(target.document) : undefined;
          if (!target || !document?.status || !STALE.has(document.status) || document === strategy || !edge.at) continue;
          addFinding("staleGoal", { workplan: documentName(workplan), target: nodeName(target), status: document.status, strategy: documentName(document) }, edge.at);
        }
      }
    }
  },
);
