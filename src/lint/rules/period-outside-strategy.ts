import type { Finding } from "../../core/problem.js";
import { earliestDay, latestDay } from "../../core/dates.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "period-outside-strategy",
  defaultSeverity: "warning",
  description: "A workplan's period starts before or ends after the period of the strategy it implements.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan" || !workplan.period) continue;
      const [edge] = graph.outgoing(workplan.id, "strategy");
      const strategy = edge?.resolved ? graph.document(edge.to) : undefined;
      if (!strategy?.period) continue;
      const check = (side: "start" | "end") => {
        const own = workplan.period?.[side];
        const theirs = strategy.period?.[side];
        if (!own || !theirs) return;
        const outside = side === "start" ? (earliestDay(own) ?? "") < (earliestDay(theirs) ?? "") : (latestDay(own) ?? "") > (latestDay(theirs) ?? "");
        if (!outside) return;
        findings.push({
          rule: rule.id,
          message: `workplan '${workplan.id}' ${side === "start" ? "starts" : "ends"} ${own}, ${side === "start" ? "before" : "after"} its strategy '${strategy.id}' ${side === "start" ? "starts" : "ends"} (${theirs}): a workplan runs within its strategy's period`,
          at: { file: workplan.file, path: ["period", side] },
        });
      };
      check("start");
      check("end");
    }
    return findings;
  },
});
export default rule;
