// The page's one script, inlined: node panels, search, the graph picker, the holes-only filter and
// the download buttons. Plain browser JavaScript with no library, reading the embedded JSON; it
// fetches nothing (the page's Content-Security-Policy forbids it anyway). Written without template
// literals, since it lives inside one (whose one interpolation is the heatmap's marks).

import { MARK } from "./heatmap.js";

export const CLIENT_SCRIPT = String.raw`
(function () {
  "use strict";
  var MARKS = ${JSON.stringify(Object.fromEntries(Object.entries(MARK).map(([via, mark]) => [mark, via])))};
  var data = JSON.parse(document.getElementById("ogp-data").textContent);
  // Rows back into objects (see report-data.ts for the columns).
  var docs = new Map(), nodes = new Map(), children = new Map(), incoming = new Map(), outgoing = new Map();
  data.documents.forEach(function (d) { docs.set(d.id, d); });
  var nodeList = data.nodes.map(function (row) {
    var doc = data.documents[row[0]].id;
    var n = { ref: row[1] ? doc + "/" + row[1] : doc, document: doc, type: data.types[row[2]], line: row[6] };
    if (row[3]) n.label = row[3];
    if (row[4]) n.title = row[4];
    if (row[7]) n.description = row[7];
    return n;
  });
  data.nodes.forEach(function (row, i) {
    var n = nodeList[i];
    if (row[5] >= 0) { n.parent = nodeList[row[5]].ref; push(children, n.parent, n.ref); }
    nodes.set(n.ref, n);
  });
  var linkList = data.links.map(function (row) {
    var resolved = typeof row[1] === "number" || docs.has(row[1]);
    var l = { from: nodeList[row[0]].ref, to: typeof row[1] === "number" ? nodeList[row[1]].ref : row[1], type: row[2], resolved: resolved };
    if (row[3]) l.cite = row[3];
    return l;
  });
  linkList.forEach(function (l) { push(outgoing, l.from, l); if (l.resolved) push(incoming, l.to, l); });
  function push(map, key, value) { var list = map.get(key); if (list) list.push(value); else map.set(key, [value]); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function captionOf(ref) {
    var n = nodes.get(ref), d = docs.get(ref);
    if (n) return (n.label ? n.label + " " : "") + (n.title || n.ref);
    if (d) return d.title || d.id;
    return ref;
  }
  function refLink(ref) {
    var a = el("a", { href: "#", "data-ref": ref }, captionOf(ref));
    if (!nodes.has(ref) && !docs.has(ref)) a.className = "unresolved";
    return a;
  }

  // The node panel: what 'ogp show' prints, for any node or document a click names.
  var panel = document.getElementById("panel");
  // The panel opens below the header, whose height depends on the window's width.
  function fitPanel() { document.documentElement.style.setProperty("--header-height", document.querySelector("header").offsetHeight + "px"); }
  fitPanel();
  window.addEventListener("resize", fitPanel);
  function showPanel(ref, note) {
    var n = nodes.get(ref), d = docs.get(ref);
    if (!n && !d) return;
    panel.textContent = "";
    var close = el("button", { type: "button", id: "panel-close", "aria-label": "close" }, "×");
    close.style.float = "right";
    panel.appendChild(close);
    panel.appendChild(el("h3", {}, captionOf(ref)));
    var doc = docs.get(n ? n.document : ref);
    var meta = n ? n.type + " in " + (doc && doc.title ? doc.title : n.document) : d.kind + " document, " + (d.status || "no status");
    panel.appendChild(el("p", { class: "meta" }, meta));
    panel.appendChild(el("p", { class: "file" }, ref + " · " + (doc ? doc.file : "?") + (n ? ":" + n.line : "")));
    if (note) panel.appendChild(el("p", { class: "note" }, note));
    if (n && n.description) panel.appendChild(el("p", { class: "description" }, n.description));
    if (n && n.parent) list("Parent", [n.parent], function (r) { return refLink(r); });
    var kids = n ? children.get(ref) || [] : nodeList.filter(function (x) { return x.document === ref && !x.parent && x.ref !== ref; }).map(function (x) { return x.ref; });
    list("Children", kids, function (r) { return refLink(r); });
    list("Links out", outgoing.get(ref) || [], function (l) { return linkItem(l.type, l.to, l.cite, l.resolved); });
    list("Links in", incoming.get(ref) || [], function (l) { return linkItem(l.type, l.from, l.cite, true); });
    panel.hidden = false;
    document.querySelectorAll("g.node.selected").forEach(function (g) { g.classList.remove("selected"); });
    document.querySelectorAll("g.node").forEach(function (g) { var t = g.querySelector("title"); if (t && t.textContent === ref) g.classList.add("selected"); });
  }
  function linkItem(type, ref, cite, resolved) {
    var span = el("span");
    span.appendChild(document.createTextNode(type + (resolved ? " " : " (unresolved) ")));
    span.appendChild(refLink(ref));
    if (cite) span.appendChild(el("span", { class: "cite" }, " “" + cite + "”"));
    return span;
  }
  function list(heading, items, render) {
    if (!items.length) return;
    panel.appendChild(el("h4", {}, heading + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (item) { var li = el("li"); li.appendChild(render(item)); ul.appendChild(li); });
    panel.appendChild(ul);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    if (target.id === "panel-close") { panel.hidden = true; return; }
    var mark = target.closest("table.matrix tbody td");
    if (mark && MARKS[mark.textContent]) { showCell(mark); return; }
    var withRef = target.closest("[data-ref], [data-node]");
    if (withRef) { event.preventDefault(); showPanel(refOfElement(withRef)); return; }
    var node = target.closest("g.node");
    if (node) { var title = node.querySelector("title"); if (title) showPanel(title.textContent); }
  });
  // An element names a node by reference (data-ref) or by its index in the embedded nodes (data-node).
  function refOfElement(element) {
    var index = element.getAttribute("data-node");
    return index === null ? element.getAttribute("data-ref") : nodeList[Number(index)].ref;
  }
  // A heatmap cell names its deliverable by its column and its goal by its row.
  function showCell(cell) {
    var table = cell.closest("table");
    var column = table.tHead.rows[0].cells[cell.cellIndex].querySelector("[data-ref], [data-node]");
    var row = cell.parentElement.querySelector("th [data-ref]");
    if (!column || !row) return;
    showPanel(refOfElement(column), "covers " + captionOf(row.getAttribute("data-ref")) + " (" + MARKS[cell.textContent] + ")");
  }
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") panel.hidden = true; });

  // The graph picker shows one graph at a time.
  var picker = document.getElementById("graph-picker");
  if (picker) picker.addEventListener("change", function () {
    document.querySelectorAll("figure.graph").forEach(function (f) { f.hidden = f.getAttribute("data-graph") !== picker.value; });
  });

  var holes = document.getElementById("holes-only");
  if (holes) holes.addEventListener("change", function () { document.body.classList.toggle("holes-only", holes.checked); });

  // Search over titles, labels and references: every word typed must appear.
  var search = document.getElementById("search"), results = document.getElementById("search-results");
  var haystack = nodeList.map(function (n) { return [n.ref, ((n.label || "") + " " + (n.title || "") + " " + n.ref).toLowerCase()]; })
    .concat(data.documents.map(function (d) { return [d.id, ((d.title || "") + " " + d.id).toLowerCase()]; }));
  search.addEventListener("input", function () {
    results.textContent = "";
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return;
    var found = 0;
    for (var i = 0; i < haystack.length && found < 50; i++) {
      var text = haystack[i][1];
      if (words.every(function (w) { return text.indexOf(w) >= 0; })) {
        var li = el("li"); li.appendChild(refLink(haystack[i][0])); results.appendChild(li); found++;
      }
    }
    if (!found) results.appendChild(el("li", {}, "nothing matches"));
  });
  results.addEventListener("click", function () { results.textContent = ""; search.value = ""; });

  // Downloads: the embedded data as JSON, coverage links and lint findings as CSV (RFC 4180).
  function download(name, type, text) {
    var a = el("a", { href: URL.createObjectURL(new Blob([text], { type: type })), download: name });
    document.body.appendChild(a); a.click(); a.remove();
  }
  function csv(rows) {
    return rows.map(function (row) {
      return row.map(function (v) { var s = v === undefined || v === null ? "" : String(v); return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }).join(",");
    }).join("\r\n") + "\r\n";
  }
  // A deliverable named by embedded coverage (a node index, or a reference that is no node) as { ref, label, title }.
  function summaryOf(key) {
    var n = typeof key === "number" ? nodeList[key] : nodes.get(key) || { ref: key };
    var o = { ref: n.ref };
    if (n.label) o.label = n.label;
    if (n.title) o.title = n.title;
    return o;
  }
  // The JSON download: the embedded data as plain objects, coverage with labels and titles again.
  function expanded() {
    var coverage = { reports: data.coverage.reports.map(function (r) {
      return Object.assign({}, r, {
        rows: r.rows.map(function (row) { return Object.assign({}, row, { deliverables: row.deliverables.map(function (d) { return Object.assign(summaryOf(d[0]), { via: d[1] }); }) }); }),
        unlinked: r.unlinked.map(summaryOf)
      });
    }) };
    var out = { schemaVersion: data.schemaVersion, tool: data.tool, documents: data.documents, nodes: nodeList, links: linkList, findings: data.findings, coverage: coverage };
    if (data.diff) out.diff = data.diff;
    return out;
  }
  function coverageCsv() {
    var rows = [["workplan", "strategy", "row", "row_label", "row_title", "status", "deliverable", "deliverable_label", "via"]];
    data.coverage.reports.forEach(function (r) {
      r.rows.forEach(function (row) {
        if (!row.deliverables.length) rows.push([r.workplan, r.strategy, row.ref, row.label, row.title, row.status, "", "", ""]);
        row.deliverables.forEach(function (d) { var n = summaryOf(d[0]); rows.push([r.workplan, r.strategy, row.ref, row.label, row.title, row.status, n.ref, n.label, d[1]]); });
      });
    });
    return csv(rows);
  }
  function findingsCsv() {
    return csv([["file", "line", "column", "severity", "rule", "message"]].concat(data.findings.map(function (f) { return [f.file, f.line, f.column, f.severity, f.rule, f.message]; })));
  }
  document.getElementById("download-json").addEventListener("click", function () { download("ogp-report.json", "application/json", JSON.stringify(expanded(), null, 2) + "\n"); });
  document.getElementById("download-coverage-csv").addEventListener("click", function () { download("ogp-coverage.csv", "text/csv", coverageCsv()); });
  document.getElementById("download-findings-csv").addEventListener("click", function () { download("ogp-findings.csv", "text/csv", findingsCsv()); });
})();
`;
