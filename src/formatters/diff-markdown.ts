import { onOneLine } from "../core/fit-text.js";
import type { Change, DiffResult, FieldChange } from "../diff/model.js";
import { LAYOUT } from "../diff/messages.js";
import { describe } from "../diff/names.js";
import { layOut, shortName, type GroupedChanges } from "./diff-layout.js";
import { affectedText, summaryLine } from "./diff-text.js";
import { renderWords } from "./diff-words.js";
import type { Formatter } from "./formatter.js";

// `ogp diff` as a pull-request comment: the summary first, then the changes grouped by parent (the
// top level first), breaking and suspect changes marked; long texts folded into <details>.

const LONG = 160;

export const formatDiffMarkdown: Formatter<DiffResult> = (result) => {
  const out = [`### ogp diff \`${result.old}\` → \`${result.new}\``, "", `**${summaryLine(result)}**`, ""];
  if (!result.workplansConsidered) out.push(`> ${escape(LAYOUT.noWorkplans)}`, "");
  for (const group of layOut(result)) {
    out.push(`#### ${escape(group.parent ? LAYOUT.under(group.parent) : LAYOUT.topLevel)}`, "");
    for (const item of group.items) out.push(...("grouped" in item ? [groupedLine(item.grouped)] : changeBlock(item.change)));
    out.push("");
  }
  if (result.coverage.length > 0) {
    out.push(`#### ${LAYOUT.coverage}`, "", "| Goal | Before | After | Gained | Lost |", "| --- | ---: | ---: | --- | --- |");
    for (const goal of result.coverage) {
      out.push(`| ${escape(describe(goal.goal))} | ${goal.before} | ${goal.after} | ${goal.gained.map((d) => escape(d.label ?? d.ref)).join(", ")} | ${goal.lost.map((d) => escape(d.label ?? d.ref)).join(", ")} |`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
};

function groupedLine(group: GroupedChanges): string {
  return `- **${group.type}** ${escape(LAYOUT.grouped(group.type, group.nodeType, group.changes.map((c) => shortName((c.new ?? c.old)!)), undefined))}`;
}

function changeBlock(change: Change): string[] {
  const grade = change.level === "ERR" ? " — **breaking**" : change.level === "WARN" ? " — _suspect_" : "";
  const lines = [`- **${change.type}** ${escape(change.message)}${change.score !== undefined && change.score < 1 ? ` _(score ${change.score}${change.ambiguous ? ", ambiguous" : ""})_` : ""}${grade}`];
  for (const field of change.fields) {
    if (change.type === "renumbered") continue;
    const text = fieldText(field);
    // A long value is shown as written, in a block of its own; a short one stays on its list item's line.
    if (text.length > LONG) lines.push(`  <details><summary>${field.field}</summary>`, "", `  ${text}`, "", "  </details>");
    else lines.push(`  - ${field.field}: ${onOneLine(text)}`);
  }
  for (const affected of change.affected) lines.push(`  - ${escape(affectedText(change, affected)).replace(" -\\> ", " → ")}`);
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
