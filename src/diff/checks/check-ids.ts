// The ids of the diff's checks, apart from the checks themselves: the change model names them
// (model.ts), and a check reads the model, so the ids may depend on nothing.

/** Every check id, in the order --help and the schema list them: breaking first, then suspect, then the rest. */
export const CHECK_IDS = [
  "advanced-node-removed",
  "advanced-node-id-changed",
  "advanced-node-split",
  "advanced-nodes-merged",
  "advanced-node-left-strategy",
  "advanced-node-reworded",
  "node-removed",
  "node-added",
  "node-changed",
  "node-moved",
  "node-promoted",
  "node-demoted",
  "node-split",
  "nodes-merged",
  "siblings-renumbered",
  "document-changed",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];
