import type { CoverageCounts, CoverageReport, CoverageResult, CoverageRow, CoverItem, MappedPair, NodeRef } from "../coverage/model.js";
import type { Via } from "../graph/advancement.js";
import { idOf } from "../graph/naming.js";

// Words and marks the coverage formats share (table, markdown), so that a terminal and a
// pull-request comment say the same thing the same way.

/** A cell's mark: ● the deliverable names the row itself; ○ it reaches it another way; ✗ only through links that are errors. */
export function mark(item: CoverItem | undefined): string {
  if (!item) return "";
  if (item.broken) return "✗";
  return item.via === "direct" ? "●" : "○";
}

/** The mark of a row reached through a pair of versions (with --strategy): its status reads "covered ⇄". */
export const MAPPED_MARK = "⇄";

export function legend(result: CoverageResult): string {
  if (result.of === "indicators") return "● the node's own indicator   ○ an indicator of a sub-goal";
  const mapped = result.reports.some((report) => report.rows.some((row) => row.mapped));
  // The mapped mark on a line of its own, so that the legend keeps within a terminal's width.
  return `● names it   ○ through an action, sub-goal or approach   ✗ only links that are errors${mapped ? `\n${MAPPED_MARK} through a pair of versions (listed below)` : ""}`;
}

/** A row's status as the tables show it, marked when its links come through a pair of versions. */
export function statusText(row: CoverageRow): string {
  return row.mapped ? `${row.status} ${MAPPED_MARK}` : row.status;
}

/** Rows reached through pairs of versions (with --strategy), for the list that names the pairs. */
export function mappedRows(report: CoverageReport): CoverageRow[] {
  return report.rows.filter((row) => row.mapped);
}

/** "from ogp-strategy-2023/community (same id); 3.4 from ogp-strategy-2023/civic-space (by meaning, score 0.37)": the pairs a row's links come through. */
export function pairsUsed(row: CoverageRow): string {
  return (row.mapped ?? []).map((pair) => `${pair.to.ref === row.ref ? "" : `${shortName(pair.to)} `}from ${pair.from.ref} (${PAIRED_BY_WORDS[pair.by](pair)}${pair.ambiguous ? ", ambiguous" : ""})`).join("; ");
}

const PAIRED_BY_WORDS: Record<MappedPair["by"], (pair: MappedPair) => string> = {
  derivedFrom: () => "derivedFrom",
  id: () => "same id",
  meaning: (pair) => `by meaning, score ${pair.score}`,
  pin: () => "pinned",
};

/** A node as a reader names it: its label, else its id. */
export function shortName(node: NodeRef): string {
  return node.label ?? idOf(node.ref);
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
  const [onlyKind] = kinds;
  const noun = kinds.size === 1 && onlyKind ? onlyKind : level === 1 ? "goal" : "row";
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

