import type { Change, DiffResult, FieldChange } from "../diff/model.js";
import { describe } from "../diff/names.js";
import { renderWords } from "./diff-words.js";
import type { Formatter } from "./formatter.js";
import { summaryLine } from "./diff-text.js";

// `ogp diff` as a pull-request comment: a summary, breaking and suspect changes first, then the
// rest; long texts folded into <details>.

const LONG = 160;

export const formatDiffMarkdown: Formatter<DiffResult> = (result) => {
  const out = [`### ogp diff \`${result.old}\` → \`${result.new}\``, "", `**${summaryLine(result)}**`, ""];
  const groups: [string, Change[]][] = [
    ["Breaking", result.changes.filter((c) => c.breaking)],
    ["Review (suspect links)", result.changes.filter((c) => !c.breaking && c.suspect)],
    ["Other changes", result.changes.filter((c) => !c.breaking && !c.suspect)],
  ];
  for (const [title, changes] of groups) {
    if (changes.length === 0) continue;
    out.push(`#### ${title}`, "");
    for (const change of changes) out.push(...changeBlock(change));
    out.push("");
  }
  if (result.coverage.length > 0) {
    out.push("#### Coverage impact", "", "| Goal | Before | After | Gained | Lost |", "| --- | ---: | ---: | --- | --- |");
    for (const goal of result.coverage) {
      out.push(`| ${escape(describe(goal.goal))} | ${goal.before} | ${goal.after} | ${goal.gained.map((d) => escape(d.label ?? d.ref)).join(", ")} | ${goal.lost.map((d) => escape(d.label ?? d.ref)).join(", ")} |`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
};

function changeBlock(change: Change): string[] {
  const lines = [`- **${change.type}** ${escape(change.message)}${change.score !== undefined && change.score < 1 ? ` _(score ${change.score}${change.ambiguous ? ", ambiguous" : ""})_` : ""}`];
  for (const field of change.fields) {
    if (change.type === "renumbered") continue;
    const text = fieldText(field);
    if (text.length > LONG) lines.push(`  <details><summary>${field.field}</summary>`, "", `  ${text}`, "", "  </details>");
    else lines.push(`  - ${field.field}: ${text}`);
  }
  for (const affected of change.affected) {
    const repoint = affected.suggestion ? ` → re-point to ${escape(describe(affected.suggestion))} (score ${affected.suggestion.score})` : "";
    lines.push(`  - ${affected.link === "advances" ? "advanced by" : "linked from"} ${escape(describe(affected.node))}${repoint}`);
  }
  return lines;
}

function fieldText(field: FieldChange): string {
  if (field.words) return renderWords(field.words, { removed: (t) => `~~${escape(t)}~~`, added: (t) => `**${escape(t)}**` });
  const show = (value: unknown) => (value === undefined ? "_(none)_" : `\`${typeof value === "string" ? value : JSON.stringify(value)}\``);
  return `${show(field.old)} → ${show(field.new)}`;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}
