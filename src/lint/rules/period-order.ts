import type { Finding } from "../../core/problem.js";
import { earliestDay, latestDay } from "../../core/dates.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "period-order",
  defaultSeverity: "error",
  description: "A document's period ends before it starts.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const document of graph.documents.values()) {
      const { start, end } = document.period ?? {};
      if (!start || !end) continue;
      const from = earliestDay(start);
      const to = latestDay(end);
      if (from && to && to < from) {
        findings.push({
          rule: rule.id,
          message: `period of '${document.id}' ends (${end}) before it starts (${start}): swap the dates or correct one of them`,
          at: { file: document.file, path: ["period", "end"] },
        });
      }
    }
    return findings;
  },
});
export default rule;
