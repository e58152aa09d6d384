import { levelName, type PlanDocument, type PlanNode } from "./model.js";

/** How long a title may be in a message before it is shortened with an ellipsis. */
const SHORT_TITLE = 50;

/** A title cut to a length that fits in a message line. */
export function shortTitle(title: string, max = SHORT_TITLE): string {
  const flat = title.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A node named the way a reader of the plan says it, the one way every message names a node:
 * kind, then label (or the id when the source gives no number), then the short title:
 * `goal 3 "Protect and expand civic space."`, `deliverable 'fundraising' "Fundraising"`.
 */
export function nodeName(node: PlanNode): string {
  const number = node.label ?? `'${node.id}'`;
  return node.title ? `${levelName(node)} ${number} "${shortTitle(node.title)}"` : `${levelName(node)} ${number}`;
}

/** A document named in messages: its kind and id (`strategy 'ogp-strategy-2023'`). */
export function documentName(document: PlanDocument): string {
  return `${document.kind} '${document.id}'`;
}
