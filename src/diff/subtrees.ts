import type { PlanNode } from "../graph/model.js";
import type { ChangeDraft } from "./checks/check.js";
import type { DiffFacts } from "./facts.js";
import type { DiffSide, NodeName } from "./model.js";
import { levelName } from "../graph/model.js";
import { nameOf } from "./names.js";

// Where each change sits for a reader: under which parent, and whether it is one node of a subtree
// added or removed whole (then the subtree's root stands for it: "goal EX1 removed, with its 9
// objectives"). Decided here, so that every format lays the same changes out the same way.

/** Marks each added or removed node whose descendants all went (or came) with it, and those descendants. */
export function markWholeSubtrees(drafts: ChangeDraft[], facts: DiffFacts): void {
  mark(drafts.filter((d) => d.type === "removed"), facts.removed, facts.oldSide, (d) => d.old?.ref);
  mark(drafts.filter((d) => d.type === "added"), facts.added, facts.newSide, (d) => d.new?.ref);
}

function mark(drafts: ChangeDraft[], nodes: readonly PlanNode[], side: DiffSide, refOf: (d: ChangeDraft) => string | undefined): void {
  const byRef = new Map(drafts.map((d) => [refOf(d), d]));
  const gone = new Set(nodes.map((n) => n.ref));
  for (const node of nodes) {
    const draft = byRef.get(node.ref);
    if (!draft || draft.partOf || node.children.length === 0) continue;
    const descendants = [...side.graph.subtree(node)].slice(1);
    if (!descendants.every((d) => gone.has(d.ref))) continue;
    const whole: Record<string, number> = {};
    for (const d of descendants) whole[levelName(d)] = (whole[levelName(d)] ?? 0) + 1;
    draft.whole = whole;
    // A descendant whose own change is breaking keeps its line: its dependents must be re-pointed one by one.
    for (const d of descendants) {
      const inner = byRef.get(d.ref);
      if (inner && !inner.affected?.length) inner.partOf = node.ref;
    }
  }
}

/** The parent of the node a change names, on the side it is named on (none for a top-level node or a document change). */
export function parentOf(draft: ChangeDraft, oldSide: DiffSide, newSide: DiffSide): NodeName | undefined {
  const named = draft.new ?? draft.parts?.[0];
  const [side, ref] = draft.type === "removed" || draft.type === "split" ? [oldSide, draft.old?.ref] : named ? [newSide, named.ref] : [oldSide, draft.old?.ref];
  const node = ref ? side.graph.node(ref) : undefined;
  if (!node || draft.type === "document" || node === side.root) return undefined;
  const parent = side.graph.parent(node);
  if (!parent || (side.root && parent.depth < side.root.depth)) return undefined;
  return nameOf(parent);
}
