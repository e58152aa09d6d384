import type { PlanGraph } from "../graph/graph.js";
import type { NodeType, PlanNode } from "../graph/model.js";
import { overlap, type TextFeatures, type Vocabulary } from "./features.js";
import type { ScoreBreakdown } from "./model.js";

// How alike two nodes of the two sides are, 0-1, from parts a reviewer can check (--explain):
// title words, all words, context (paired parents and children), the deliverables that advance
// both, and node type. A part with nothing to compare (no children, no advancing deliverables on
// one side) is left out and the others weigh more, so a missing fact is not counted as a mismatch.

export const WEIGHTS = { title: 0.4, text: 0.35, context: 0.15, links: 0.05, type: 0.05 } as const;

/** Node types that can continue one another across versions (a strategy promoted to a goal). */
const FAMILIES: NodeType[][] = [["goal", "objective", "approach", "focus-area"]];

export function typeAffinity(a: NodeType, b: NodeType): number {
  if (a === b) return 1;
  return FAMILIES.some((family) => family.includes(a) && family.includes(b)) ? 0.5 : 0;
}

/** What the scorer reads from each side besides the texts: the current pairs and the scope. */
export interface ScoreContext {
  vocabulary: Vocabulary;
  oldGraph: PlanGraph;
  newGraph: PlanGraph;
  /** Current pairs, old ref -> new ref and back. */
  oldToNew: ReadonlyMap<string, string>;
  newToOld: ReadonlyMap<string, string>;
  /** The parent of a node within its side's scope (undefined at the top of the scope). */
  oldParent(node: PlanNode): PlanNode | undefined;
  newParent(node: PlanNode): PlanNode | undefined;
  /** Deliverable keys that advance a node, in the new side's terms (old deliverables through their pairs). */
  oldAdvancers(node: PlanNode): ReadonlySet<string>;
  newAdvancers(node: PlanNode): ReadonlySet<string>;
}

/** The text parts of a score, which depend on the two texts only (so a caller may keep them between rounds). */
export function textScores(fu: TextFeatures, fv: TextFeatures, vocabulary: Vocabulary): { title: number; text: number } {
  return { title: overlap(fu.title, fu.titleNorm, fv.title, fv.titleNorm, vocabulary), text: overlap(fu.all, fu.allNorm, fv.all, fv.allNorm, vocabulary) };
}

export function score(u: PlanNode, fu: TextFeatures, v: PlanNode, fv: TextFeatures, context: ScoreContext, texts = textScores(fu, fv, context.vocabulary)): ScoreBreakdown {
  const { title, text } = texts;
  const type = typeAffinity(u.type, v.type);
  const parts: [number, number][] = [
    [WEIGHTS.title, title],
    [WEIGHTS.text, text],
    [WEIGHTS.type, type],
  ];
  const contextScore = contextOf(u, v, context);
  parts.push([WEIGHTS.context, contextScore]);
  const links = linkOverlap(context.oldAdvancers(u), context.newAdvancers(v));
  if (links !== undefined) parts.push([WEIGHTS.links, links]);
  let weight = 0;
  let sum = 0;
  for (const [w, value] of parts) {
    weight += w;
    sum += w * value;
  }
  return { title: round(title), text: round(text), context: round(contextScore), links: round(links ?? 0), type, total: round(sum / weight) };
}

/** Parent agreement (1 same place, 0.5 unknown, 0 elsewhere), averaged with the share of children paired with each other (when both have children). */
function contextOf(u: PlanNode, v: PlanNode, context: ScoreContext): number {
  const pu = context.oldParent(u);
  const pv = context.newParent(v);
  let parent: number;
  if (!pu && !pv) parent = 1;
  else if (!pu || !pv) parent = 0;
  else if (context.oldToNew.get(pu.ref) === pv.ref) parent = 1;
  else if (context.oldToNew.has(pu.ref) || context.newToOld.has(pv.ref)) parent = 0;
  else parent = 0.5;
  if (u.children.length === 0 || v.children.length === 0) return parent;
  const newChildren = new Set(v.children);
  let shared = 0;
  for (const child of u.children) {
    const paired = context.oldToNew.get(child);
    if (paired && newChildren.has(paired)) shared++;
  }
  return (parent + shared / Math.max(u.children.length, v.children.length)) / 2;
}

function linkOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Scores are kept to three decimals so that output and tie-breaks do not depend on float noise. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
