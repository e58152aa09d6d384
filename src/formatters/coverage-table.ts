import Table from "cli-table3";
import type { CoverageReport, CoverageResult, CoverageRow, NodeRef } from "../coverage/model.js";
import type { Colors } from "./colors.js";
import { coveredBy, heading, holes, itemFor, justifiedRows, labelAndTitle, legend, levelLines, MAPPED_MARK, mappedRows, mark, pairsUsed, shortName, statusText, summaryLine } from "./coverage-common.js";
import type { FormatContext, Formatter } from "./formatter.js";
import { shortTitle } from "../graph/naming.js";
import { fitWidth } from "./fit-width.js";

// The terminal view: per report a matrix that fits the width (rows = goals, columns =
// deliverables, or turned round with --by deliverable), a summary, the holes by name and the
// deliverables that advance nothing. When the matrix cannot fit (or there is no matrix to draw,
// as with --of indicators), one line per row: "3  Protect and expand civic space  covered by 3, 4, 7 (direct: 4)".

/** Below this many columns for titles, a matrix says too little: one line per row instead. */
const MIN_TITLE_WIDTH = 18;
const STATUS_WIDTH = "justified".length + 2;

const formatCoverageTable: Formatter<CoverageResult> = (result, context) => {
  const blocks = result.reports.map((report) => reportBlock(result, report, context));
  if (result.reports.length === 0) blocks.push("No workplan with a strategy to measure.\n");
  return blocks.join("\n");
};
export default formatCoverageTable;

function reportBlock(result: CoverageResult, report: CoverageReport, context: FormatContext): string {
  const c = context.colors;
  const lines: string[] = [];
  // Every line of text fits the terminal's width (the matrix is laid out to it, or not drawn).
  const add = (text: string, colour: (text: string) => string = (t) => t) => {
    for (const part of text.split("\n")) lines.push(...fitWidth(part, context.width).map((line) => colour(line)));
  };
  add(heading(report), c.bold);
  for (const note of report.notes) add(`note: ${note}`, c.yellow);
  const matrix = result.of === "deliverables" && report.rows.length > 0 && report.deliverables.length > 0 ? drawMatrix(result, report, context) : undefined;
  if (matrix) {
    lines.push(matrix);
    add(legend(result), c.dim);
  } else for (const row of report.rows) add(oneLine(report, row), (text) => colourByStatus(row, text, c));
  lines.push("");
  for (const line of [summaryLine(report), ...levelLines(report)]) add(line);
  const gaps = holes(report);
  if (gaps.length > 0) {
    add(`Not covered (${gaps.length}):`, c.red);
    for (const row of gaps) add(`  ${rowName(row)}: ${row.status}`);
  }
  const justified = justifiedRows(report);
  if (justified.length > 0) {
    add(`Justified (${justified.length}):`);
    for (const row of justified) add(`  ${rowName(row)}: ${row.justified}`);
  }
  const mapped = mappedRows(report);
  if (mapped.length > 0) {
    add(`Reached through a pair of versions, ${MAPPED_MARK} (${mapped.length}):`);
    for (const row of mapped) add(`  ${rowName(row)}: ${pairsUsed(row)}`);
  }
  if (report.unlinked.length > 0) {
    add(`Advancing no goal of this strategy (${report.unlinked.length}):`, c.yellow);
    for (const d of report.unlinked) add(`  ${describeUnlinked(d)}`);
  }
  if (report.unmapped.length > 0) {
    add(`Links that could not be mapped onto this strategy (${report.unmapped.length}):`);
    for (const n of report.unmapped) add(`  ${labelAndTitle(n)} (${n.ref})`);
  }
  return `${lines.join("\n")}\n`;
}

function rowName(row: CoverageRow): string {
  return `${row.kind} ${labelAndTitle(row)}`;
}

function describeUnlinked(item: CoverageReport["unlinked"][number]): string {
  const name = `deliverable ${labelAndTitle(item)}`;
  // Named by reference and title, not by a bare label: "1" would read as this strategy's goal 1.
  const outside = (n: NodeRef) => (n.title ? `${n.ref} "${shortTitle(n.title, 40)}"` : n.ref);
  return item.advances.length === 0 ? `${name}: advances nothing` : `${name}: advances only ${item.advances.map(outside).join(", ")}`;
}

function oneLine(report: CoverageReport, row: CoverageRow): string {
  const indent = "  ".repeat(row.level - 1);
  // An untitled row (missing-title reports it) shows its id rather than nothing.
  return `${indent}${shortName(row).padEnd(4)}  ${row.title ?? `'${row.ref.slice(row.ref.lastIndexOf("/") + 1)}'`}  ${coveredBy(report, row)}${row.mapped ? ` ${MAPPED_MARK}` : ""}`;
}

function colourByStatus(row: CoverageRow, text: string, c: Colors): string {
  if (row.status === "covered") return c.green(text);
  if (row.status === "justified") return c.cyan(text);
  if (row.status === "partial") return c.yellow(text);
  return c.red(text);
}

/** The matrix as a table, or undefined when it cannot fit the width. */
function drawMatrix(result: CoverageResult, report: CoverageReport, context: FormatContext): string | undefined {
  const byDeliverable = result.by === "deliverable";
  const rowNodes: NodeRef[] = byDeliverable ? report.deliverables : report.rows;
  const columnNodes: NodeRef[] = byDeliverable ? report.rows : report.deliverables;
  const cell = (row: NodeRef, column: NodeRef) => {
    const [goal, deliverable] = byDeliverable ? [column as CoverageRow, row] : [row as CoverageRow, column];
    return mark(itemFor(goal, deliverable.ref));
  };
  const columnWidths = columnNodes.map((n) => Math.max(1, shortName(n).length) + 2);
  const countWidth = 3 + 2;
  const fixed = columnWidths.reduce((a, b) => a + b + 1, 0) + countWidth + 1 + (byDeliverable ? 0 : STATUS_WIDTH + 1) + 2;
  const titleWidth = Math.min(context.width - fixed, 2 + Math.max(...rowNodes.map((n) => labelAndTitle(n).length + (indentOf(n) * 2))));
  if (titleWidth < MIN_TITLE_WIDTH) return undefined;
  const head = [byDeliverable ? "deliverable" : "goal", ...columnNodes.map(shortName), "#", ...(byDeliverable ? [] : ["status"])];
  const table = new Table({
    head,
    colWidths: [titleWidth, ...columnWidths, countWidth, ...(byDeliverable ? [] : [STATUS_WIDTH])],
    colAligns: ["left", ...columnNodes.map(() => "center" as const), "right", "left"],
    style: { head: [], border: [], compact: true },
    wordWrap: false,
  });
  for (const node of rowNodes) {
    const marks = columnNodes.map((column) => cell(node, column));
    const count = marks.filter((m) => m === "●" || m === "○").length;
    const name = `${"  ".repeat(indentOf(node))}${labelAndTitle(node)}`;
    const status = byDeliverable ? [] : [colourByStatus(node as CoverageRow, statusText(node as CoverageRow), context.colors)];
    table.push([name, ...marks, String(count), ...status]);
  }
  return table.toString();
}

function indentOf(node: NodeRef): number {
  return "level" in node ? (node as CoverageRow).level - 1 : 0;
}
