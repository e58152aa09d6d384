import type { Edge, PlanNode } from "../graph/model.js";
import type { Matching } from "./match.js";
import type { DiffSide, FieldChange } from "./model.js";
import { textsDiffer, wordDiff } from "./text.js";

// What differs within each pair, computed once for every check to read: the changed fields and
// whether (and how) the node moved.

/** Fields of a node's data compared as metadata (its other keys are structure, provenance or notes). */
export const METADATA_FIELDS = ["status", "period", "published", "target", "baseline", "due", "start", "end"] as const;
/** Link types compared (derivedFrom is lineage between versions, so it is not compared). */
const LINK_TYPES = new Set(["advances", "refs", "serves", "strategy", "workplan"]);

export type Movement = "moved" | "promoted" | "demoted";

export interface PairFacts {
  old: PlanNode;
  new: PlanNode;
  fields: FieldChange[];
  movement?: Movement;
  /** Whether the title or description was reworded (beyond typography unless strict). */
  reworded: boolean;
}

export interface DiffFacts {
  oldSide: DiffSide;
  newSide: DiffSide;
  matching: Matching;
  strict: boolean;
  /** Every pair, in the old side's order. */
  pairs: PairFacts[];
  /** Old refs whose label change is reported in a renumbering rather than on its own (set by the renumbering check). */
  relabelled: Set<string>;
}

export function collectFacts(oldSide: DiffSide, newSide: DiffSide, matching: Matching, strict: boolean): DiffFacts {
  const pairs: PairFacts[] = [];
  for (const u of matching.oldNodes) {
    const ref = matching.oldToNew.get(u.ref);
    const v = ref ? newSide.graph.node(ref) : undefined;
    if (!v) continue;
    const fields = compareFields(u, v, oldSide, newSide, matching, strict);
    const movement = movementOf(u, v, oldSide, newSide, matching);
    pairs.push({ old: u, new: v, fields, ...(movement ? { movement } : {}), reworded: fields.some((f) => f.field === "title" || f.field === "description") });
  }
  return { oldSide, newSide, matching, strict, pairs, relabelled: new Set() };
}

function compareFields(u: PlanNode, v: PlanNode, oldSide: DiffSide, newSide: DiffSide, matching: Matching, strict: boolean): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const field of ["title", "description"] as const) {
    const a = u[field];
    const b = v[field];
    if (!textsDiffer(a, b, strict)) continue;
    fields.push({ field, ...(a !== undefined ? { old: a } : {}), ...(b !== undefined ? { new: b } : {}), ...(a !== undefined && b !== undefined ? { words: wordDiff(a, b, strict) } : {}) });
  }
  if (u.label !== v.label) fields.push({ field: "label", ...(u.label !== undefined ? { old: u.label } : {}), ...(v.label !== undefined ? { new: v.label } : {}) });
  const oldLinks = linksOf(oldSide, u, (to) => matching.oldToNew.get(to) ?? to);
  const newLinks = linksOf(newSide, v, (to) => to);
  if (oldLinks.join("\n") !== newLinks.join("\n")) fields.push({ field: "links", old: oldLinks, new: newLinks });
  for (const field of METADATA_FIELDS) {
    const a = u.data[field];
    const b = v.data[field];
    if (JSON.stringify(a) !== JSON.stringify(b)) fields.push({ field, ...(a !== undefined ? { old: a } : {}), ...(b !== undefined ? { new: b } : {}) });
  }
  return fields;
}

/** A node's outgoing links as 'type target' (targets in the new side's terms), sorted. */
function linksOf(side: DiffSide, node: PlanNode, target: (to: string) => string): string[] {
  return side.graph
    .outgoing(node.ref)
    .filter((e: Edge) => LINK_TYPES.has(e.type))
    .map((e) => `${e.type} ${target(e.to)}`)
    .sort();
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
