import { earliestDay, latestDay } from "../../core/dates.js";
import { documentName, nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "actual-after-period",
    defaultSeverity: "warning",
    description: "An indicator's actual value dated after its plan's period ends: it belongs to a later plan, or its date is wrong.",
    messages: {
      afterPeriod: "{{indicator}} has an actual value dated {{date}}, after {{document}} ends ({{end}}): record it in the plan that covers that date, or correct the date",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const node of graph.nodes.values()) {
      const actuals = node.type === "indicator" ? node.data.actuals : undefined;
      const document = graph.document(node.document);
      const end = document?.period?.end;
      const lastDay = end ? latestDay(end) : undefined;
      if (!Array.isArray(actuals) || !document || !end || !lastDay) continue;
      actuals.forEach((actual: unknown, i) => {
        const date = actual && typeof actual === "object" ? (actual as { date?: unknown }).date : undefined;
        if (typeof date !== "string" && typeof date !== "number") return;
        const first = earliestDay(String(date));
        if (!first || first <= lastDay) return;
        addFinding("afterPeriod", { indicator: nodeName(node), date: String(date), document: documentName(document), end }, { file: node.file, path: [...node.path, "actuals", i, "date"] });
      });
    }
  },
);
