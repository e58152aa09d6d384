import { caption, idOf, shortTitle } from "../../graph/naming.js";
import { bandOf, escapeHtml as e, type Bands } from "./html.js";
import type { CoverageInput, CoverageNode, CoverageReport, CoverageVia } from "./inputs.js";
import { refOf, type ReportData } from "./report-data.js";

// The coverage heatmap: rows = goals (and sub-goals at deeper levels), columns = the workplan's
// deliverables, a mark per covering link that tells direct from indirect, holes highlighted.

export const MARK: Record<CoverageVia, string> = { direct: "●", action: "◐", objective: "○", approach: "◇" };

export function coverageSection(data: ReportData, coverage: CoverageInput, bands: Bands): string {
  const order = new Map(data.nodes.map((row, i) => [refOf(data, row), i]));
  const title = (id: string) => data.documents.find((d) => d.id === id)?.title ?? id;
  const reports = coverage.reports.map((r) => heatmap(r, order, title, bands)).join("\n");
  return `<section id="coverage">
<h2>Coverage</h2>
<p class="legend">Marks: ${Object.entries(MARK).map(([via, mark]) => `${mark} ${via}`).join(" · ")} · <span class="hole-key">missing</span> rows are holes. Bands: below ${bands[0]}% low, below ${bands[1]}% medium.
<label class="no-print"><input type="checkbox" id="holes-only"> holes only</label></p>
${reports || "<p>No work plan implements a loaded strategy.</p>"}
</section>`;
}

function heatmap(report: CoverageReport, order: Map<string, number>, title: (id: string) => string, bands: Bands): string {
  // Columns: every deliverable the report names, in plan order (unknown ones last, by reference).
  const columns = new Map<string, CoverageNode>();
  for (const row of report.rows) for (const d of row.deliverables) if (!columns.has(d.ref)) columns.set(d.ref, d);
  for (const d of report.unlinked) if (!columns.has(d.ref)) columns.set(d.ref, d);
  // Ordered by label as readers number them (1, 2, ... 10, as the terminal shows them), then
  // unlabelled ones in plan order (unknown ones last, by reference).
  const position = (ref: string) => order.get(ref) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...columns.values()].sort((a, b) => compareLabels(a.label, b.label) || position(a.ref) - position(b.ref) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const unlinked = new Set(report.unlinked.map((d) => d.ref));
  // Column headings name their deliverable by its index in the embedded nodes (a 10,000-deliverable
  // plan has 10,000 of them). Cells carry only their mark, and no closing tag (HTML closes a cell
  // at the next one): the page finds a cell's deliverable from its column's heading and the path
  // from the mark, which keeps a 100-deliverable x 8-goal matrix to a few kilobytes.
  const head = sorted.map((d) => `<th${unlinked.has(d.ref) ? ' class="unlinked"' : ""} title="${e(caption(d))}"><a href="#" ${order.has(d.ref) ? `data-node="${order.get(d.ref)}"` : `data-ref="${e(d.ref)}"`}>${columnName(d)}</a></th>`).join("");
  const rows = report.rows
    .map((row) => {
      const via = new Map(row.deliverables.map((d) => [d.ref, d.via]));
      const hole = row.status === "missing" || row.status === "broken";
      const cells = sorted.map((d) => `<td>${MARK[via.get(d.ref)!] ?? ""}`).join("");
      return `<tr class="row status-${row.status}${hole ? " hole" : ""} level-${row.level}"><th class="goal"><a href="#" data-ref="${e(row.ref)}">${e(caption(row))}</a></th><td class="status">${e(row.status)}</td><td class="num">${row.deliverables.length}</td>${cells}</tr>`;
    })
    .join("\n");
  const band = bandOf(report.summary.percent, bands);
  const s = report.summary;
  return `<article class="heatmap" id="cov-${e(report.workplan)}">
<h3>${e(title(report.workplan))} <small>against ${e(title(report.strategy))}</small></h3>
<p class="summary band-${band}">${s.covered + s.justified} of ${s.total} goals covered (${s.percent}%)${s.justified ? `, ${s.justified} justified` : ""} <meter min="0" max="100" low="${bands[0]}" high="${bands[1]}" optimum="100" value="${s.percent}">${s.percent}%</meter></p>
<div class="scroll"><table class="matrix"><thead><tr><th>goal</th><th>status</th><th class="num">#</th>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
${report.unlinked.length ? `<p class="unlinked-list">Advance nothing: ${report.unlinked.map((d) => `<a href="#" data-ref="${e(d.ref)}">${e(caption(d))}</a>`).join("; ")}</p>` : ""}
</article>`;
}

/** How long a deliverable's title may be in a column heading before it is cut (the heading's tooltip and a click show the rest). */
const COLUMN_TITLE = 18;

/** A column's heading (HTML): the deliverable's label over its short title; without a label, the short title (else the id). */
export function columnName(d: CoverageNode): string {
  const short = d.title ? shortTitle(d.title, COLUMN_TITLE) : idOf(d.ref);
  return d.label ? `${e(d.label)}<br><small>${e(short)}</small>` : e(short);
}

/** Labels compared as readers number them: '2' before '10', '1.2' before '1.10'; unlabelled after labelled. */
export function compareLabels(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a.localeCompare(b, "en", { numeric: true });
}
