import { nameOf } from "../names.js";
import type { Finder } from "./check.js";
import { itemAt } from "../../core/item-at.js";

/**
 * siblings-renumbered: siblings that kept their place but changed labels (goals 3 and 4 became 4
 * and 5), as one relabel map instead of one change per label. The runs are a fact
 * (facts.renumberedRuns), so node-changed leaves their labels out whatever order the checks run in.
 */
export const siblingsRenumbered: Finder = (facts) =>
  facts.renumberedRuns.map((group) => ({
    type: "renumbered",
    nodeType: itemAt(group, 0).new.type,
    parts: group.map((pair) => nameOf(pair.new)),
    fields: group.map((pair) => ({ field: "label", ...(pair.old.label ? { old: pair.old.label } : {}), ...(pair.new.label ? { new: pair.new.label } : {}) })),
  }));
