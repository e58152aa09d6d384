import type { PlanDocument, PlanNode } from "../graph/model.js";
import type { PlanGraph } from "../graph/graph.js";
import type { TypographicEdit, WordChange } from "./text.js";
import type { CheckId } from "./checks/check-ids.js";

/** One side of a diff: a graph and what of it is compared (whole documents, or one node's subtree). */
export interface DiffSide {
  graph: PlanGraph;
  /** How the side was named on the command line ('ogp-strategy-2023-draft', 'HEAD:plans', ...). */
  name: string;
  documents: PlanDocument[];
  /** With a subtree comparison: the node whose subtree is compared (its parent counts as outside). */
  root?: PlanNode;
}

/** A node as a change names it. */
export interface NodeName {
  ref: string;
  label?: string;
  title?: string;
  type: string;
}

export type ChangeType =
  | "added" | "removed" | "changed" | "moved" | "promoted" | "demoted"
  | "split" | "merged" | "renumbered" | "document";

export type Level = "ERR" | "WARN" | "INFO";

export interface FieldChange {
  field: string;
  old?: unknown;
  new?: unknown;
  /**
   * Text whose words are the same up to case, punctuation, quotes, dashes and spacing: what kind of
   * typographic edit it is. Shown as such, never breaking, and not a rewording.
   */
  typographic?: TypographicEdit;
  /** For reworded text: the word-level differences. */
  words?: WordChange[];
}

/** A node that a deliverable or a link depends on, with where to re-point it. */
export interface Affected {
  /** The deliverable (or the node whose link it is). */
  node: NodeName;
  /** 'advances' when a deliverable advances the changed node, 'refs' for another link. */
  link: string;
  /** The best-scoring node of the new side to re-point to, with its score. */
  suggestion?: NodeName & { score: number };
}

export interface Change {
  /** A stable fingerprint: the same change between the same versions always has the same id. */
  id: string;
  /** The check that found it (see checks/registry.ts). */
  check: CheckId;
  level: Level;
  type: ChangeType;
  nodeType: string;
  message: string;
  old?: NodeName;
  new?: NodeName;
  /** For split and merged: the nodes on the many side. */
  parts?: NodeName[];
  /** Match score 0-1 of a pair, or of the best candidate of an added or removed node. */
  score?: number;
  ambiguous: boolean;
  breaking: boolean;
  suspect: boolean;
  fields: FieldChange[];
  affected: Affected[];
  /** Depth of the node in its document (0: top level), for laying changes out as a tree. */
  depth: number;
  /** For added and removed nodes: the closest node on the other side, below the pairing threshold or paired elsewhere. */
  candidate?: NodeName & { score: number };
  /** The parent of the node the change names (absent at the top level and for documents): changes are read grouped under it. */
  parent?: NodeName;
  /** Added or removed with every node beneath it: how many of each type. */
  whole?: Record<string, number>;
  /** Added or removed within this ancestor's whole subtree (its reference): the ancestor's change stands for this one. */
  partOf?: string;
}

export interface CoverageImpact {
  goal: NodeName;
  before: number;
  after: number;
  gained: NodeName[];
  lost: NodeName[];
}

export interface ScoreBreakdown {
  title: number;
  text: number;
  /** The words of the two subtrees (present when both nodes hold descendants). */
  subtree?: number;
  context: number;
  links: number;
  type: number;
  total: number;
  /** The sources that support the pair ('title', 'long title', 'text', 'subtree', 'place', 'links'); a pair by meaning needs two. */
  evidence: string[];
  /** The titles agree but both descriptions disagree: a warning, never a pair. */
  contradicted?: boolean;
}

/** One pair of nodes and how it was made, for --explain. */
export interface PairExplanation {
  old: NodeName;
  new: NodeName;
  /** 'pin', 'id', 'derivedFrom' or 'meaning'. */
  by: string;
  score: number;
  ambiguous: boolean;
  breakdown?: ScoreBreakdown;
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  promoted: number;
  demoted: number;
  split: number;
  merged: number;
  renumbered: number;
  document: number;
  unchanged: number;
  breaking: number;
  suspect: number;
}

export interface DiffResult {
  old: string;
  new: string;
  /** Whether work plans were loaded with the sides: without them, no deliverable's link could be seen to break. */
  workplansConsidered: boolean;
  changes: Change[];
  coverage: CoverageImpact[];
  pairs?: PairExplanation[];
  summary: DiffSummary;
}
