import type { Affected, Change, CoverageImpact, DiffResult, FieldChange, NodeName } from "../../diff/model.js";
import { wordDiff as wordChanges, type WordChange } from "../../diff/text.js";
import { caption } from "../../graph/naming.js";
import { escapeHtml as e } from "./html.js";

// The semantic diff as a page, as `ogp diff` reports it (the same analysis, the same words): one
// row per change, breaking and suspect changes marked, reworded text highlighted word by word,
// the deliverables each change touches with where to re-point them, and the coverage it moves.

/** The summary's counts worth a word: change types that occur, then unchanged, breaking, suspect. */
function counts(diff: DiffResult): string {
  return Object.entries(diff.summary)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${e(type)}`)
    .join(", ");
}

export function diffSection(diff: DiffResult): string {
  return `<section id="diff">
<h2>Changes <small>${e(diff.old)} → ${e(diff.new)}</small></h2>
<p class="summary">${diff.changes.length > 0 ? counts(diff) : "No changes."}</p>
${diff.changes.length > 0 ? changesTable(diff.changes) : ""}${coverageTable(diff.coverage)}
</section>`;
}

function changesTable(changes: readonly Change[]): string {
  return `<table class="grid changes"><thead><tr><th>change</th><th>node</th><th>old</th><th>new</th><th class="num">score</th><th>what changed</th><th>affected deliverables</th></tr></thead>
<tbody>
${changes.map(changeRow).join("\n")}
</tbody></table>`;
}

function changeRow(change: Change): string {
  const flags = [change.breaking ? '<span class="flag breaking">breaking</span>' : "", change.suspect ? '<span class="flag suspect">suspect</span>' : "", change.ambiguous ? '<span class="flag ambiguous">ambiguous</span>' : ""].join("");
  // A split lists its parts on the new side, a merge on the old side.
  const oldSide = change.type === "merged" && change.parts ? nodeList(change.parts) : side(change.old);
  const newSide = change.type === "split" && change.parts ? nodeList(change.parts) : side(change.new);
  const affected = change.affected.map(affectedItem).join("");
  return `<tr class="change type-${e(change.type)}${change.breaking ? " breaking" : ""}" id="change-${e(change.id)}"><td>${e(change.type)}${flags}</td><td>${e(change.nodeType)}</td><td>${oldSide}</td><td>${newSide}</td><td class="num">${change.score ?? ""}</td><td><div class="message">${e(change.message)}</div>${change.fields.map(fieldPart).join("")}</td><td>${affected ? `<ul>${affected}</ul>` : ""}</td></tr>`;
}

const link = (node: { ref: string; label?: string; title?: string }) => `<a href="#" data-ref="${e(node.ref)}">${e(caption(node))}</a>`;

function side(node: NodeName | undefined): string {
  return node ? link(node) : "—";
}

function nodeList(nodes: readonly NodeName[]): string {
  return `<ul>${nodes.map((node) => `<li>${link(node)}</li>`).join("")}</ul>`;
}

function affectedItem(affected: Affected): string {
  const repoint = affected.suggestion ? ` → re-point to ${link(affected.suggestion)} (${affected.suggestion.score})` : "";
  return `<li>${link(affected.node)} <small>${e(affected.link)}</small>${repoint}</li>`;
}

function fieldPart(field: FieldChange): string {
  const text = field.words ? markWords(field.words) : wordDiff(field.old, field.new);
  return `<div class="field"><span class="field-name">${e(field.field)}</span> ${text}</div>`;
}

function coverageTable(impacts: readonly CoverageImpact[]): string {
  if (impacts.length === 0) return "";
  const names = (nodes: readonly NodeName[]) => nodes.map(link).join(", ");
  const rows = impacts.map((impact) => `<tr><td>${link(impact.goal)}</td><td class="num">${impact.before} → ${impact.after}</td><td>${names(impact.gained)}</td><td>${names(impact.lost)}</td></tr>`);
  return `
<h3>Coverage moved</h3>
<table class="grid coverage-impact"><thead><tr><th>goal</th><th class="num">deliverables</th><th>gained</th><th>lost</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}

/** Word changes as the analysis found them (typography folded unless --strict): removed words struck, added words marked. */
function markWords(words: readonly WordChange[]): string {
  return words.map((part) => (part.added ? `<ins>${e(part.value)}</ins>` : part.removed ? `<del>${e(part.value)}</del>` : e(part.value))).join("");
}

/** Old and new values without the analysis's word changes (a list, a period, a status): compared as written (strict). */
function wordDiff(before: unknown, after: unknown): string {
  const text = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v));
  return markWords(wordChanges(text(before), text(after), true));
}
