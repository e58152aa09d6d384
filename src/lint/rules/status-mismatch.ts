import type { Finding } from "../../core/problem.js";
import { legacyRule } from "../rule.js";

const STALE = new Set(["draft", "superseded"]);

const rule = legacyRule({
  id: "status-mismatch",
  defaultSeverity: "warning",
  description: "An approved workplan that implements, or advances goals of, a strategy that is still a draft or already superseded.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan" || workplan.status !== "approved") continue;
      const [strategyEdge] = graph.outgoing(workplan.id, "strategy");
      const strategy = strategyEdge?.resolved ? graph.document(strategyEdge.to) : undefined;
      if (strategy?.status && STALE.has(strategy.status) && strategyEdge?.at) {
        findings.push({
          rule: rule.id,
          message: `approved workplan '${workplan.id}' implements strategy '${strategy.id}', which is ${strategy.status}: point it at the approved strategy, or mark the workplan draft`,
          at: strategyEdge.at,
        });
      }
      const nodes = graph.deliverablesOf(workplan.id).flatMap((deliverable) => [...graph.subtree(deliverable)]);
      for (const node of nodes) {
        for (const edge of graph.outgoing(node.ref, "advances")) {
          const target = graph.node(edge.to);
          const document = target && edge.resolved ? graph.document(target.document) : undefined;
          if (!document?.status || !STALE.has(document.status) || document === strategy || !edge.at) continue;
          findings.push({
            rule: rule.id,
            message: `approved workplan '${workplan.id}' advances '${edge.to}' of ${document.status} strategy '${document.id}': link the corresponding goal of an approved strategy instead`,
            at: edge.at,
          });
        }
      }
    }
    return findings;
  },
});
export default rule;
