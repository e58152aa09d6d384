import type { PlanNode } from "../graph/model.js";
import { assign, type ScoredEdge } from "./assignment.js";
import type { MatchState, SideState } from "./match-state.js";
import type { ScoreBreakdown } from "./model.js";
import { THRESHOLD } from "./thresholds.js";
import { itemAt } from "../core/item-at.js";
import { fieldValue, nodeFields } from "./fields.js";
import { differentSeats } from "./seats.js";
import { foldTypography } from "./text.js";

// The last phase: what is left, paired within parents that continue each other.

/** The state, and the splits and merges found: a parent's parts are where its children continue. */
export interface WithinParents extends MatchState {
  splits: ReadonlyMap<string, string[]>;
  merges: ReadonlyMap<string, string[]>;
}

/**
 * What is left, paired within parents that continue each other (a parent's pair, the parts of its
 * split, the node it was merged into; or both at the top of paired documents), where the place is
 * the second source of evidence. Stakeholders and values, named again under many parents, are
 * paired only here: the same person named under another objective is a new mention there, not the
 * old one moved or split. Nodes without a word (an empty objective of a form) are paired in their
 * order: their place is all there is.
 */
export function pairWithinParents(phase: WithinParents): void {
  const { olds, news, context, oldToNew, newToOld } = phase;
  const textless = (state: SideState, index: number) => itemAt(state.features, index).all.size === 0;
  const splitParts = new Set([...phase.splits.values()].flat());
  const mergedParts = new Set([...phase.merges.values()].flat());
  const mergedInto = new Map<string, string>();
  for (const [target, parts] of phase.merges) for (const part of parts) mergedInto.set(part, target);
  /** The new-side groups an old node's siblings may continue in. */
  const groupsOf = (node: PlanNode): string[] => {
    const parent = context.oldParent(node);
    if (!parent) {
      const document = phase.documents.get(node.document);
      return document ? [`document:${document}`] : [];
    }
    const pair = oldToNew.get(parent.ref);
    return [...(pair ? [pair] : []), ...(phase.splits.get(parent.ref) ?? []), ...(mergedInto.has(parent.ref) ? [mergedInto.get(parent.ref)!] : [])];
  };
  const newGroupOf = (node: PlanNode) => context.newParent(node)?.ref ?? `document:${node.document}`;
  const newByGroup = new Map<string, number[]>();
  news.nodes.forEach((v, j) => {
    if (newToOld.has(v.ref) || splitParts.has(v.ref)) return;
    const key = `${newGroupOf(v)}\0${v.type}`;
    const list = newByGroup.get(key);
    if (list) list.push(j);
    else newByGroup.set(key, [j]);
  });
  const edges: (ScoredEdge & { breakdown: ScoreBreakdown })[] = [];
  const textlessSeen = new Map<string, number>();
  olds.nodes.forEach((u, i) => {
    if (oldToNew.has(u.ref) || mergedParts.has(u.ref) || phase.splits.has(u.ref)) return;
    for (const group of groupsOf(u)) {
      const key = `${group}\0${u.type}`;
      const candidates = (newByGroup.get(key) ?? []).filter((j) => textless(news, j) === textless(olds, i));
      if (textless(olds, i)) {
        const nth = textlessSeen.get(key) ?? 0;
        textlessSeen.set(key, nth + 1);
        const j = candidates[nth];
        if (j !== undefined) edges.push({ old: i, new: j, score: phase.scoreOf(i, j).total, breakdown: phase.scoreOf(i, j) });
        continue;
      }
      // At the top of a document the place says little (every goal is there): only entities pair there.
      if (group.startsWith("document:") && !phase.isEntity(u)) continue;
      for (const j of candidates) {
        const v = itemAt(news.nodes, j);
        if (differentSeats(u, v)) continue;
        const breakdown = phase.scoreOf(i, j);
        if (continuesInPlace(breakdown) || sameSentences(phase, u, v)) edges.push({ old: i, new: j, score: breakdown.total, breakdown });
      }
    }
  });
  for (const edge of assign(edges) as typeof edges) {
    phase.pair(itemAt(olds.nodes, edge.old).ref, itemAt(news.nodes, edge.new).ref, { by: "meaning", score: edge.score, ambiguous: false, breakdown: edge.breakdown });
  }
}

/** Words a field's value needs to be a sentence that tells a node apart (not a name, a status or a date). */
const SENTENCE_WORDS = 3;

/**
 * Whether two nodes without a description state the same sentences in the other fields their
 * schema defines, and no differing ones: an indicator whose target ("Publication of Part 1.") and
 * result are word for word the same under paired parents is the same indicator, whatever its title
 * became (the source left it unnamed, then named it "Publication"). The second source beside the place.
 */
function sameSentences(phase: WithinParents, u: PlanNode, v: PlanNode): boolean {
  if (u.description || v.description) return false;
  const sentence = (value: unknown) => (typeof value === "string" && value.trim().split(/\s+/).length >= SENTENCE_WORDS ? foldTypography(value) : undefined);
  let same = 0;
  for (const field of new Set([...nodeFields(phase.oldSide.graph, u), ...nodeFields(phase.newSide.graph, v)])) {
    const [a, b] = [sentence(fieldValue(u.data, field)), sentence(fieldValue(v.data, field))];
    if (a === undefined && b === undefined) continue;
    if (a !== b) return false;
    same++;
  }
  return same > 0;
}

/** Under parents that continue each other, the place is one source: a strong title or text is the other. */
function continuesInPlace(breakdown: ScoreBreakdown): boolean {
  if (breakdown.total < THRESHOLD || breakdown.contradicted) return false;
  return breakdown.evidence.some((source) => source === "title" || source === "long title" || source === "text" || source === "long text");
}
