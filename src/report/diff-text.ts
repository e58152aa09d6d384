import type { Change, DiffResult, FieldChange } from "../diff/model.js";
import { describe } from "../diff/names.js";
import type { Colors } from "./colors.js";
import { renderWords } from "./diff-words.js";
import type { Formatter } from "./formatter.js";

// `ogp diff` for a terminal: the changes as a tree (unchanged nodes folded away), reworded text
// as word-level differences, then the coverage impact and one summary line.

const SIGNS: Record<Change["type"], string> = {
  added: "+", removed: "-", changed: "~", moved: ">", promoted: "^", demoted: "v", split: "<", merged: ">", renumbered: "#", document: "*",
};

export const formatDiffText: Formatter<DiffResult> = (result, { colors }) => {
  const lines = [colors.bold(`ogp diff ${result.old} -> ${result.new}`), ""];
  if (result.changes.length === 0) lines.push("no changes");
  for (const change of result.changes) lines.push(...changeLines(change, colors));
  if (result.coverage.length > 0) {
    lines.push("", colors.bold("Coverage impact:"));
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
  lines.push("", summaryLine(result));
  return `${lines.join("\n")}\n`;
};

function changeLines(change: Change, colors: Colors): string[] {
  const indent = "  ".repeat(change.depth);
  const level = change.level === "ERR" ? colors.red("breaking") : change.level === "WARN" ? colors.yellow("suspect") : "";
  const score = change.score !== undefined && change.score < 1 ? colors.dim(` (score ${change.score}${change.ambiguous ? ", ambiguous" : ""})`) : "";
  const lines = [`${indent}${SIGNS[change.type]} ${change.message}${score}${level ? `  ${level}` : ""}`];
  const inner = `${indent}    `;
  for (const field of change.fields) {
    if (change.type === "renumbered") continue;
    lines.push(`${inner}${field.field}: ${fieldText(field, colors)}`);
  }
  for (const affected of change.affected) {
    const repoint = affected.suggestion ? ` -> re-point to ${describe(affected.suggestion)} (score ${affected.suggestion.score})` : "";
    lines.push(`${inner}${affected.link === "advances" ? "advanced by" : "linked from"} ${describe(affected.node)}${repoint}`);
  }
  return lines;
}

function fieldText(field: FieldChange, colors: Colors): string {
  if (field.words) {
    return renderWords(field.words, colors.level > 0
      ? { removed: (t) => colors.red.strikethrough(t), added: (t) => colors.green(t) }
      : { removed: (t) => `[-${t}-]`, added: (t) => `{+${t}+}` });
  }
  if (Array.isArray(field.old) || Array.isArray(field.new)) {
    const before = new Set((field.old as string[] | undefined) ?? []);
    const after = new Set((field.new as string[] | undefined) ?? []);
    return [...[...before].filter((l) => !after.has(l)).map((l) => `-${l}`), ...[...after].filter((l) => !before.has(l)).map((l) => `+${l}`)].join(", ");
  }
  return `${show(field.old)} -> ${show(field.new)}`;
}

function show(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `"${text.slice(0, 79)}…"` : typeof value === "string" ? `"${text}"` : text;
}

export function summaryLine(result: DiffResult): string {
  const s = result.summary;
  const counts = (["added", "removed", "changed", "moved", "promoted", "demoted", "split", "merged", "renumbered", "document"] as const)
    .filter((k) => s[k] > 0)
    .map((k) => `${s[k]} ${k === "document" ? (s[k] === 1 ? "document change" : "document changes") : k}`);
  return `${counts.length > 0 ? counts.join(", ") : "no changes"}; ${s.unchanged} unchanged; ${s.breaking} breaking, ${s.suspect} suspect`;
}
