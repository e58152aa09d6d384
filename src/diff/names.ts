import { levelName, type PlanNode } from "../graph/model.js";
import type { NodeName } from "./model.js";

/** A node as changes carry it: its reference, label, title and type (as the source calls it). */
export function nameOf(node: PlanNode): NodeName {
  return { ref: node.ref, ...(node.label ? { label: node.label } : {}), ...(node.title ? { title: node.title } : {}), type: levelName(node) };
}

/** A node as a reader would name it: 'goal 3 "Drive collective ambition ..."', or its id when it has no label. */
export function describe(name: NodeName): string {
  const title = name.title ? ` "${shorten(name.title, 60)}"` : "";
  return `${name.type} ${name.label ?? name.ref.split("/").pop()}${title}`;
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
