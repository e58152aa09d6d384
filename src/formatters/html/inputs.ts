// The coverage the HTML report renders, in the shape of `ogp coverage --format json` (issue 11's
// contract), so that the heatmap and the embedded data read like the command's JSON. The diff
// page renders the diff analysis's own result (src/diff/model.ts). Nothing in the report
// computes coverage or diffs itself: it is given their results.

/** How a deliverable reaches a covered row, strongest first (issue 11). */
export type CoverageVia = "direct" | "action" | "objective" | "approach";

/** A row's status (issue 11): justified rows count as covered; broken rows only have links that lint rejects. */
export type CoverageStatus = "covered" | "partial" | "missing" | "justified" | "broken";

export interface CoverageNode {
  ref: string;
  label?: string;
  title?: string;
}

export interface CoverageDeliverable extends CoverageNode {
  /** The strongest path by which the deliverable covers the row. */
  via: CoverageVia;
}

export interface CoverageRow extends CoverageNode {
  /** 1 for goals, 2 for their objectives or strategies, ... */
  level: number;
  status: CoverageStatus;
  deliverables: CoverageDeliverable[];
}

export interface CoverageSummary {
  covered: number;
  justified: number;
  total: number;
  /** (covered + justified) / total, in percent (0-100). */
  percent: number;
}

/** One workplan measured against one strategy. */
export interface CoverageReport {
  /** The workplan's document id. */
  workplan: string;
  /** The strategy's document id. */
  strategy: string;
  rows: CoverageRow[];
  /** Deliverables of the workplan that advance nothing in the strategy. */
  unlinked: CoverageNode[];
  summary: CoverageSummary;
}

export interface CoverageInput {
  reports: CoverageReport[];
}
