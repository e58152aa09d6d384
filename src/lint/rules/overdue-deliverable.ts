import { latestDay } from "../../core/dates.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

/** Delivery states after which a due date no longer matters. */
const FINISHED = new Set(["done", "dropped"]);

export default defineRule(
  {
    id: "overdue-deliverable",
    // Information by default: the finding depends on the calendar, not on the plans, so a pull request
    // that changes nothing must not fail (--max-warnings) the day a due date passes. A config can raise it.
    defaultSeverity: "info",
    description: "A deliverable or action whose 'due' date has passed (as of --today, default today) and whose 'delivery' is not done or dropped.",
    messages: {
      overdue: "{{node}} was due {{due}} and is {{state}}: set 'delivery: done' (or dropped), or give it a new 'due' date",
      overdueUnmarked: "{{node}} was due {{due}} and is not marked done: set 'delivery: done' (or dropped), or give it a new 'due' date",
    },
  },
  ({ project: { graph }, today, addFinding }) => {
    for (const node of graph.nodes.values()) {
      if (node.type !== "deliverable" && node.type !== "action") continue;
      const due = typeof node.data.due === "string" ? node.data.due : typeof node.data.due === "number" ? String(node.data.due) : undefined;
      const delivery = typeof node.data.delivery === "string" ? node.data.delivery : undefined;
      // A date that is not a real one is the schema's to report; a due month or year runs to its last day.
      const lastDay = due ? latestDay(due) : undefined;
      if (!due || !lastDay || lastDay >= today || (delivery && FINISHED.has(delivery))) continue;
      const at = { file: node.file, path: [...node.path, "due"] };
      if (delivery) addFinding("overdue", { node: nodeName(node), due, state: delivery }, at);
      else addFinding("overdueUnmarked", { node: nodeName(node), due }, at);
    }
  },
);
