import type { Edge, PlanDocument, PlanNode } from "../graph/model.js";
import { documentFields, fieldValue, nodeFields } from "./fields.js";
import type { Matching } from "./match.js";
import type { DiffSide, FieldChange } from "./model.js";
import { foldTypography, textsDiffer, typographicEdit, wordDiff, type WordChange } from "./text.js";

// Everything the checks read, computed once before any of them runs: what differs within each pair
// (its fields, whether and how it moved, whether its reference still resolves), which relabels are
// one renumbering, which nodes are left over on either side, and the new side's references that
// still name an old node. No check fills in facts for another, so the checks run in any order.

/** Link types compared (derivedFrom is lineage between versions, so it is not compared). */
const LINK_TYPES = new Set(["advances", "refs", "serves", "strategy", "workplan"]);
/** Text longer than this many characters is shown as a word diff (shorter values as old -> new). */
const LONG_TEXT = 40;
/**
 * Below this share of words kept, a long text (not a title) was replaced rather than reworded: a
 * word diff of two different paragraphs is noise, so it is shown as old -> new.
 */
const REWORDED_MIN_KEPT = 0.4;

export type Movement = "moved" | "promoted" | "demoted";

export interface PairFacts {
  old: PlanNode;
  new: PlanNode;
  fields: FieldChange[];
  movement?: Movement;
  /** Whether the title or description was reworded: its words changed, not only their case or punctuation. */
  reworded: boolean;
  /** The old reference names nothing on the new side: what still points at it points at nothing. */
  refGone: boolean;
}

export interface DiffFacts {
  oldSide: DiffSide;
  newSide: DiffSide;
  matching: Matching;
  strict: boolean;
  /** Every pair, in the old side's order. */
  pairs: PairFacts[];
  /** Runs of two or more siblings that kept their place and changed labels (one renumbering each). */
  renumberedRuns: PairFacts[][];
  /** Old refs whose label change belongs to a renumbering rather than to a change of their own. */
  relabelled: ReadonlySet<string>;
  /** Old refs reported within a split or a merge (the pair of the first part) rather than on their own. */
  continued: ReadonlySet<string>;
  /** Old nodes with no counterpart (and not merged into one), in the old side's order. */
  removed: PlanNode[];
  /** New nodes with no counterpart (and not a part of a split), in the new side's order. */
  added: PlanNode[];
  /** The new side's unresolved links, by the old reference they name: links left pointing at nothing. */
  dangling: ReadonlyMap<string, Edge[]>;
}

export function collectFacts(oldSide: DiffSide, newSide: DiffSide, matching: Matching, strict: boolean): DiffFacts {
  const dangling = danglingLinks(oldSide, newSide);
  const staleLinks = new Map<Edge, string>();
  for (const [oldRef, edges] of dangling) for (const edge of edges) staleLinks.set(edge, oldRef);
  const pairs: PairFacts[] = [];
  for (const u of matching.oldNodes) {
    const ref = matching.oldToNew.get(u.ref);
    const v = ref ? newSide.graph.node(ref) : undefined;
    if (!v) continue;
    const fields = compareFields(u, v, oldSide, newSide, matching, strict, staleLinks);
    const movement = movementOf(u, v, oldSide, newSide, matching);
    pairs.push({ old: u, new: v, fields, ...(movement ? { movement } : {}), reworded: fields.some(isRewording), refGone: !newSide.graph.node(u.ref) });
  }
  const renumberedRuns = renumberings(pairs);
  const splitParts = new Set([...matching.splits.values()].flat());
  const mergedParts = new Set([...matching.merges.values()].flat());
  const continued = new Set(matching.splits.keys());
  for (const target of matching.merges.keys()) {
    const old = matching.newToOld.get(target);
    if (old) continued.add(old);
  }
  return {
    oldSide, newSide, matching, strict, pairs, renumberedRuns,
    relabelled: new Set(renumberedRuns.flat().map((pair) => pair.old.ref)),
    continued,
    removed: matching.oldNodes.filter((u) => !matching.oldToNew.has(u.ref) && !mergedParts.has(u.ref)),
    added: matching.newNodes.filter((v) => !matching.newToOld.has(v.ref) && !splitParts.has(v.ref)),
    dangling,
  };
}

/** A change of the title or description beyond typography (a comma more is not a rewording). */
export function isRewording(field: FieldChange): boolean {
  return (field.field === "title" || field.field === "description") && field.typographic === undefined;
}

