import type { CoverageResult, NodeRef } from "../../coverage/model.js";
import type { CoverageInput, CoverageNode } from "./inputs.js";

// The heatmap shows what `ogp coverage` reports (every workplan against its strategy, goals as
// rows; the report run asks for it, runs/report-run.ts): the coverage analysis's result, given to
// the report, in the shape of its JSON contract.

const node = ({ ref, label, title }: NodeRef): CoverageNode => ({ ref, ...(label ? { label } : {}), ...(title ? { title } : {}) });

export function coverageInput(result: CoverageResult): CoverageInput {
  return {
    reports: result.reports.flatMap((report) =>
      report.workplan
        ? [{
            workplan: report.workplan.id,
            strategy: report.strategy.id,
            rows: report.rows.map((row) => ({ ...node(row), level: row.level, status: row.status, deliverables: row.items.map((item) => ({ ...node(item), via: item.via })) })),
            unlinked: report.unlinked.map(node),
            summary: { covered: report.summary.covered, justified: report.summary.justified, total: report.summary.total, percent: report.summary.percent },
          }]
        : [],
    ),
  };
}
