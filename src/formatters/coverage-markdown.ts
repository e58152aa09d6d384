import type { CoverageReport, CoverageResult, CoverageRow } from "../coverage/model.js";
import { coveredBy, heading, holes, itemFor, justifiedRows, labelAndTitle, legend, levelLines, MAPPED_MARK, mappedRows, mark, pairsUsed, shortName, statusText, summaryLine } from "./coverage-common.js";
import type { Formatter } from "./formatter.js";

// For a pull-request comment: per report the matrix (GitHub renders wide tables with a scroll
// bar, so no width limit), the summary, the holes and the deliverables that advance nothing.

const formatCoverageMarkdown: Formatter<CoverageResult> = (result) => {
  if (result.reports.length === 0) return "No workplan with a strategy to measure.\n";
  const failures = result.failures.length > 0 ? ["", "**Coverage check failed:**", "", ...result.failures.map((f) => `- ${escape(f)}`)] : [];
  return `${result.reports.map((report) => reportBlock(result, report)).join("\n")}${failures.join("\n")}${failures.length ? "\n" : ""}`;
};
export default formatCoverageMarkdown;

function reportBlock(result: CoverageResult, report: CoverageReport): string {
  const lines = [`### ${escape(heading(report))}`, ""];
  for (const note of report.notes) lines.push(`> ${escape(note)}`, "");
  lines.push(`**${summaryLine(report)}**`, ...levelLines(report).map((l) => `- ${l}`), "");
  if (result.of === "deliverables" && report.deliverables.length > 0) {
    lines.push(`| goal | ${report.deliverables.map((d) => escape(shortName(d))).join(" | ")} | # | status |`);
    lines.push(`|---|${report.deliverables.map(() => ":-:").join("|")}|--:|---|`);
    for (const row of report.rows) {
      const marks = report.deliverables.map((d) => mark(itemFor(row, d.ref)));
      const count = row.items.filter((i) => !i.broken).length;
      lines.push(`| ${"&nbsp;&nbsp;".repeat(row.level - 1)}${escape(labelAndTitle(row))} | ${marks.join(" | ")} | ${count} | ${statusText(row)} |`);
    }
    lines.push("", `<sub>${escape(legend(result).replace(/\n/g, "   "))}</sub>`, "");
  } else {
    lines.push("| row | status | by |", "|---|---|---|");
    for (const row of report.rows) lines.push(`| ${"&nbsp;&nbsp;".repeat(row.level - 1)}${escape(labelAndTitle(row))} | ${statusText(row)} | ${escape(coveredBy(report, row))} |`);
    lines.push("");
  }
  const gaps = holes(report);
  if (gaps.length > 0) lines.push(`**Not covered (${gaps.length}):**`, "", ...gaps.map((row) => `- ${rowLine(row)}: ${row.status}`), "");
  const justified = justifiedRows(report);
  if (justified.length > 0) lines.push(`**Justified (${justified.length}):**`, "", ...justified.map((row) => `- ${rowLine(row)}: ${escape(row.justified ?? "")}`), "");
  const mapped = mappedRows(report);
  if (mapped.length > 0) lines.push(`**Reached through a pair of versions, ${MAPPED_MARK} (${mapped.length}):**`, "", ...mapped.map((row) => `- ${rowLine(row)}: ${escape(pairsUsed(row))}`), "");
  if (report.unlinked.length > 0) {
    lines.push(`**Advancing no goal of this strategy (${report.unlinked.length}):**`, "");
    for (const d of report.unlinked) lines.push(`- deliverable ${escape(labelAndTitle(d))}${d.advances.length ? `: advances only ${d.advances.map((n) => `\`${n.ref}\``).join(", ")}` : ": advances nothing"}`);
    lines.push("");
  }
  if (report.unmapped.length > 0) lines.push(`**Links that could not be mapped onto this strategy (${report.unmapped.length}):**`, "", ...report.unmapped.map((n) => `- ${escape(labelAndTitle(n))} (\`${n.ref}\`)`), "");
  return lines.join("\n");
}

function rowLine(row: CoverageRow): string {
  return `${row.kind} ${escape(labelAndTitle(row))}`;
}

/** Keeps text from breaking a table cell or turning into markup. */
function escape(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/([*_`<>[\]])/g, "\\$1").replace(/\r?\n/g, " ");
}
