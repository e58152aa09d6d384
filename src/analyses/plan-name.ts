import { latestDay } from "../core/dates.js";
import type { PlanGraph } from "../graph/graph.js";
import type { PlanDocument } from "../graph/model.js";

/** The strategy in force: the latest period end, approved before draft on a tie (then by id). */
export function strategyInForce(graph: PlanGraph): PlanDocument | undefined {
  const strategies = [...graph.documents.values()].filter((d) => d.kind === "strategy");
  const end = (d: PlanDocument) => (d.period?.end ? latestDay(String(d.period.end)) ?? "" : "");
  const approved = (d: PlanDocument) => (d.status === "approved" ? 1 : 0);
  strategies.sort((a, b) => end(b).localeCompare(end(a)) || approved(b) - approved(a) || a.id.localeCompare(b.id));
  return strategies[0];
}

/** The name a reader knows the plans by, for a report's heading: the strategy in force's title, else the first document's. */
export function planName(graph: PlanGraph): string | undefined {
  return strategyInForce(graph)?.title ?? [...graph.documents.values()].find((d) => d.title)?.title;
}
