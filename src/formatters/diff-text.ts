import { onOneLine, shorten } from "../core/fit-text.js";
import type { Affected, Change, DiffResult, FieldChange } from "../diff/model.js";
import { LAYOUT } from "../diff/messages.js";
import { describe } from "../diff/names.js";
import type { Colors } from "./colors.js";
import { fit, layOut, shortName, type GroupedChanges } from "./diff-layout.js";
import { renderWords } from "./diff-words.js";
import type { Formatter } from "./formatter.js";

// `ogp diff` for a terminal: the summary first, then the changes grouped by parent (the top level
// first), reworded text as word-level differences, then the coverage impact; every line fits the
// terminal's width.

const SIGNS: Record<Change["type"], string> = {
  added: "+", removed: "-", changed: "~", moved: ">", promoted: "^", demoted: "v", split: "<", merged: ">", renumbered: "#", document: "*",
};

export const formatDiffText: Formatter<DiffResult> = (result, { colors, width }) => {
  const lines = [colors.bold(`ogp diff ${result.old} -> ${result.new}`), "", summaryLine(result)];
  if (!result.workplansConsidered) lines.push(colors.yellow(LAYOUT.noWorkplans));
  for (const group of layOut(result)) {
    lines.push("", colors.bold(`${group.parent ? LAYOUT.under(group.parent) : LAYOUT.topLevel}:`));
    for (const item of group.items) lines.push(...("grouped" in item ? [groupedLine(item.grouped)] : changeLines(item.change, colors)));
  }
  if (result.coverage.length > 0) {
    lines.push("", colors.bold(`${LAYOUT.coverage}:`));
    for (const goal of result.coverage) {
      const moves = [...goal.gained.map((d) => `+${d.label ?? d.ref}`), ...goal.lost.map((d) => `-${d.label ?? d.ref}`)].join(" ");
      lines.push(`  ${describe(goal.goal)}: ${goal.before} -> ${goal.after} deliverables (${moves})`);
    }
  }
  if (result.pairs) {
    lines.push("", colors.bold("Pairs (old -> new, how, score: title text context links type):"));
    for (const pair of result.pairs) {
      const b = pair.breakdown;
      const parts = b ? `  [${b.title} ${b.text} ${b.context} ${b.links} ${b.type}]` : "";
      lines.push(`  ${pair.old.ref} -> ${pair.new.ref}  ${pair.by} ${pair.score}${pair.ambiguous ? " ambiguous" : ""}${parts}`);
    }
  }
  return `${lines.flatMap((line) => fit(line, Math.max(width, 40))).join("\n")}\n`;
};

function groupedLine(group: GroupedChanges): string {
  return `  ${SIGNS[group.type]} ${LAYOUT.grouped(group.type, group.nodeType, group.changes.map((c) => shortName((c.new ?? c.old)!)), undefined)}`;
}

function changeLines(change: Change, colors: Colors): string[] {
  const level = change.level === "ERR" ? colors.red("breaking") : change.level === "WARN" ? colors.yellow("suspect") : "";
  const score = change.score !== undefined && change.score < 1 ? colors.dim(` (score ${change.score}${change.ambiguous ? ", ambiguous" : ""})`) : "";
  const lines = [`  ${SIGNS[change.type]} ${change.message}${score}${level ? `  ${level}` : ""}`];
  const inner = "      ";
  for (const field of change.fields) {
    if (change.type === "renumbered") continue;
    lines.push(`${inner}${field.field}: ${fieldText(field, colors)}`);
  }
  for (const affected of change.affected) lines.push(`${inner}${affectedText(change, affected)}`);
  return lines;
}

/** "advanced by deliverable 3 "..." -> re-point to ogp-strategy-2023/civic-space-and-voice". */
export function affectedText(change: Change, affected: Affected): string {
  const score = affected.suggestion && affected.suggestion.score < 1 ? ` (${describe(affected.suggestion)}, score ${affected.suggestion.score})` : "";
  const repoint = affected.suggestion
    ? ` -> ${LAYOUT.repoint(affected.suggestion)}${score}`
    : change.type === "split" && change.parts
      ? ` -> ${LAYOUT.repointChoice(change.parts)}`
      : "";
  return `${LAYOUT.dependent(affected.link, describe(affected.node))}${repoint}`;
}

function fieldText(field: FieldChange, colors: Colors): string {
  if (field.words) {
    return renderWords(field.words, colors.level > 0
      ? { removed: (t) => colors.red.strikethrough(t), added: (t) => colors.green(t) }
      : { removed: (t) => `[-${t}-]`, added: (t) => `{+${t}+}` });
  }
  if (field.field === "links") {
    const before = new Set((field.old as string[] | undefined) ?? []);
    const after = new Set((field.new as string[] | undefined) ?? []);
    return [...[...before].filter((l) => !after.has(l)).map((l) => `-${l}`), ...[...after].filter((l) => !before.has(l)).map((l) => `+${l}`)].join(", ");
  }
  return `${show(field.old)} -> ${show(field.new)}`;
}

function show(value: unknown): string {
  if (value === undefined) return "(none)";
  // A list of named things (altTitles, actuals) reads as its titles or values.
  if (Array.isArray(value) && value.every((v) => v && typeof v === "object")) return `[${value.map((v: Record<string, unknown>) => show(v.title ?? v.value ?? v)).join(", ")}]`;
  const text = typeof value === "string" ? onOneLine(value) : JSON.stringify(value);
  // A value is cut exactly, spaces and all: the spaces are part of what changed.
  const shown = shorten(text, 80, { keepSpaces: true });
  return typeof value === "string" ? `"${shown}"` : shown;
}

export function summaryLine(result: DiffResult): string {
  const s = result.summary;
  const counts = (["added", "removed", "changed", "moved", "promoted", "demoted", "split", "merged", "renumbered", "document"] as const)
    .filter((k) => s[k] > 0)
    .map((k) => `${s[k]} ${k === "document" ? (s[k] === 1 ? "document change" : "document changes") : k}`);
  return `${counts.length > 0 ? counts.join(", ") : "no changes"}; ${s.unchanged} unchanged; ${s.breaking} breaking, ${s.suspect} suspect`;
}
