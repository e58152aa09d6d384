import type { PlanNode } from "../graph/model.js";
import type { MatchState, SideState } from "./match-state.js";
import type { ScoreBreakdown } from "./model.js";
import { differentSeats } from "./seats.js";

// The last phase: a node reworded in place. Under parents that continue each other, the children
// both sides keep (paired with each other, in the same order) cut the two lists into stretches, as
// a line diff cuts a file into hunks. A stretch that holds one unpaired old node and one unpaired
// new node of a type, between the same kept neighbours, is that node said otherwise ("Government"
// as "Administration"), as a line diff shows a line replaced in place: the place and the order
// are the two sources of evidence. Its text must not contradict it (two substantial descriptions
// that disagree), and a node that is not a named entity needs some word in common besides.

/** The sources of text evidence, strong or weak: one of them lets a non-entity pair in place. */
const TEXT_SOURCES = new Set(["title", "weak title", "long title", "text", "weak text", "long text"]);

export interface InOrder extends MatchState {
  splits: ReadonlyMap<string, string[]>;
  merges: ReadonlyMap<string, string[]>;
}

export function pairInOrder(phase: InOrder): void {
  const { olds, news, oldSide, newSide, oldToNew, documents } = phase;
  const mergedParts = new Set([...phase.merges.values()].flat());
  const splitParts = new Set([...phase.splits.values()].flat());
  const oldFree = (node: PlanNode) => !oldToNew.has(node.ref) && !mergedParts.has(node.ref) && !phase.splits.has(node.ref);
  const newFree = (node: PlanNode) => !phase.newToOld.has(node.ref) && !splitParts.has(node.ref);
  const inScope = (nodes: readonly PlanNode[], scope: ReadonlySet<string>) => nodes.filter((node) => scope.has(node.ref));
  const childrenOf = (side: typeof oldSide, node: PlanNode) => side.graph.children(node);

  const mergedInto = new Map<string, string>();
  for (const [target, parts] of phase.merges) for (const part of parts) mergedInto.set(part, target);
  for (const u of olds.nodes) {
    if (u.children.length === 0) continue;
    // Where u's children may continue: under u's pair, the parts of its split, or the node it was merged into.
    const groups = [oldToNew.get(u.ref), ...(phase.splits.get(u.ref) ?? []), mergedInto.get(u.ref)];
    for (const ref of new Set(groups)) {
      const v = ref === undefined ? undefined : newSide.graph.node(ref);
      if (v && v.children.length > 0) pairStretches(phase, inScope(childrenOf(oldSide, u), olds.inScope), inScope(childrenOf(newSide, v), news.inScope), oldFree, newFree);
    }
  }
  // The top of paired documents, in their order as well.
  const topOf = (nodes: readonly PlanNode[], scope: ReadonlySet<string>, parentOf: (node: PlanNode) => PlanNode | undefined) => nodes.filter((node) => scope.has(node.ref) && !parentOf(node));
  for (const [oldDocument, newDocument] of documents) {
    const oldTop = topOf(oldSide.documents.find((d) => d.id === oldDocument)?.nodes ?? [], olds.inScope, phase.context.oldParent);
    const newTop = topOf(newSide.documents.find((d) => d.id === newDocument)?.nodes ?? [], news.inScope, phase.context.newParent);
    pairStretches(phase, oldTop, newTop, oldFree, newFree);
  }
}

/** Pairs the one free old node and the one free new node of a type between the same kept neighbours. */
function pairStretches(phase: InOrder, oldList: readonly PlanNode[], newList: readonly PlanNode[], oldFree: (node: PlanNode) => boolean, newFree: (node: PlanNode) => boolean): void {
  const newIndex = new Map(newList.map((node, k) => [node.ref, k]));
  // Kept children: old index -> new index, in increasing order on both sides.
  const kept: [number, number][] = [];
  oldList.forEach((node, k) => {
    const pair = phase.oldToNew.get(node.ref);
    const at = pair === undefined ? undefined : newIndex.get(pair);
    if (at !== undefined) kept.push([k, at]);
  });
  const anchors = increasing(kept);
  let [oldFrom, newFrom] = [0, 0];
  for (const [oldAt, newAt] of [...anchors, [oldList.length, newList.length] as [number, number]]) {
    pairStretch(phase, oldList.slice(oldFrom, oldAt).filter(oldFree), newList.slice(newFrom, newAt).filter(newFree));
    [oldFrom, newFrom] = [oldAt + 1, newAt + 1];
  }
}

function pairStretch(phase: InOrder, olds: readonly PlanNode[], news: readonly PlanNode[]): void {
  if (olds.length === 0 || news.length === 0) return;
  const byType = (nodes: readonly PlanNode[]) => {
    const found = new Map<string, PlanNode[]>();
    for (const node of nodes) found.set(node.type, [...(found.get(node.type) ?? []), node]);
    return found;
  };
  const newByType = byType(news);
  for (const [type, oldOfType] of byType(olds)) {
    const newOfType = newByType.get(type);
    const [u, v] = [oldOfType[0], newOfType?.[0]];
    if (!u || !v || oldOfType.length !== 1 || newOfType?.length !== 1 || differentSeats(u, v)) continue;
    const entity = phase.isEntity(u);
    const breakdown = phase.breakdown(u, v);
    if (!breakdown || !continuesInOrder(breakdown, entity, describes(phase.olds, u) && describes(phase.news, v))) continue;
    const inOrder: ScoreBreakdown = { ...breakdown, evidence: [...breakdown.evidence, "order"] };
    phase.pair(u.ref, v.ref, { by: "meaning", score: breakdown.total, ambiguous: false, breakdown: inOrder });
  }
}

/** Words a description needs before its disagreement with the other one tells two nodes apart. */
const DESCRIBED_WORDS = 6;
const DESCRIPTION_SOURCES = new Set(["text", "weak text", "long text"]);

function describes(state: SideState, node: PlanNode): boolean {
  const i = state.position.get(node.ref);
  return i !== undefined && (state.features[i]?.description.size ?? 0) >= DESCRIBED_WORDS;
}

/**
 * In its place, a node needs no contradiction, descriptions that agree when both have one ("Jared
 * Kushner, Senior Advisor" replaced by "Josh Raffel, Communications" is another person), and a word
 * in common unless it is a named entity.
 */
export function continuesInOrder(breakdown: ScoreBreakdown, entity: boolean, bothDescribed: boolean): boolean {
  if (breakdown.contradicted) return false;
  if (bothDescribed && !breakdown.evidence.some((source) => DESCRIPTION_SOURCES.has(source))) return false;
  return entity || breakdown.evidence.some((source) => TEXT_SOURCES.has(source));
}

/** The longest run of kept pairs increasing on both sides (patience sorting), so a child moved within its list does not cut the stretches. */
export function increasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, at], k) => {
    let [low, high] = [0, tails.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      const tail = tails[mid];
      if (tail !== undefined && (pairs[tail]?.[1] ?? 0) < at) low = mid + 1;
      else high = mid;
    }
    previous[k] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = k;
  });
  const run: [number, number][] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = previous[k] ?? -1) {
    const pair = pairs[k];
    if (pair) run.push(pair);
  }
  return run.reverse();
}
