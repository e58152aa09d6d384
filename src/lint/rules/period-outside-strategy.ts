import { earliestDay, latestDay } from "../../core/dates.js";
import { documentName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "period-outside-strategy",
    defaultSeverity: "warning",
    description: "A workplan's period starts before or ends after the period of the strategy it implements.",
    messages: {
      startsBefore: "{{workplan}} starts {{own}}, before its {{strategy}} starts ({{theirs}}): a workplan runs within its strategy's period",
      endsAfter: "{{workplan}} ends {{own}}, after its {{strategy}} ends ({{theirs}}): a workplan runs within its strategy's period",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan" || !workplan.period) continue;
      const [edge] = graph.outgoing(workplan.id, "strategy");
      const strategy = edge?.resolved ? graph.document(edge.to) : undefined;
      if (!strategy?.period) continue;
      for (const side of ["start", "end"] as const) {
        const own = workplan.period[side];
        const theirs = strategy.period[side];
        if (!own || !theirs) continue;
        // A value that is not a real date is the schema's to report, once: compare only real dates.
        const day = side === "start" ? earliestDay : latestDay;
        const [ownDay, theirDay] = [day(own), day(theirs)];
        if (!ownDay || !theirDay) continue;
        if (side === "start" ? ownDay >= theirDay : ownDay <= theirDay) continue;
        const data = { workplan: documentName(workplan), strategy: documentName(strategy), own, theirs };
        addFinding(side === "start" ? "startsBefore" : "endsAfter", data, { file: workplan.file, path: ["period", side] });
      }
    }
  },
);
