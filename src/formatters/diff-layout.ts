import type { Change, DiffResult, NodeName } from "../diff/model.js";
import { wrapWords } from "../core/fit-text.js";
import { idOf, shortTitle } from "../graph/naming.js";

// How `ogp diff` is read (text and markdown alike): changes grouped by their parent, the top level
// (goals and documents) first, then each parent's detail in the plan's order; nodes standing within a
// subtree added or removed whole are left to its one line (the JSON keeps them); and plain additions
// or removals of one type under one parent, past a few, become one line.

/** From this many plain additions (or removals) of one type under one parent, they are one line. */
export const GROUP_FROM = 3;

export interface GroupedChanges {
  type: "added" | "removed";
  nodeType: string;
  changes: Change[];
}

export type LaidOut = { change: Change } | { grouped: GroupedChanges };

export interface ParentGroup {
  /** Absent for the top level. */
  parent?: NodeName;
  items: LaidOut[];
}

export function layOut(result: DiffResult): ParentGroup[] {
  const groups = new Map<string, { parent?: NodeName; changes: Change[] }>([["", { changes: [] }]]);
  for (const change of result.changes) {
    if (change.partOf) continue;
    const key = change.parent?.ref ?? "";
    if (!groups.has(key)) groups.set(key, { ...(change.parent ? { parent: change.parent } : {}), changes: [] });
    groups.get(key)!.changes.push(change);
  }
  return [...groups.values()].filter((g) => g.changes.length > 0).map((g) => ({ ...(g.parent ? { parent: g.parent } : {}), items: itemsOf(g.changes) }));
}

/** A change that says no more than "this node came (or went)": a candidate for one grouped line. */
function plain(change: Change): change is Change & { type: "added" | "removed" } {
  return (change.type === "added" || change.type === "removed") && change.level === "INFO" && !change.whole && change.fields.length === 0 && change.affected.length === 0;
}

function itemsOf(changes: Change[]): LaidOut[] {
  const buckets = new Map<string, Change[]>();
  for (const change of changes) {
    if (!plain(change)) continue;
    const key = `${change.type} ${change.nodeType}`;
    buckets.set(key, [...(buckets.get(key) ?? []), change]);
  }
  const items: LaidOut[] = [];
  const placed = new Set<string>();
  for (const change of changes) {
    const key = `${change.type} ${change.nodeType}`;
    const bucket = plain(change) ? buckets.get(key)! : undefined;
    if (!bucket || bucket.length < GROUP_FROM) items.push({ change });
    else if (!placed.has(key)) {
      placed.add(key);
      items.push({ grouped: { type: change.type as "added" | "removed", nodeType: (change.new ?? change.old)!.type, changes: bucket } });
    }
  }
  return items;
}

/** How long a title may be in a grouped line, which lists several nodes one after another. */
const GROUPED_TITLE = 40;

/** A node in a grouped line: its title (shortened), else its label or id. */
export function shortName(name: NodeName): string {
  return name.title ? shortTitle(name.title, GROUPED_TITLE) : (name.label ?? idOf(name.ref));
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Wraps a line to `width` columns at spaces (colour codes take no room), continuing at its indent plus `hang` spaces. */
export function fit(line: string, width: number, hang = 2): string[] {
  const visible = (text: string) => text.replace(ANSI, "").length;
  if (visible(line) <= width) return [line];
  const text = line.trimStart();
  const indent = line.length - text.length;
  const lines = wrapWords(text, { first: width - indent, rest: width - indent - hang, measure: visible });
  return lines.map((wrapped, i) => `${" ".repeat(i === 0 ? indent : indent + hang)}${wrapped}`);
}
