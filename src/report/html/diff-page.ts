import { diffWords } from "diff";
import { caption, escapeHtml as e } from "./html.js";
import type { DiffChange, DiffField, DiffInput, DiffSide } from "./inputs.js";

// The semantic diff as a page: one row per change (paired by meaning, as issue 12's analysis
// reports them), breaking and suspect changes marked, reworded text highlighted word by word.

export function diffSection(diff: DiffInput): string {
  const counts = Object.entries(diff.summary).map(([type, n]) => `${n} ${e(type)}`).join(", ");
  const sides = diff.old || diff.new ? ` <small>${e(diff.old ?? "?")} → ${e(diff.new ?? "?")}</small>` : "";
  return `<section id="diff">
<h2>Changes${sides}</h2>
<p class="summary">${counts || "No changes."}</p>
<table class="grid changes"><thead><tr><th>change</th><th>node</th><th>old</th><th>new</th><th class="num">score</th><th>what changed</th><th>affected deliverables</th></tr></thead>
<tbody>
${diff.changes.map(changeRow).join("\n")}
</tbody></table>
</section>`;
}

function changeRow(change: DiffChange): string {
  const flags = [change.breaking ? '<span class="flag breaking">breaking</span>' : "", change.suspect ? '<span class="flag suspect">suspect</span>' : "", change.ambiguous ? '<span class="flag ambiguous">ambiguous</span>' : ""].join("");
  const affected = change.affected
    .map((a) => `<li><a href="#" data-ref="${e(a.ref)}">${e(caption(a))}</a>${a.suggestion ? ` → re-point to <a href="#" data-ref="${e(a.suggestion.ref)}">${e(a.suggestion.title ?? a.suggestion.ref)}</a>${a.suggestion.score !== undefined ? ` (${a.suggestion.score})` : ""}` : ""}</li>`)
    .join("");
  return `<tr class="change type-${e(change.type)}${change.breaking ? " breaking" : ""}" id="change-${e(change.id)}"><td>${e(change.type)}${flags}</td><td>${e(change.nodeType)}</td><td>${side(change.old)}</td><td>${side(change.new)}</td><td class="num">${change.score ?? ""}</td><td>${change.fields.map(fieldPart).join("")}</td><td>${affected ? `<ul>${affected}</ul>` : ""}</td></tr>`;
}

function side(node: DiffSide | null | undefined): string {
  return node ? `<a href="#" data-ref="${e(node.ref)}">${e(caption(node))}</a>` : "—";
}

function fieldPart(field: DiffField): string {
  return `<div class="field"><span class="field-name">${e(field.field)}</span> ${wordDiff(field.old, field.new)}</div>`;
}

/** Old and new text as one run of words: removed words struck, added words marked. */
export function wordDiff(before: unknown, after: unknown): string {
  const text = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v));
  return diffWords(text(before), text(after))
    .map((part) => (part.added ? `<ins>${e(part.value)}</ins>` : part.removed ? `<del>${e(part.value)}</del>` : e(part.value)))
    .join("");
}
