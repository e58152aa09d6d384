import type { Formatter } from "../formatter.js";
import { CLIENT_SCRIPT } from "./client.js";
import { coverageSection } from "./heatmap.js";
import { diffSection } from "./diff-page.js";
import { graphsSection } from "./graphs-section.js";
import { escapeHtml as e, scriptJson, type Bands } from "./html.js";
import type { LaidOutGraph } from "./layout.js";
import { overviewSection } from "./overview.js";
import type { CoverageInput } from "./inputs.js";
import { serializeReportData, type ReportData } from "./report-data.js";
import { STYLE } from "./style.js";

/** Everything the page shows, computed before formatting: the data, the laid-out graphs and the coverage bands. */
export interface HtmlReportInput {
  /** What the page embeds as JSON. */
  data: ReportData;
  /** Coverage in full (issue 11's shape), for the heatmap. */
  coverage: CoverageInput;
  graphs: LaidOutGraph[];
  bands: Bands;
  /** What the page's heading names: the plans, and the date the report is as of (from the caller: no clock here). */
  heading: { name: string; asOf?: string };
  /** The graph shown first (its id); else the first. */
  firstGraph?: string;
}

// Nothing may be fetched: the policy forbids every source but the page's own inline style and
// script, and images from data: URIs; downloads are blob: URLs made in the page.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** The whole report: one self-contained HTML file. The same input gives the same bytes (no dates, no random ids). */
export const formatHtmlReport: Formatter<HtmlReportInput> = ({ data, coverage, graphs, bands, heading, firstGraph }) => {
  const title = heading.name;
  const asOf = heading.asOf ? ` · as of ${heading.asOf}` : "";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const documents = `${plural(data.documents.length, "document")}, ${plural(data.nodes.length, "node")}`;
  const nav = [["overview", "Overview"], ["findings", "Findings"], ["coverage", "Coverage"], ...(graphs.length ? [["graphs", "Graphs"]] : []), ...(data.diff ? [["diff", "Changes"]] : [])]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join("");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ogp ${e(data.tool.version)}">
<title>${e(title)}${e(asOf)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)} <small>${e(documents)}${e(asOf)}</small></h1>
<nav>${nav}</nav>
<div class="tools"><input id="search" type="search" placeholder="Search titles and ids" aria-label="Search titles and ids" autocomplete="off"><ul id="search-results"></ul>
<button type="button" id="download-json">JSON</button><button type="button" id="download-coverage-csv">Coverage CSV</button><button type="button" id="download-findings-csv">Findings CSV</button></div>
</header>
<main>
${overviewSection(data, coverage, bands)}
${coverageSection(data, coverage, bands)}
${graphsSection(graphs, firstGraph)}
${data.diff ? diffSection(data.diff) : ""}
</main>
<aside id="panel" hidden aria-live="polite"></aside>
<script type="application/json" id="ogp-data">${scriptJson(serializeReportData(data))}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
};
