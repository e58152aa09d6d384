import type { ChangeDraft, CheckId } from "./checks/check.js";
import type { NodeName } from "./model.js";
import { describe } from "./names.js";
import type { TypographicEdit } from "./text.js";

// Every sentence the diff says, in one place (oasdiff's localizations file): a description of each
// check for --help and the schema, and the message of each change, naming nodes as a reader would.
// Keyed by the typed check ids, so a check without wording does not compile.

export interface Message {
  description: string;
  text(change: ChangeDraft): string;
}

/** How a typographic edit of a field is said. */
const TYPOGRAPHIC: Readonly<Record<TypographicEdit, string>> = {
  spacing: "spacing only",
  punctuation: "punctuation only",
  case: "case only",
  "case and punctuation": "case and punctuation only",
};
/**
 * The changed fields as a clause: "title, status changed", "description: punctuation only",
 * "status changed; title: case only" (a field whose words stayed the same is named apart).
 */
const fieldList = (change: ChangeDraft) => {
  const fields = change.fields ?? [];
  const changed = fields.filter((f) => !f.typographic).map((f) => f.field);
  const clauses = changed.length > 0 ? [`${changed.join(", ")} changed`] : [];
  for (const f of fields) if (f.typographic) clauses.push(`${f.field}: ${TYPOGRAPHIC[f.typographic]}`);
  return clauses.join("; ");
};
const changedFields = (change: ChangeDraft) => (change.fields && change.fields.length > 0 ? `; ${fieldList(change)}` : "");
// "(was ...)" only when the reader would not recognise the node by its new label and title.
const from = (change: ChangeDraft) => (change.old && change.new && describe(change.old) !== describe(change.new) ? ` (was ${describe(change.old)})` : "");
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** The verb after a count: "1 deliverable advances", "2 deliverables advance". */
const advance = (n: number) => (n === 1 ? "advances" : "advance");
const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
/** "3 deliverables", "1 link", "2 deliverables or links": what depends on a node, as the affected list says. */
const dependents = (c: ChangeDraft) => {
  const affected = c.affected ?? [];
  const kinds = new Set(affected.map((a) => (a.link === "advances" ? "deliverable" : "link")));
  const word = kinds.size === 1 ? [...kinds][0] : "deliverable or link";
  return affected.length === 1 ? `1 ${word}` : `${affected.length} ${word === "deliverable or link" ? "deliverables or links" : `${word}s`}`;
};
const them = (c: ChangeDraft) => (c.affected!.length === 1 ? "it" : "them");
const idOf = (ref: string) => ref.split("/").pop()!;
/** A node type in the plural: "objectives", "stakeholders", "strategies". */
export const plural = (type: string, n: number) => (n === 1 ? type : type.endsWith("y") ? `${type.slice(0, -1)}ies` : type.endsWith("s") ? type : `${type}s`);
/** ", with its 9 objectives and 4 indicators" for a subtree added or removed whole; "" otherwise. */
const withSubtree = (c: ChangeDraft) => {
  const parts = Object.entries(c.whole ?? {}).map(([type, n]) => `${n} ${plural(type, n)}`);
  return parts.length > 0 ? `, with its ${list(parts)}` : "";
};
/** How a pair moved, as a clause: ", moved", ", promoted from strategy 3.4", "". */
const movedClause = (c: ChangeDraft) =>
  c.type === "moved" ? " and moved" : c.type === "promoted" ? ` and was promoted from ${describe(c.old!)}` : c.type === "demoted" ? ` and was demoted from ${describe(c.old!)}` : "";

