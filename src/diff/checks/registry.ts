import type { Level } from "../model.js";
import type { Check } from "./check.js";
import { documentChanged, DOCUMENT_CHANGED } from "./document-changed.js";
import { addedAndRemoved, ADVANCED_NODE_REMOVED, NODE_ADDED, NODE_REMOVED } from "./node-added-removed.js";
import { NODE_SPLIT, NODES_MERGED, splitAndMerged } from "./node-split.js";
import { ADVANCED_NODE_LEFT_STRATEGY, ADVANCED_NODE_REWORDED, NODE_CHANGED, NODE_DEMOTED, NODE_MOVED, NODE_PROMOTED, pairChanged } from "./pair-changed.js";
import { siblingsRenumbered, SIBLINGS_RENUMBERED } from "./siblings-renumbered.js";

// The level of every check id (ERR breaks the work that depends on the node, WARN asks for a
// review, INFO informs), and the order the checks run in: renumbering first, so that the label
// changes it folds into one relabel map are not reported again per node.

export const LEVELS: Readonly<Record<string, Level>> = {
  [ADVANCED_NODE_REMOVED]: "ERR",
  [ADVANCED_NODE_LEFT_STRATEGY]: "ERR",
  [ADVANCED_NODE_REWORDED]: "WARN",
  [NODE_REMOVED]: "INFO",
  [NODE_ADDED]: "INFO",
  [NODE_CHANGED]: "INFO",
  [NODE_MOVED]: "INFO",
  [NODE_PROMOTED]: "INFO",
  [NODE_DEMOTED]: "INFO",
  [NODE_SPLIT]: "INFO",
  [NODES_MERGED]: "INFO",
  [SIBLINGS_RENUMBERED]: "INFO",
  [DOCUMENT_CHANGED]: "INFO",
};

export const CHECKS: readonly Check[] = [siblingsRenumbered, documentChanged, splitAndMerged, pairChanged, addedAndRemoved];
