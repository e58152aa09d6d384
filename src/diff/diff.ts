import { sha256Hex } from "../core/crypto.js";
import { CHECKS } from "./checks/registry.js";
import type { ChangeDraft, DiffCheck } from "./checks/check.js";
import { collectFacts, type DiffFacts } from "./facts.js";
import { coverageImpact } from "./impact.js";
import { match, type Matching } from "./match.js";
import type { Change, DiffResult, DiffSide, DiffSummary, NodeName, PairExplanation } from "./model.js";
import { markWholeSubtrees, parentOf } from "./subtrees.js";
import { nameOf } from "./names.js";
import type { Pins } from "./pins.js";

// The semantic diff of two sides: pair the nodes (match.ts), run every check over the pairs and
// leftovers (checks/), grade and word each change (registry, messages), and add the impact on
// the work. Reads graphs only; prints nothing.

export interface DiffOptions {
  /** Report typographic variants (quotes, dashes, spaces) as changes. */
  strict?: boolean;
  /** Keep only changes at these levels: 'goals', or a depth (1 = the top level). */
  level?: "goals" | number;
  pins?: Pins;
  /** Include every pair with its score breakdown. */
  explain?: boolean;
  /**
   * Whether work plans were loaded with the sides, so that what breaks for deliverables could be
   * seen. The loader knows (a two-file diff may have none); by default, whether either side's
   * graph holds a work plan or a deliverable.
   */
  workplansConsidered?: boolean;
}

export function diff(oldSide: DiffSide, newSide: DiffSide, options: DiffOptions = {}): DiffResult {
  const matching = match(oldSide, newSide, options.pins);
  const facts = collectFacts(oldSide, newSide, matching, options.strict ?? false);
  const found = CHECKS.flatMap((check) => check.find(facts).map((finding) => ({ check, draft: { ...finding, check: check.id } as ChangeDraft })));
  const drafts = found.map((f) => f.draft);
  markWholeSubtrees(drafts, facts);
  const changes = inTreeOrder(found.map(({ check, draft }) => finish(check, draft, depthOf(draft, oldSide, newSide), parentOf(draft, oldSide, newSide))), matching).filter((change) => withinLevel(change, options.level, oldSide, newSide));
  const workplansConsidered = options.workplansConsidered ?? (holdsWork(oldSide) || holdsWork(newSide));
  const result: DiffResult = { old: oldSide.name, new: newSide.name, workplansConsidered, changes, coverage: coverageImpact(facts), summary: summarize(changes, drafts, facts) };
  if (options.explain) result.pairs = explain(matching, newSide);
  return result;
}

function depthOf(draft: ChangeDraft, oldSide: DiffSide, newSide: DiffSide): number {
  const [side, ref] = draft.new ? [newSide, draft.new.ref] : [oldSide, draft.old?.ref];
  const node = ref ? side.graph.node(ref) : undefined;
  return node ? node.depth - (side.root?.depth ?? 0) : 0;
}