export const MESSAGES: Readonly<Record<CheckId, Message>> = {
  "advanced-node-removed": {
    description: "a node that deliverables advance, or that other nodes link to, was removed: those links break",
    text: (c) => `${describe(c.old!)} was removed${withSubtree(c)}, but ${dependents(c)} still ${c.affected!.length === 1 ? "depends" : "depend"} on it; re-point ${them(c)}`,
  },
  "advanced-node-id-changed": {
    description: "a node that deliverables advance, or that other nodes link to, has a new id (renamed, or moved or promoted under a new id): links to the old id point at nothing",
    text: (c) =>
      `${describe(c.new!)} changed its id from ${idOf(c.old!.ref)} to ${idOf(c.new!.ref)}${movedClause(c)}, but ${dependents(c)} still ${c.affected!.length === 1 ? "names" : "name"} ${c.old!.ref}; re-point ${them(c)} to ${c.new!.ref}`,
  },
  "advanced-node-split": {
    description: "a node that deliverables advance, or that other nodes link to, was split: each link must choose the part it means",
    text: (c) => `${describe(c.old!)} was split into ${list(c.parts!.map(describe))}; re-point the ${dependents(c)} that ${c.affected!.length === 1 ? "names" : "name"} ${c.old!.ref} to one of ${list(c.parts!.map((p) => p.ref))}`,
  },
  "advanced-nodes-merged": {
    description: "nodes were merged into one, and deliverables or links still name a merged-away id",
    text: (c) => `${list(c.parts!.map(describe))} were merged into ${describe(c.new!)}; re-point the ${dependents(c)} that still ${c.affected!.length === 1 ? "names" : "name"} an old id to ${c.new!.ref}`,
  },
  "advanced-node-left-strategy": {
    description: "a node that deliverables advance moved out of the strategy",
    text: (c) => `${describe(c.old!)} moved out of the strategy to ${describe(c.new!)}; ${count(c.affected!.length, "deliverable")} ${advance(c.affected!.length)} it`,
  },
  "advanced-node-reworded": {
    description: "a node that deliverables advance was reworded: their links hold, but should be reviewed (suspect)",
    text: (c) => `${describe(c.new!)} was reworded${from(c)}; review the ${count(c.affected!.length, "deliverable")} that ${advance(c.affected!.length)} it`,
  },
  "node-removed": {
    description: "a node has no counterpart on the new side",
    text: (c) => `${describe(c.old!)} was removed${withSubtree(c)}${c.candidate ? ` (closest on the new side: ${describe(c.candidate)}, score ${c.candidate.score})` : ""}`,
  },
  "node-added": {
    description: "a node has no counterpart on the old side",
    text: (c) => `${describe(c.new!)} was added${withSubtree(c)}${c.candidate ? ` (closest on the old side: ${describe(c.candidate)}, score ${c.candidate.score})` : ""}`,
  },
  "node-changed": {
    description: "a paired node's id, title, description, label, links or any field its schema lists changed",
    text: (c) => `${describe(c.new!)}${from(c)}: ${fieldList(c)}`,
  },
  "node-moved": {
    description: "a paired node has a new parent at the same level",
    text: (c) => `${describe(c.new!)} moved${from(c)}${changedFields(c)}`,
  },
  "node-promoted": {
    description: "a paired node moved up a level (a strategy became a goal)",
    text: (c) => `${describe(c.new!)} was promoted from ${describe(c.old!)}${changedFields(c)}`,
  },
  "node-demoted": {
    description: "a paired node moved down a level (a goal became a strategy)",
    text: (c) => `${describe(c.new!)} was demoted from ${describe(c.old!)}${changedFields(c)}`,
  },
  "node-split": {
    description: "one old node continues as several new nodes",
    text: (c) => `${describe(c.old!)} was split into ${list(c.parts!.map(describe))}`,
  },
  "nodes-merged": {
    description: "several old nodes continue as one new node",
    text: (c) => `${list(c.parts!.map(describe))} were merged into ${describe(c.new!)}`,
  },
  "siblings-renumbered": {
    description: "a run of siblings kept their place and changed labels: one relabel map",
    text: (c) => {
      const fields = c.fields ?? [];
      const plural = `${c.parts?.[0]?.type ?? "node"}s`;
      return `${plural} ${list(fields.map((f) => String(f.old ?? "?")))} became ${list(fields.map((f) => String(f.new ?? "?")))}`;
    },
  },
  "document-changed": {
    description: "a document's title, description or any field its kind's schema lists (vision, mission, status, period, ...) changed",
    text: (c) => `document ${c.new!.ref}${c.old!.ref !== c.new!.ref ? ` (was ${c.old!.ref})` : ""}: ${fieldList(c)}`,
  },
};

/** The words of the diff's layout (text and markdown): headings, grouped lines, notes. */
export const LAYOUT = {
  topLevel: "Top level",
  under: (parent: NodeName) => `Under ${describe(parent)}`,
  /** Several nodes of one type added (or removed) under one parent, as one line: "12 stakeholders added under objective 2.3: A, B, ...". */
  grouped: (type: "added" | "removed", nodeType: string, names: string[], parent: NodeName | undefined) =>
    `${names.length} ${plural(nodeType, names.length)} ${type}${parent ? ` under ${describe(parent)}` : ""}: ${names.join(", ")}`,
  noWorkplans: "no work plans were considered: links from deliverables could not be checked (run inside the project, or with --git)",
  coverage: "Coverage impact",
  /** How a dependent depends on the changed node: "advanced by deliverable 3 ...", "linked from box-item 4 ...". */
  dependent: (link: string, node: string) => `${link === "advances" ? "advanced by" : "linked from"} ${node}`,
  repoint: (to: NodeName) => `re-point to ${to.ref}`,
  repointChoice: (parts: NodeName[]) => `re-point to one of ${list(parts.map((p) => p.ref))}`,
} as const;
