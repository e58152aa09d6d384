import type { ChangeDraft } from "./checks/check.js";
import { describe } from "./names.js";

// Every sentence the diff says, in one place (oasdiff's localizations file): a description of each
// check for --help and the schema, and the message of each change, naming nodes as a reader would.

interface Message {
  description: string;
  text(change: ChangeDraft): string;
}

const fieldList = (change: ChangeDraft) => (change.fields ?? []).map((f) => f.field).join(", ");
const changedFields = (change: ChangeDraft) => (change.fields && change.fields.length > 0 ? `; ${fieldList(change)} changed` : "");
// "(was ...)" only when the reader would not recognise the node by its new label and title.
const from = (change: ChangeDraft) => (change.old && change.new && describe(change.old) !== describe(change.new) ? ` (was ${describe(change.old)})` : "");
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** The verb after a count: "1 deliverable advances", "2 deliverables advance". */
const advance = (n: number) => (n === 1 ? "advances" : "advance");
const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

export const MESSAGES: Readonly<Record<string, Message>> = {
  "advanced-node-removed": {
    description: "a node that deliverables advance, or that other nodes link to, was removed: those links break",
    text: (c) => `${describe(c.old!)} was removed, but ${c.affected!.length} ${c.affected!.length === 1 ? "deliverable or link" : "deliverables or links"} still ${c.affected!.length === 1 ? "depends" : "depend"} on it; re-point ${c.affected!.length === 1 ? "it" : "them"}`,
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
    text: (c) => `${describe(c.old!)} was removed${c.candidate ? ` (closest on the new side: ${describe(c.candidate)}, score ${c.candidate.score})` : ""}`,
  },
  "node-added": {
    description: "a node has no counterpart on the old side",
    text: (c) => `${describe(c.new!)} was added${c.candidate ? ` (closest on the old side: ${describe(c.candidate)}, score ${c.candidate.score})` : ""}`,
  },
  "node-changed": {
    description: "a paired node's title, description, label, links or metadata changed",
    text: (c) => `${describe(c.new!)}${from(c)}: ${fieldList(c)} changed`,
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
      const plural = `${c.parts![0]!.type}s`;
      return `${plural} ${list(fields.map((f) => String(f.old ?? "?")))} became ${list(fields.map((f) => String(f.new ?? "?")))}`;
    },
  },
  "document-changed": {
    description: "a document's title, status, period or publication date changed",
    text: (c) => `document ${c.new!.ref}${c.old!.ref !== c.new!.ref ? ` (was ${c.old!.ref})` : ""}: ${fieldList(c)} changed`,
  },
};

export function messageFor(change: ChangeDraft): string {
  const message = MESSAGES[change.check];
  if (!message) throw new Error(`no message for check '${change.check}'`);
  return message.text(change);
}
