import { levelName, type PlanNode } from "../graph/model.js";
import { idOf, spokenName } from "../graph/naming.js";
import type { NodeName } from "./model.js";

/** A node as changes carry it: its reference, label, title and type (as the source calls it). */
export function nameOf(node: PlanNode): NodeName {
  // Key by key, in the order the JSON output shows them (called for every node a large diff names).
  const name = { ref: node.ref } as NodeName;
  if (node.label) name.label = node.label;
  if (node.title) name.title = node.title;
  name.type = levelName(node);
  return name;
}

/** How long a title may be in a diff line: longer than a lint message's, since a diff tells rewordings apart by their titles. */
export const DIFF_TITLE = 60;

/** A node as a reader would name it: 'goal 3 "Drive collective ambition ..."', or its id when it has no label. */
export function describe(name: NodeName): string {
  return spokenName(name.type, name.label ?? idOf(name.ref), name.title, DIFF_TITLE);
}
