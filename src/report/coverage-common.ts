import type { CoverageCounts, CoverageReport, CoverageResult, CoverageRow, CoverItem, NodeRef } from "../coverage/model.js";
import type { Via } from "../graph/advancement.js";

// Words and marks the coverage formats share (table, markdown), so that a terminal and a
// pull-request comment say the same thing the same way.

/** A cell's mark: ● the deliverable names the row itself; ○ it reaches it another way; ✗ only through links that are errors. */
export function mark(item: CoverItem | undefined): string {
  if (!item) return "";
  if (item.broken) return "✗";
  return item.via === "direct" ? "●" : "○";
}

export function legend(result: CoverageResult): string {
  return result.of === "indicators"
    ? "● the node's own indicator   ○ an indicator of a sub-goal"
    : "● names it   ○ through an action, sub-goal or approach   ✗ only links that are errors";
}

/** A node as a reader names it: its label, else its id. */
export function shortName(node: NodeRef): string {
  return node.label ?? node.ref.slice(node.ref.lastIndexOf("/") + 1);
}

export function labelAndTitle(node: NodeRef): string {
  return [node.label, node.title].filter(Boolean).join("  ") || node.ref;
}

export function heading(report: CoverageReport): string {
  const strategy = `strategy ${report.strategy.id}${report.strategy.title ? ` (${report.strategy.title})` : ""}`;
  if (!report.workplan) return `Indicators of ${strategy}`;
  return `Workplan ${report.workplan.id}${report.workplan.title ? ` (${report.workplan.title})` : ""} against ${strategy}`;
}

function levelNoun(report: CoverageReport, level: number | undefined, count: number): string {
  const kinds = new Set(report.rows.filter((r) => level === undefined || r.level === level).map((r) => r.kind));
  const noun = kinds.size === 1 ? [...kinds][0]! : level === 1 ? "goal" : "row";
  if (count === 1) return noun;
  return noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** "4 of 5 goals covered (80%)", with the justified, partial and broken rows named apart. */
export function summaryLine(report: CoverageReport, counts: CoverageCounts = report.summary, level?: number): string {
  const done = counts.covered + counts.justified;
  const extras = [
    counts.justified ? `${counts.justified} of them justified` : "",
    counts.partial ? `${counts.partial} partial` : "",
    counts.broken ? `${counts.broken} broken` : "",
  ].filter(Boolean);
  return `${done} of ${counts.total} ${levelNoun(report, level, counts.total)} covered (${counts.percent}%)${extras.length ? `, ${extras.join(", ")}` : ""}`;
}

/** Each level's line when the report has several levels. */
export function levelLines(report: CoverageReport): string[] {
  if (report.levels.length < 2) return [];
  return report.levels.map((l) => `level ${l.level}: ${summaryLine(report, l, l.level)}`);
}

/** Rows that are not covered: missing, broken and partial (justified rows are shown apart). */
export function holes(report: CoverageReport): CoverageRow[] {
  return report.rows.filter((r) => r.status === "missing" || r.status === "broken" || r.status === "partial");
}

export function justifiedRows(report: CoverageReport): CoverageRow[] {
  return report.rows.filter((r) => r.status === "justified");
}

/** "covered by 3, 4, 7 (direct: 4)": the one-line form of a row. */
export function coveredBy(report: CoverageReport, row: CoverageRow): string {
  const counting = row.items.filter((i) => !i.broken);
  if (row.status === "justified") return `justified: ${row.justified}`;
  if (counting.length === 0) {
    const broken = row.items.map(shortName);
    if (broken.length) return `broken: only ${broken.join(", ")}, through links that are errors`;
    return report.of === "indicators" ? "no indicator" : "not covered";
  }
  const direct = counting.filter((i) => i.via === "direct").map(shortName);
  const by = `${report.of === "indicators" ? "measured by" : "covered by"} ${counting.map(shortName).join(", ")}`;
  const showDirect = report.of === "deliverables" && direct.length > 0;
  return `${row.status === "partial" ? "partly " : ""}${by}${showDirect ? ` (direct: ${direct.join(", ")})` : ""}`;
}

export const VIA_WORDS: Record<Via, string> = {
  direct: "names it",
  action: "through an action",
  objective: "through a sub-goal",
  approach: "through a strategic approach",
};

/** The item of a row for one deliverable, if it covers the row. */
export function itemFor(row: CoverageRow, ref: string): CoverItem | undefined {
  return row.items.find((item) => item.ref === ref);
}

