// The report's one stylesheet, inlined in the page: screen and print (printing gives a usable PDF).

export const STYLE = `
:root { --fg: #1d1f21; --muted: #5f6368; --line: #d0d4d8; --bg: #ffffff; --accent: #1a5fb4; --hole: #fde2e1; --hole-line: #c01c28;
  --low: #c01c28; --medium: #b36b00; --high: #26803b; --goal: #e3ecfa; --objective: #eef3fb; --approach: #fff4d6; --deliverable: #e6f4ea; --action: #f3faf5; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .5rem 1rem; background: #f6f8fa; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.1rem; margin: 0; }
header nav a { margin-right: .75rem; color: var(--accent); text-decoration: none; }
header .tools { margin-left: auto; display: flex; gap: .5rem; align-items: center; position: relative; }
#graph-picker { max-width: min(40rem, 90vw); }
#search { width: 18rem; padding: .25rem .5rem; }
#search-results { position: absolute; top: 2rem; left: 0; width: 28rem; max-height: 60vh; overflow: auto; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid var(--line); box-shadow: 0 4px 12px rgba(0,0,0,.15); }
#search-results:empty { display: none; }
#search-results li a { display: block; padding: .25rem .5rem; color: var(--fg); text-decoration: none; }
#search-results li a:hover, #search-results li a:focus { background: var(--goal); }
button { font: inherit; padding: .2rem .6rem; cursor: pointer; }
main { padding: 0 1rem 2rem; max-width: 100%; }
h2 { margin-top: 1.5rem; border-bottom: 1px solid var(--line); }
small { color: var(--muted); font-weight: normal; }
a { color: var(--accent); }
table.grid { border-collapse: collapse; margin: .5rem 0; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.file, .rule { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.status-approved { color: var(--high); } .status-draft { color: var(--medium); } .status-superseded { color: var(--muted); }
.sev-error td:nth-child(2) { color: var(--low); font-weight: bold; } .sev-warning td:nth-child(2) { color: var(--medium); } .sev-info td:nth-child(2) { color: var(--muted); }
.band-low { color: var(--low); } .band-medium { color: var(--medium); } .band-high { color: var(--high); }
meter { width: 10rem; }
.scroll { overflow-x: auto; }
/* A hundred work plans' matrices: the browser lays out only those on screen. */
article.heatmap { content-visibility: auto; contain-intrinsic-size: auto 20rem; }
table.matrix { border-collapse: collapse; font-size: 13px; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: .1rem .3rem; }
table.matrix th.goal { text-align: left; font-weight: normal; min-width: 16rem; max-width: 28rem; }
table.matrix thead th:nth-child(n+4) { font-weight: normal; font-size: 12px; white-space: nowrap; }
table.matrix th.unlinked a { color: var(--low); }
table.matrix tbody td:not(.status):not(.num) { text-align: center; color: #0b3d91; }
table.matrix tbody td:not(.status):not(.num):not(:empty) { cursor: pointer; }
table.matrix tbody td:not(.status):not(.num):not(:empty):hover { outline: 2px solid var(--accent); }
tr.hole th, tr.hole td { background: var(--hole); }
tr.hole td.status { color: var(--hole-line); font-weight: bold; }
.hole-key { background: var(--hole); color: var(--hole-line); padding: 0 .3rem; }
body.holes-only table.matrix tbody tr:not(.hole) { display: none; }
.unlinked-list { color: var(--low); }
figure.graph { margin: .5rem 0; overflow: auto; border: 1px solid var(--line); padding: .5rem; }
figure.graph svg { max-width: none; }
figure.graph svg text { font-family: Helvetica, Arial, sans-serif; font-size: 10px; }
figure.graph svg g.edge text { font-size: 8px; }
g.node { cursor: pointer; }
g.node path, g.node polygon { fill: #fff; stroke: #000; }
g.edge path { fill: none; stroke: #555; }
g.edge polygon { fill: #555; stroke: #555; }
g.node:hover path, g.node:hover polygon { stroke: var(--accent); stroke-width: 2px; }
g.node.t-goal path, g.node.t-goal polygon { fill: var(--goal); }
g.node.t-objective path, g.node.t-objective polygon { fill: var(--objective); }
g.node.t-approach path, g.node.t-approach polygon { fill: var(--approach); }
g.node.t-deliverable path, g.node.t-deliverable polygon { fill: var(--deliverable); }
g.node.t-action path, g.node.t-action polygon { fill: var(--action); }
g.node.hole path, g.node.hole polygon { fill: var(--hole); stroke: var(--hole-line); }
g.node.selected path, g.node.selected polygon { stroke: var(--accent); stroke-width: 3px; }
ins { background: #d7f5dd; text-decoration: none; } del { background: #fde2e1; }
.flag { display: inline-block; margin-left: .3rem; padding: 0 .3rem; border-radius: 3px; font-size: 11px; background: #eee; }
.flag.breaking { background: var(--hole); color: var(--hole-line); } .flag.suspect { background: #fff4d6; color: var(--medium); }
.field-name { font-weight: bold; }
.changes .message { margin-bottom: .2rem; } .changes ul { margin: 0; padding-left: 1rem; }
#panel { position: fixed; top: var(--header-height, 3rem); right: 0; bottom: 0; width: min(28rem, 100vw); overflow: auto; padding: 1rem; background: #fff; border-left: 1px solid var(--line); box-shadow: -4px 0 12px rgba(0,0,0,.1); z-index: 3; }
#panel h3 { margin-top: 0; }
#panel .meta { color: var(--muted); }
#panel .description { white-space: pre-wrap; }
#panel ul { padding-left: 1.2rem; }
#panel .cite { color: var(--muted); font-style: italic; }
@media print {
  header, #panel, .no-print { display: none !important; }
  figure.graph[hidden] { display: block !important; }
  figure.graph { break-inside: avoid; border: none; overflow: visible; padding: 0; }
  /* Each graph scaled to fit one page (its viewBox keeps the proportions). */
  figure.graph svg { max-width: 100%; max-height: 24cm; height: auto; }
  .scroll { overflow: visible; }
  article.heatmap { content-visibility: visible; }
  tr { break-inside: avoid; }
  h2, h3, h4, figcaption { break-after: avoid-page; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
