import type { Change, DiffResult, NodeName } from "../diff/model.js";
import { shorten } from "../diff/names.js";

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

/** A node in a grouped line: its title (shortened), else its label or id. */
export function shortName(name: NodeName): string {
  return name.title ? shorten(name.title, 40) : (name.label ?? name.ref.split("/").pop()!);
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Wraps a line to `width` columns at spaces (colour codes take no room), continuing at its indent plus `hang` spaces. */
export function fit(line: string, width: number, hang = 2): string[] {
  const visible = (text: string) => text.replace(ANSI, "").length;
  if (visible(line) <= width) return [line];
  const indent = " ".repeat((/^ */.exec(line)![0].length) + hang);
  const words = line.trimStart().split(" ");
  const lines: string[] = [];
  let current = line.slice(0, line.length - line.trimStart().length);
  let started = false;
  for (const word of words) {
    if (started && visible(current) + 1 + visible(word) > width) {
      lines.push(current);
      current = indent + word;
    } else current = started ? `${current} ${word}` : current + word;
    started = true;
  }
  lines.push(current);
  return lines;
}
