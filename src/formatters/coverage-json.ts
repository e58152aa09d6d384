import type { CoverageReport, CoverageResult, CoverageRow } from "../coverage/model.js";
import type { Formatter } from "./formatter.js";

// The JSON contract of `ogp coverage --format json`, published as schemas/coverage-output.schema.json.
// Bump COVERAGE_SCHEMA_VERSION when a field changes meaning or goes away (adding one does not).

export const COVERAGE_SCHEMA_VERSION = 1;

const formatCoverageJson: Formatter<CoverageResult> = (result, context) => {
  const output = {
    schemaVersion: COVERAGE_SCHEMA_VERSION,
    tool: { name: "ogp", version: context.version },
    of: result.of,
    depth: result.depth,
    ...(result.changedSince ? { changedSince: result.changedSince } : {}),
    reports: result.reports.map((report) => reportOut(report)),
    failures: result.failures,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
export default formatCoverageJson;

function reportOut(report: CoverageReport) {
  return {
    ...(report.workplan ? { workplan: report.workplan } : {}),
    strategy: report.strategy,
    rows: report.rows.map((row) => rowOut(report, row)),
    unlinked: report.unlinked,
    unmapped: report.unmapped,
    notes: report.notes,
    summary: report.summary,
    levels: report.levels,
  };
}

function rowOut(report: CoverageReport, row: CoverageRow) {
  const { items, ...rest } = row;
  return { ...rest, [report.of]: items };
}
