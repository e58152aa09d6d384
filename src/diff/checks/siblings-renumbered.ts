import type { PairFacts } from "../facts.js";
import { nameOf } from "../names.js";
import type { Check, ChangeDraft } from "./check.js";

export const SIBLINGS_RENUMBERED = "siblings-renumbered";

/**
 * Siblings that kept their place but changed labels (goals 3 and 4 became 4 and 5): one relabel
 * map instead of one change per label. Runs first: the label changes it reports are marked so
 * that node-changed does not report them again.
 */
export const siblingsRenumbered: Check = (facts) => {
  const groups = new Map<string, PairFacts[]>();
  for (const pair of facts.pairs) {
    if (pair.movement || !pair.fields.some((f) => f.field === "label")) continue;
    const key = pair.new.parent ?? `top of ${pair.new.document}`;
    const group = groups.get(key) ?? [];
    group.push(pair);
    groups.set(key, group);
  }
  const changes: ChangeDraft[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const pair of group) facts.relabelled.add(pair.old.ref);
    changes.push({
      check: SIBLINGS_RENUMBERED,
      type: "renumbered",
      nodeType: group[0]!.new.type,
      parts: group.map((pair) => nameOf(pair.new)),
      fields: group.map((pair) => ({ field: "label", ...(pair.old.label ? { old: pair.old.label } : {}), ...(pair.new.label ? { new: pair.new.label } : {}) })),
    });
  }
  return changes;
};
