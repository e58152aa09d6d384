import { earliestDay, latestDay } from "../../core/dates.js";
import { documentName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "period-order",
    defaultSeverity: "error",
    description: "A document's period ends before it starts.",
    messages: {
      endsBeforeStart: "the period of {{document}} ends ({{end}}) before it starts ({{start}}): swap the dates or correct one of them",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const document of graph.documents.values()) {
      const { start, end } = document.period ?? {};
      if (!start || !end) continue;
      const from = earliestDay(start);
      const to = latestDay(end);
      if (from && to && to < from) addFinding("endsBeforeStart", { document: documentName(document), start, end }, { file: document.file, path: ["period", "end"] });
    }
  },
);
