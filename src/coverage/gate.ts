import type { PlanGraph } from "../graph/graph.js";
import type { PlanNode } from "../graph/model.js";
import { shortTitle } from "../graph/naming.js";
import type { CoverageReport, CoverageRow, RowStatus } from "./model.js";
import { countRows } from "./rows.js";

// The gate (Istanbul's --check-coverage), the ratchet against a base revision (codecov's
// base-branch target) and the coverage of what changed (diff-cover): each a pure comparison of
// reports, so the CLI only loads the revisions and prints the answer.

const isCounted = (row: Pick<CoverageRow, "status">) => row.status === "covered" || row.status === "justified";

/**
 * How far a row is covered, for the ratchet: covered (or justified) > partial > missing (or broken,
 * which counts no link either). A row that falls a step fails --baseline, whatever the percent does:
 * a goal going from partial to missing leaves the percent of covered goals unchanged.
 */
const STATUS_RANK: Record<RowStatus, number> = { covered: 2, justified: 2, partial: 1, missing: 0, broken: 0 };

/** Report name for messages: "workplan 'w' against strategy 's'" (or "strategy 's'" for indicators). */
export function reportName(report: CoverageReport): string {
  return report.workplan ? `workplan '${report.workplan.id}' against strategy '${report.strategy.id}'` : `strategy '${report.strategy.id}'`;
}

function rowName(row: CoverageRow): string {
  return `${row.kind}${row.label ? ` ${row.label}` : ""} '${row.ref}'${row.title ? ` ("${shortTitle(row.title)}")` : ""}`;
}

/**
 * `--min`: each report's percentage must reach `min`; a negative `min` allows at most -min rows
 * that are not covered (nor justified), as Istanbul's negative thresholds do.
 */
export function belowMinimum(reports: readonly CoverageReport[], min: number): string[] {
  const failures: string[] = [];
  for (const report of reports) {
    const { percent, covered, justified, total } = report.summary;
    const holes = total - covered - justified;
    if (min >= 0 && percent < min) failures.push(`${reportName(report)}: coverage ${percent}% is below --min ${min}%`);
    if (min < 0 && holes > -min) failures.push(`${reportName(report)}: ${holes} ${holes === 1 ? "row is" : "rows are"} not covered, more than the ${-min} that --min ${min} allows`);
  }
  return failures;
}

/** `--baseline`: every report whose percentage dropped, and every row whose status fell (covered -> partial -> missing) since the base. */
export function droppedSince(reports: readonly CoverageReport[], base: readonly CoverageReport[], ref: string): string[] {
  const failures: string[] = [];
  const key = (r: CoverageReport) => `${r.workplan?.id ?? ""} ${r.strategy.id}`;
  const before = new Map(base.map((r) => [key(r), r]));
  for (const report of reports) {
    const old = before.get(key(report));
    if (!old) continue; // a workplan new since the base has nothing to drop from
    if (report.summary.percent < old.summary.percent) failures.push(`${reportName(report)}: coverage dropped from ${old.summary.percent}% at '${ref}' to ${report.summary.percent}%`);
    const now = new Map(report.rows.map((row) => [row.ref, row]));
    for (const row of old.rows) {
      const current = now.get(row.ref);
      if (current && STATUS_RANK[current.status] < STATUS_RANK[row.status]) failures.push(`${reportName(report)}: ${rowName(current)} was ${row.status} at '${ref}' and is ${current.status} now`);
    }
  }
  return failures;
}

/** Goals and sub-goals added or edited between two graphs: a node's own fields, not those of the nodes beneath it. */
export function changedNodes(before: PlanGraph, after: PlanGraph): Map<string, "added" | "edited"> {
  const changed = new Map<string, "added" | "edited">();
  for (const node of after.nodes.values()) {
    if (node.type !== "goal" && node.type !== "objective") continue;
    const old = before.node(node.ref);
    if (!old) changed.set(node.ref, "added");
    else if (ownFields(old) !== ownFields(node)) changed.set(node.ref, "edited");
  }
  return changed;
}

/** A node's data without its nested nodes (lists of objects with ids), so that editing a child is not editing its parent. */
function ownFields(node: PlanNode): string {
  const own = Object.entries(node.data).filter(([, value]) => !(Array.isArray(value) && value.some((item) => item && typeof item === "object" && "id" in item)));
  return JSON.stringify(own);
}

/** `--changed`: each report cut down to the rows added or edited since `ref`, with a note that says how many and how many are covered. */
export function onlyChanged(reports: readonly CoverageReport[], changed: ReadonlyMap<string, "added" | "edited">, ref: string): CoverageReport[] {
  return reports.map((report) => {
    const rows = report.rows.filter((row) => changed.has(row.ref));
    const added = rows.filter((row) => changed.get(row.ref) === "added").length;
    const edited = rows.length - added;
    const covered = rows.filter(isCounted).length;
    const what = [added ? `adds ${added}` : "", edited ? `edits ${edited}` : ""].filter(Boolean).join(" and ");
    const note = rows.length === 0 ? `no goal added or edited since '${ref}'` : `the change since '${ref}' ${what} ${rows.length === 1 && !(added && edited) ? "goal" : "goals"}; ${covered} ${covered === 1 ? "is" : "are"} covered`;
    return { ...report, rows, notes: [...report.notes, note], ...countRows(rows) };
  });
}

