import { earliestDay, latestDay } from "../../core/dates.js";
import { documentName, nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "target-outside-period",
    defaultSeverity: "warning",
    description: "An indicator whose target date falls before its plan's period starts or after it ends.",
    messages: {
      before: "{{indicator}} has its target dated {{date}}, before {{document}} starts ({{start}}): date the target within the plan's period",
      after: "{{indicator}} has its target dated {{date}}, after {{document}} ends ({{end}}): date the target within the plan's period, or move it to a later plan",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const node of graph.nodes.values()) {
      const target = node.type === "indicator" ? node.data.target : undefined;
      if (!target || typeof target !== "object" || Array.isArray(target)) continue;
      const date = (target as { date?: unknown }).date;
      const document = graph.document(node.document);
      if ((typeof date !== "string" && typeof date !== "number") || !document?.period) continue;
      const written = String(date);
      const at = { file: node.file, path: [...node.path, "target", "date"] };
      // Dates that are not real ones are the schema's to report: compare only real ones.
      const { start, end } = document.period;
      const data = { indicator: nodeName(node), date: written, document: documentName(document) };
      const [first, last] = [earliestDay(written), latestDay(written)];
      const [startDay, endDay] = [start ? earliestDay(start) : undefined, end ? latestDay(end) : undefined];
      if (!first || !last) continue;
      if (start && startDay && last < startDay) addFinding("before", { ...data, start }, at);
      else if (end && endDay && first > endDay) addFinding("after", { ...data, end }, at);
    }
  },
);
