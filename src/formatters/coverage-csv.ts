import type { CoveragePath, CoverageResult } from "../coverage/model.js";
import type { Formatter } from "./formatter.js";

// For a spreadsheet (Doorstop's CSV matrix, one link a line): one row per (goal, deliverable,
// via) link, plus one row per goal that nothing covers (its deliverable columns empty), RFC 4180
// (CRLF line ends, fields quoted when they hold a comma, quote or line break). Written by hand:
// the one rule below is all of RFC 4180 that this output needs, not worth a dependency.

// mapped_to and paired_by (with --strategy): the measured strategy's node a link to another version is carried onto, and how the two were paired.
const HEADER = ["workplan", "strategy", "ref", "label", "title", "level", "kind", "status", "item_ref", "item_label", "item_title", "via", "from", "target", "cite", "note", "mapped_to", "paired_by"];

const formatCoverageCsv: Formatter<CoverageResult> = (result) => {
  const records: string[][] = [result.of === "indicators" ? HEADER.map((h) => h.replace("item_", "indicator_")) : HEADER.map((h) => h.replace("item_", "deliverable_"))];
  for (const report of result.reports) {
    const lead = [report.workplan?.id ?? "", report.strategy.id];
    for (const row of report.rows) {
      const rowFields = [row.ref, row.label ?? "", row.title ?? "", String(row.level), row.kind, row.status];
      if (row.items.length === 0) records.push([...lead, ...rowFields, "", "", "", "", "", "", "", row.justified ?? "", "", ""]);
      for (const item of row.items) {
        const paths: CoveragePath[] = item.paths.length > 0 ? item.paths : [{ via: item.via, from: "", target: "", ...(item.broken ? { broken: true } : {}) }];
        for (const path of paths) {
          const note = path.broken ? "link is an error in lint" : "";
          records.push([...lead, ...rowFields, item.ref, item.label ?? "", item.title ?? "", path.via, path.from, path.target, path.cite ?? "", note, path.mappedTo ?? "", path.pairedBy ?? ""]);
        }
      }
    }
  }
  return records.map((fields) => fields.map(field).join(",")).join("\r\n") + "\r\n";
};
export default formatCoverageCsv;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
