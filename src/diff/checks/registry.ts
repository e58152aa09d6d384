import { MESSAGES } from "../messages.js";
import type { Level } from "../model.js";
import type { CheckId, DiffCheck, Finder } from "./check.js";
import { documentChanged } from "./document-changed.js";
import { advancedNodeRemoved, nodeAdded, nodeRemoved } from "./node-added-removed.js";
import { advancedNodeSplit, advancedNodesMerged, nodeSplit, nodesMerged } from "./node-split.js";
import { advancedNodeIdChanged, advancedNodeLeftStrategy, advancedNodeReworded, nodeChanged, nodeDemoted, nodeMoved, nodePromoted } from "./pair-changed.js";
import { siblingsRenumbered } from "./siblings-renumbered.js";

// One row per check (oasdiff's checker rows): its id, its level (ERR breaks the work that depends
// on the node, WARN asks for a review, INFO informs), its wording from messages.ts and its finder.
// The order is the order of --help and of the schema's enum, not an order the checks depend on.

const row = (id: CheckId, level: Level, find: Finder): DiffCheck => ({ id, level, find, ...MESSAGES[id] });

export const CHECKS: readonly DiffCheck[] = [
  row("advanced-node-removed", "ERR", advancedNodeRemoved),
  row("advanced-node-id-changed", "ERR", advancedNodeIdChanged),
  row("advanced-node-split", "ERR", advancedNodeSplit),
  row("advanced-nodes-merged", "ERR", advancedNodesMerged),
  row("advanced-node-left-strategy", "ERR", advancedNodeLeftStrategy),
  row("advanced-node-reworded", "WARN", advancedNodeReworded),
  row("node-removed", "INFO", nodeRemoved),
  row("node-added", "INFO", nodeAdded),
  row("node-changed", "INFO", nodeChanged),
  row("node-moved", "INFO", nodeMoved),
  row("node-promoted", "INFO", nodePromoted),
  row("node-demoted", "INFO", nodeDemoted),
  row("node-split", "INFO", nodeSplit),
  row("nodes-merged", "INFO", nodesMerged),
  row("siblings-renumbered", "INFO", siblingsRenumbered),
  row("document-changed", "INFO", documentChanged),
];

const BY_ID = new Map(CHECKS.map((check) => [check.id, check]));

export function checkById(id: CheckId): DiffCheck {
  return BY_ID.get(id)!;
}