/** Siblings that kept their place and changed labels, grouped by their new parent; a group of one is a node's own change. */
function renumberings(pairs: readonly PairFacts[]): PairFacts[][] {
  const groups = new Map<string, PairFacts[]>();
  for (const pair of pairs) {
    if (pair.movement || !pair.fields.some((f) => f.field === "label")) continue;
    const key = pair.new.parent ?? `top of ${pair.new.document}`;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

/** A changed value; text long enough to be read as prose carries its word-level differences. */
export function fieldChange(field: string, a: unknown, b: unknown, strict: boolean): FieldChange | undefined {
  if (typeof a === "string" && typeof b === "string") {
    if (!textsDiffer(a, b, strict)) return undefined;
    const long = a.length > LONG_TEXT || b.length > LONG_TEXT || field === "title" || field === "description";
    const words = long ? wordDiff(a, b, strict) : undefined;
    const shown = words && (field === "title" || keptShare(words) >= REWORDED_MIN_KEPT);
    // The same words with a comma more, or in capitals: said as what it is, and still shown word by word.
    const typographic = strict ? typographicEdit(a, b) : typographicEdit(foldTypography(a), foldTypography(b));
    return { field, old: a, new: b, ...(typographic ? { typographic } : {}), ...(shown ? { words } : {}) };
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  return { field, ...(a !== undefined ? { old: a } : {}), ...(b !== undefined ? { new: b } : {}) };
}

/** The share of words (of the longer text) that a word diff keeps. */
function keptShare(words: readonly WordChange[]): number {
  const count = (keep: (w: WordChange) => boolean) => words.filter(keep).reduce((n, w) => n + (w.value.match(/\S+/g)?.length ?? 0), 0);
  const kept = count((w) => !w.added && !w.removed);
  return kept / Math.max(1, kept + Math.max(count((w) => Boolean(w.removed)), count((w) => Boolean(w.added))));
}

/** The fields of two versions of a document that differ, as the schema of its kind lists them. */
export function documentFieldChanges(a: PlanDocument, b: PlanDocument, strict: boolean): FieldChange[] {
  const fields: FieldChange[] = [];
  const title = fieldChange("title", a.title, b.title, strict);
  if (title) fields.push(title);
  for (const field of ["description", ...documentFields(b)]) {
    const change = fieldChange(field, fieldValue(a.data, field), fieldValue(b.data, field), strict);
    if (change) fields.push(change);
  }
  return fields;
}

function compareFields(u: PlanNode, v: PlanNode, oldSide: DiffSide, newSide: DiffSide, matching: Matching, strict: boolean, staleLinks: ReadonlyMap<Edge, string>): FieldChange[] {
  const fields: FieldChange[] = [];
  // The id is part of the contract: references name it, so a new id is a change even when nothing else is.
  if (u.id !== v.id) fields.push({ field: "id", old: u.id, new: v.id });
  for (const field of ["title", "description"] as const) {
    const change = fieldChange(field, u[field], v[field], strict);
    if (change) fields.push(change);
  }
  if (u.label !== v.label) fields.push({ field: "label", ...(u.label !== undefined ? { old: u.label } : {}), ...(v.label !== undefined ? { new: v.label } : {}) });
  const oldLinks = linksOf(oldSide, u, (e) => matching.oldToNew.get(e.to) ?? e.to);
  // A link on the new side still naming an old node's id is written as before: the node's id change reports it, not the link.
  const newLinks = linksOf(newSide, v, (e) => {
    const oldRef = staleLinks.get(e);
    return oldRef === undefined ? e.to : (matching.oldToNew.get(oldRef) ?? e.to);
  });
  if (oldLinks.join("\n") !== newLinks.join("\n")) fields.push({ field: "links", old: oldLinks, new: newLinks });
  const names = new Set([...nodeFields(oldSide.graph, u), ...nodeFields(newSide.graph, v)]);
  for (const field of names) {
    const change = fieldChange(field, fieldValue(u.data, field), fieldValue(v.data, field), strict);
    if (change) fields.push(change);
  }
  return fields;
}

/** A node's outgoing links as 'type target' (targets in the new side's terms), sorted. */
function linksOf(side: DiffSide, node: PlanNode, target: (edge: Edge) => string): string[] {
  return side.graph
    .outgoing(node.ref)
    .filter((e: Edge) => LINK_TYPES.has(e.type))
    .map((e) => `${e.type} ${target(e)}`)
    .sort();
}

/** The new side's unresolved links whose target is a reference of the old side (as written, or within the linking node's document). */
function danglingLinks(oldSide: DiffSide, newSide: DiffSide): Map<string, Edge[]> {
  const found = new Map<string, Edge[]>();
  if (oldSide.graph === newSide.graph) return found;
  for (const edge of newSide.graph.edges) {
    if (edge.resolved || edge.type === "contains" || edge.type === "derivedFrom") continue;
    const from = newSide.graph.node(edge.from);
    const candidates = [edge.to, ...(from ? [`${from.document}/${edge.to}`] : [])];
    const oldRef = candidates.find((ref) => oldSide.graph.node(ref) !== undefined);
    if (oldRef) found.set(oldRef, [...(found.get(oldRef) ?? []), edge]);
  }
  return found;
}

function movementOf(u: PlanNode, v: PlanNode, oldSide: DiffSide, newSide: DiffSide, matching: Matching): Movement | undefined {
  const pu = matching.context.oldParent(u);
  const pv = matching.context.newParent(v);
  // A node that went with a part of its parent's split, or whose parent was merged into its new parent, stays where it was.
  const continuedParent = pu !== undefined && pv !== undefined && (matching.splits.get(pu.ref)?.includes(pv.ref) || matching.merges.get(pv.ref)?.includes(pu.ref));
  const sameParent = pu ? matching.oldToNew.get(pu.ref) === pv?.ref || Boolean(continuedParent) : pv === undefined;
  const sameDocument = (matching.documents.get(u.document) ?? u.document) === v.document || Boolean(oldSide.root);
  if (sameParent && sameDocument) return undefined;
  const depthOld = u.depth - (oldSide.root?.depth ?? 0);
  const depthNew = v.depth - (newSide.root?.depth ?? 0);
  return depthNew < depthOld ? "promoted" : depthNew > depthOld ? "demoted" : "moved";
}
