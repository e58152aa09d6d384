import { shortTitle } from "../../graph/naming.js";
import { bandOf, escapeHtml as e, type Bands } from "./html.js";
import type { CoverageInput } from "./inputs.js";
import type { ReportData, ReportFinding } from "./report-data.js";
import { itemAt } from "../../core/item-at.js";

/** The overview: documents with status and period, coverage per workplan, lint findings by file. */
export function overviewSection(data: ReportData, coverage: CoverageInput, bands: Bands): string {
  const nodeCount = new Map<string, number>();
  for (const [index] of data.nodes) {
    const id = itemAt(data.documents, index).id;
    nodeCount.set(id, (nodeCount.get(id) ?? 0) + 1);
  }
  const period = (p?: { start?: string; end?: string }) => (p ? `${p.start ?? "?"} – ${p.end ?? "?"}` : "");
  const documents = data.documents
    .map((d) => `<tr><td><a href="#" data-ref="${e(d.id)}">${e(d.id)}</a></td><td>${e(d.kind)}</td><td>${e(d.title ?? "")}</td><td><span class="status status-${e(d.status ?? "none")}">${e(d.status ?? "—")}</span></td><td>${e(period(d.period))}</td><td class="num">${nodeCount.get(d.id) ?? 0}</td><td class="file">${e(d.file)}</td></tr>`)
    .join("\n");
  const title = (id: string) => data.documents.find((d) => d.id === id)?.title ?? id;
  const workplans = coverage.reports
    .map((r) => {
      const band = bandOf(r.summary.percent, bands);
      return `<tr><td><a href="#cov-${e(r.workplan)}">${e(title(r.workplan))}</a></td><td>${e(title(r.strategy))}</td><td class="num">${r.summary.covered + r.summary.justified} of ${r.summary.total}</td><td class="num band-${band}">${r.summary.percent}%</td><td><meter min="0" max="100" low="${bands[0]}" high="${bands[1]}" optimum="100" value="${r.summary.percent}">${r.summary.percent}%</meter></td></tr>`;
    })
    .join("\n");
  return `<section id="overview">
<h2>Overview</h2>
${goalsAtAGlance(coverage, title)}
<h3>Documents</h3>
<table class="grid"><thead><tr><th>id</th><th>kind</th><th>title</th><th>status</th><th>period</th><th class="num">nodes</th><th>file</th></tr></thead>
<tbody>
${documents}
</tbody></table>
<h3>Coverage per work plan</h3>
${workplans ? `<table class="grid"><thead><tr><th>work plan</th><th>strategy</th><th class="num">goals covered</th><th class="num">percent</th><th>bar</th></tr></thead>\n<tbody>\n${workplans}\n</tbody></table>` : "<p>No work plan implements a loaded strategy.</p>"}
${findingsPart(data.findings)}
</section>`;
}

/** Coverage per goal, first: for each work plan, its strategy's goals by label with their status and how many deliverables advance each. */
function goalsAtAGlance(coverage: CoverageInput, title: (id: string) => string): string {
  if (coverage.reports.length === 0) return "";
  const tables = coverage.reports.map((r) => {
    const rows = r.rows
      .filter((row) => row.level === 1)
      .map((row) => `<tr class="status-${e(row.status)}"><td class="num">${e(row.label ?? "")}</td><td><a href="#" data-ref="${e(row.ref)}">${e(shortTitle(row.title ?? row.ref, 70))}</a></td><td><span class="status status-${e(row.status)}">${e(row.status)}</span></td><td class="num">${row.deliverables.length}</td></tr>`)
      .join("\n");
    return `<h4><a href="#cov-${e(r.workplan)}">${e(title(r.workplan))}</a> <small>against ${e(title(r.strategy))}: ${r.summary.covered + r.summary.justified} of ${r.summary.total} goals covered (${r.summary.percent}%)</small></h4>
<table class="grid glance"><thead><tr><th class="num">goal</th><th>title</th><th>status</th><th class="num">deliverables</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  });
  return `<h3>Coverage per goal</h3>\n${tables.join("\n")}`;
}

function findingsPart(findings: readonly ReportFinding[]): string {
  if (findings.length === 0) return `<h3 id="findings">Lint findings</h3>\n<p>No problems found.</p>`;
  const byFile = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const groups = [...byFile]
    .map(([file, list]) => `<h4 class="file">${e(file)}</h4>\n<table class="grid findings"><tbody>\n${list.map((f) => `<tr class="sev-${e(f.severity)}"><td class="num">${f.line}:${f.column}</td><td>${e(f.severity)}</td><td>${e(f.message)}</td><td class="rule">${e(f.rule)}</td></tr>`).join("\n")}\n</tbody></table>`)
    .join("\n");
  return `<h3 id="findings">Lint findings <small>${findings.length} (${count("error")} errors, ${count("warning")} warnings, ${count("info")} info)</small></h3>\n${groups}`;
}
