import type { DocPath, Location } from "../core/problem.js";
import type { DocumentKind } from "../validate/validate.js";

export type NodeType =
  | "goal" | "objective" | "indicator" | "deliverable" | "action" | "activity"
  | "value" | "shift" | "precondition" | "theme" | "stakeholder"
  | "approach" | "focus-area" | "box" | "box-item";

/** Node types that a deliverable or action may `advance`. */
export const ADVANCEABLE: ReadonlySet<NodeType> = new Set(["goal", "objective", "approach"]);

export type EdgeType = "contains" | "advances" | "refs" | "derivedFrom" | "serves" | "strategy" | "workplan";

export interface Period {
  start?: string;
  end?: string;
}

export interface PlanDocument {
  id: string;
  kind: DocumentKind;
  title?: string;
  status?: string;
  period?: Period;
  published?: string;
  file: string;
  /** The document's plain data, as loaded. */
  data: Record<string, unknown>;
  /** Every node of the document, in source order (parents before children). */
  nodes: PlanNode[];
}

export interface PlanNode {
  /** Globally unique reference: '<document-id>/<node-id>'; a deliverable document's own node is '<document-id>'. */
  ref: string;
  id: string;
  document: string;
  type: NodeType;
  /** The key the source's level sits under ('objectives', 'strategies', ...). */
  level: string;
  label?: string;
  title?: string;
  description?: string;
  parent?: string;
  children: string[];
  /** Distance from the document's top level (top-level nodes: 0). */
  depth: number;
  file: string;
  path: DocPath;
  data: Record<string, unknown>;
}

export interface Edge {
  from: string;
  /** The resolved target's reference, or the reference as written when it does not resolve. */
  to: string;
  type: EdgeType;
  resolved: boolean;
  /** The reference exactly as written in the file. */
  written: string;
  cite?: string;
  /** Where the link is written (absent for containment). */
  at?: Location;
}

export interface Duplicate<T> {
  first: T;
  again: T;
}

/** What the source calls a node: a sub-goal under 'strategies' is a "strategy", under 'objectives' an "objective". */
export function levelName(node: PlanNode): string {
  if (node.type !== "objective") return node.type;
  const singular: Record<string, string> = { objectives: "objective", strategies: "strategy", approaches: "approach" };
  return singular[node.level] ?? node.type;
}
