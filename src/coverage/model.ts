import type { Via } from "../graph/advancement.js";
import type { PairedBy } from "../graph/versions.js";

// What `ogp coverage` reports: one report per workplan (against a strategy), each a list of rows
// (goals, and sub-goals down to --depth) with their status and what covers them. Formatters read
// these types; the JSON format is their published contract (schemas/coverage-output.schema.json).

/**
 * A row's status, as traceability tools name them (LOBSTER's OK / PARTIAL / MISSING / JUSTIFIED):
 * - `covered`: a deliverable advances it (or, with --of indicators, an indicator measures it);
 * - `partial`: reached only through its sub-goals, and some of them are not covered;
 * - `missing`: nothing covers it;
 * - `justified`: nothing covers it, and the plan says why (`coverage: { justified }`);
 * - `broken`: the only links to it are links lint reports as errors.
 */
export type RowStatus = "covered" | "partial" | "missing" | "justified" | "broken";

/** What a report measures: the work (deliverables) or the measurement (performance indicators). */
export type CoverageOf = "deliverables" | "indicators";

/** A document a report names. */
export interface DocumentRef {
  id: string;
  title?: string;
  status?: string;
}

/** A node a report names: enough for a reader (label, title) and for a tool (ref). */
export interface NodeRef {
  ref: string;
  label?: string;
  title?: string;
}

/** One link that makes a deliverable cover a row, as `advancersOf` found it. */
export interface CoveragePath {
  via: Via;
  /** The deliverable or action the `advances` link is written on. */
  from: string;
  /** The node the link names. */
  target: string;
  /** For `approach`: the goal or sub-goal the approach serves. */
  served?: string;
  /** With --strategy: the measured strategy's node the link is carried onto (that `target` is a version of, or whose version an approach serves). */
  mappedTo?: string;
  /** With `mappedTo`: how the two versions were paired (the row's `mapped` names the pair). */
  pairedBy?: PairedBy;
  /** The sentence the link cites. */
  cite?: string;
  /** The link is an error in lint (it does not count). */
  broken?: boolean;
}

/** A deliverable (or, with --of indicators, an indicator) that covers a row. */
export interface CoverItem extends NodeRef {
  /** The strongest of its paths that count (or of all, when all are broken). */
  via: Via;
  paths: CoveragePath[];
  /** Every path of this item is a link lint reports as an error. */
  broken?: boolean;
}

/** With --strategy: a pair of versions that carries links written against another version over to a row (or a node beneath it). */
export interface MappedPair {
  /** The node the links name, in another version of the strategy. */
  from: NodeRef;
  /** The node of the measured strategy it is paired with: the row or a node beneath it. */
  to: NodeRef;
  /** derivedFrom (the plan says so), id (the same id), meaning (ogp diff's matching) or pin. */
  by: PairedBy;
  /** How sure the pair is, 0-1 (1 for derivedFrom and id). */
  score: number;
  /** The matcher saw another candidate within its margin: check this pair. */
  ambiguous?: boolean;
}

export interface CoverageRow extends NodeRef {
  /** 1 for goals, 2 for their sub-goals, ... */
  level: number;
  /** What the source calls it: goal, objective, strategy, approach. */
  kind: string;
  status: RowStatus;
  /** The plan's reason, for `justified` rows (and for covered rows that also carry one). */
  justified?: string;
  items: CoverItem[];
  /** With --strategy: the pairs of versions its counting links come through (absent when none does: the row is not mapped). */
  mapped?: MappedPair[];
}

export interface CoverageCounts {
  covered: number;
  partial: number;
  justified: number;
  missing: number;
  broken: number;
  total: number;
  /** (covered + justified) / total, in percent rounded to two decimals; 100 when there are no rows. */
  percent: number;
}

export interface LevelCounts extends CoverageCounts {
  level: number;
}

/** A deliverable of the workplan that covers no row of the report. */
export interface UnlinkedItem extends NodeRef {
  /** The nodes it does name (none: it advances nothing). */
  advances: NodeRef[];
}

export interface CoverageReport {
  of: CoverageOf;
  /** The workplan measured (absent with --of indicators). */
  workplan?: DocumentRef;
  strategy: DocumentRef;
  /** The workplan's deliverables in order: the matrix's columns. */
  deliverables: NodeRef[];
  rows: CoverageRow[];
  unlinked: UnlinkedItem[];
  /** With --strategy: nodes the workplan names that have no version in the measured strategy. */
  unmapped: NodeRef[];
  /** Things a reader should know: a draft or superseded strategy, a changed-rows selection. */
  notes: string[];
  summary: CoverageCounts;
  levels: LevelCounts[];
}

export interface CoverageResult {
  of: CoverageOf;
  depth: number;
  /** How the table lays out the matrix: goals as rows (default) or deliverables as rows. */
  by: "goal" | "deliverable";
  reports: CoverageReport[];
  /** With --changed: the revision compared against. */
  changedSince?: string;
  /** Why the run fails (--min, --baseline), one sentence each; empty when it passes. */
  failures: string[];
}
