import type { CoverageResult } from "../../coverage/model.js";
import type { DiffResult } from "../../diff/model.js";
import type { LintResult } from "../../lint/lint.js";
import type { Project } from "../../project/open.js";
import { formatterFor, type FormatContext } from "../formatter.js";
import { planName, strategyInForce } from "../../analyses/plan-name.js";
import { coverageInput } from "./coverage-input.js";
import { REPORT_FORMATS } from "./formats.js";
import { DEFAULT_BANDS, type Bands } from "./html.js";
import { layOut, loadLayoutEngine } from "./layout.js";
import { planGraphs } from "./plan-graphs.js";
import { reportData } from "./report-data.js";

/** What the report shows, computed before it by the runs (runs/report-run.ts): the report itself decides nothing. */
export interface ReportAnalyses {
  project: Project;
  /** The findings as `ogp lint` reports them (config severities, disables and baseline applied). */
  lint: LintResult;
  /** Coverage of deliverables against goals (runs/report-run.ts, REPORT_COVERAGE_OPTIONS). */
  coverage: CoverageResult;
  /** The semantic diff to show as a page, when one was asked for. */
  diff?: DiffResult;
}

export interface HtmlReportOptions {
  format: string;
  bands?: Bands;
  /** The plans' name for the heading (--title, else the strategy in force's title). */
  name?: string;
  /** The date the report is as of (YYYY-MM-DD), decided by the caller so the report stays deterministic. */
  asOf?: string;
}

/** Lays the plan graphs out and formats the analyses' results as the report. */
export async function buildReport(analyses: ReportAnalyses, options: HtmlReportOptions, context: FormatContext): Promise<string> {
  const coverage = coverageInput(analyses.coverage);
  const data = reportData(analyses.project, analyses.lint, coverage, analyses.diff, context.version);
  const graphs = layOut(planGraphs(analyses.project.graph), await loadLayoutEngine());
  const format = await formatterFor(REPORT_FORMATS, options.format);
  const heading = { name: options.name ?? planName(analyses.project.graph) ?? "Plans", ...(options.asOf ? { asOf: options.asOf } : {}) };
  // The graph shown first: the strategy in force, the one a reader opens the report for.
  const inForce = strategyInForce(analyses.project.graph);
  return format({ data, coverage, graphs, bands: options.bands ?? DEFAULT_BANDS, heading, ...(inForce ? { firstGraph: `doc:${inForce.id}` } : {}) }, context);
}
