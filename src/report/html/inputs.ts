// The shapes the HTML report renders, declared here so that the report can be built before the
// analyses it shows land: coverage (issue 11's JSON contract) and diff (issue 12's). The real
// analyses' JSON fits these interfaces; nothing in the report computes coverage or diffs itself.

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

/** What a diff change is (issue 12). */
export type DiffChangeType = "added" | "removed" | "changed" | "moved" | "promoted" | "demoted" | "split" | "merged";

export interface DiffSide {
  ref: string;
  label?: string;
  title?: string;
}

export interface DiffField {
  field: string;
  old?: unknown;
  new?: unknown;
}

export interface DiffAffected {
  /** The deliverable whose link the change touches. */
  ref: string;
  label?: string;
  title?: string;
  /** Where to re-point the link, when the change breaks it. */
  suggestion?: { ref: string; score?: number; title?: string };
}

export interface DiffChange {
  /** A stable fingerprint of the change. */
  id: string;
  type: DiffChangeType;
  nodeType: string;
  old?: DiffSide | null;
  new?: DiffSide | null;
  /** The match's score, 0-1, for paired nodes. */
  score?: number | null;
  ambiguous?: boolean;
  breaking: boolean;
  suspect: boolean;
  fields: DiffField[];
  affected: DiffAffected[];
}

export interface DiffInput {
  /** What the old and new sides are (a file, document id, git ref, ...), for the page's heading. */
  old?: string;
  new?: string;
  changes: DiffChange[];
  /** Counts of each change type and `unchanged`. */
  summary: Record<string, number>;
}
