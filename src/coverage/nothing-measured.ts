import type { PlanGraph } from "../graph/graph.js";
import type { CoverageResult } from "./model.js";

/**
 * What would measure the loaded strategies when deliverable coverage found no workplan to report
 * (a StratML plan, or any strategy on its own): `--of indicators` where they have indicators,
 * else a workplan that names them. Undefined when there was something to report, or no strategy.
 */
export function nothingMeasuredHint(graph: PlanGraph, result: CoverageResult): string | undefined {
  if (result.of !== "deliverables" || result.reports.length > 0) return undefined;
  const strategies = [...graph.documents.values()].filter((d) => d.kind === "strategy");
  if (strategies.length === 0) return undefined;
  const [only] = strategies;
  const which = strategies.length === 1 && only ? `strategy '${only.id}'` : `any of the ${strategies.length} strategies loaded`;
  if (strategies.some((d) => d.nodes.some((n) => n.type === "indicator"))) return `no workplan implements ${which}; 'ogp coverage --of indicators' measures goals by their performance indicators`;
  return `no workplan implements ${which}; a workplan that names it as its strategy gets its coverage`;
}
