import { latestDay } from "../core/dates.js";
import type { PlanGraph } from "../graph/graph.js";

/**
 * The name a reader knows the plans by, for a report's heading: the title of the strategy in
 * force (the latest period end; approved before draft on a tie), else of the first document.
 */
export function planName(graph: PlanGraph): string | undefined {
  const documents = [...graph.documents.values()];
  const strategies = documents.filter((d) => d.kind === "strategy" && d.title);
  const end = (d: (typeof documents)[number]) => (d.period?.end ? latestDay(String(d.period.end)) ?? "" : "");
  const approved = (d: (typeof documents)[number]) => (d.status === "approved" ? 1 : 0);
  strategies.sort((a, b) => end(b).localeCompare(end(a)) || approved(b) - approved(a) || a.id.localeCompare(b.id));
  return strategies[0]?.title ?? documents.find((d) => d.title)?.title;
}