/** Document changes first, then in the new side's order (a removed node just after the pair that precedes it on the old side). */
function inTreeOrder(changes: Change[], matching: Matching): Change[] {
  const position = new Map<string, number>();
  matching.newNodes.forEach((v, i) => position.set(v.ref, i));
  let last = -1;
  const oldPosition = new Map<string, number>();
  for (const u of matching.oldNodes) {
    const paired = matching.oldToNew.get(u.ref);
    if (paired !== undefined) last = position.get(paired) ?? last;
    oldPosition.set(u.ref, last + 0.5);
  }
  const key = (change: Change): number => {
    if (change.type === "document") return -1;
    const ref = change.new?.ref ?? change.parts?.[0]?.ref;
    if (ref !== undefined && position.has(ref)) return position.get(ref)!;
    return oldPosition.get(change.old?.ref ?? change.parts?.[0]?.ref ?? "") ?? Infinity;
  };
  return changes.map((change, i) => ({ change, i, k: key(change) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.change);
}

function holdsWork(side: DiffSide): boolean {
  for (const document of side.graph.documents.values()) if (document.kind === "workplan" || document.kind === "deliverable") return true;
  return false;
}

/**
 * A finding graded and worded by its check: ERR is breaking, WARN suspect. Optional keys are set
 * one by one in the order the JSON output shows them (a spread per key made a large diff's
 * garbage).
 */
function finish(check: DiffCheck, draft: ChangeDraft, depth: number, parent: NodeName | undefined): Change {
  const level = check.level;
  const change: Change = { id: fingerprint(draft), check: draft.check, level, type: draft.type, nodeType: draft.nodeType, message: check.text(draft) } as Change;
  if (draft.old) change.old = draft.old;
  if (draft.new) change.new = draft.new;
  if (draft.parts) change.parts = draft.parts;
  if (draft.score !== undefined) change.score = draft.score;
  change.ambiguous = draft.ambiguous ?? false;
  change.breaking = level === "ERR";
  change.suspect = level === "WARN";
  change.fields = draft.fields ?? [];
  change.affected = draft.affected ?? [];
  change.depth = depth;
  if (draft.candidate) change.candidate = draft.candidate;
  if (parent) change.parent = parent;
  if (draft.whole) change.whole = draft.whole;
  if (draft.partOf) change.partOf = draft.partOf;
  return change;
}

/** oasdiff's stable fingerprint: the same change between the same nodes always hashes the same. */
function fingerprint(draft: ChangeDraft): string {
  const parts = (draft.parts ?? []).map((p) => p.ref).join(",");
  const fields = (draft.fields ?? []).map((f) => f.field).join(",");
  return sha256Hex(`${draft.check}:${draft.old?.ref ?? ""}:${draft.new?.ref ?? ""}:${parts}:${fields}`).slice(0, 12);
}

function withinLevel(change: Change, level: DiffOptions["level"], oldSide: DiffSide, newSide: DiffSide): boolean {
  if (level === undefined || change.type === "document") return true;
  if (level === "goals") return change.nodeType === "goal" || change.old?.type === "goal" || change.new?.type === "goal";
  const depthOf = (side: DiffSide, ref: string | undefined) => {
    const node = ref ? side.graph.node(ref) : undefined;
    return node ? node.depth - (side.root?.depth ?? 0) : Infinity;
  };
  const refs = [change.old?.ref, change.new?.ref, ...(change.parts ?? []).map((p) => p.ref)];
  return refs.some((ref) => Math.min(depthOf(oldSide, ref), depthOf(newSide, ref)) < level);
}

function summarize(changes: readonly Change[], drafts: readonly ChangeDraft[], facts: DiffFacts): DiffSummary {
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, moved: 0, promoted: 0, demoted: 0, split: 0, merged: 0, renumbered: 0, document: 0, unchanged: 0, breaking: 0, suspect: 0 };
  for (const change of changes) {
    summary[change.type]++;
    if (change.breaking) summary.breaking++;
    if (change.suspect) summary.suspect++;
  }
  // Unchanged: pairs that no change names, counted over all levels (what --level hides is not unchanged).
  const named = new Set(facts.relabelled);
  for (const draft of drafts) {
    if (draft.old) named.add(draft.old.ref);
    if (draft.type === "merged") for (const part of draft.parts ?? []) named.add(part.ref);
  }
  summary.unchanged = facts.pairs.filter((pair) => !named.has(pair.old.ref)).length;
  return summary;
}

function explain(matching: ReturnType<typeof match>, newSide: DiffSide): PairExplanation[] {
  const pairs: PairExplanation[] = [];
  for (const u of matching.oldNodes) {
    const ref = matching.oldToNew.get(u.ref);
    const v = ref ? newSide.graph.node(ref) : undefined;
    const pairing = matching.pairings.get(u.ref);
    if (!v || !pairing) continue;
    pairs.push({ old: nameOf(u), new: nameOf(v), by: pairing.by, score: pairing.score, ambiguous: pairing.ambiguous, ...(pairing.breakdown ? { breakdown: pairing.breakdown } : {}) });
  }
  return pairs;
}
