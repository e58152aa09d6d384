import { lint } from "../../lint/lint.js";
import type { Project } from "../../project/open.js";
import { formatterFor, type FormatContext } from "../formatter.js";
import { REPORT_FORMATS } from "./formats.js";
import { DEFAULT_BANDS, type Bands } from "./html.js";
import type { DiffInput } from "./inputs.js";
import { layOut, loadLayoutEngine } from "./layout.js";
import { planGraphs } from "./plan-graphs.js";
import { coverageInput } from "./coverage-input.js";
import { reportData } from "./report-data.js";

export interface HtmlReportOptions {
  format: string;
  bands?: Bands;
  /** The semantic diff to show as a page (issue 12's JSON), when one was asked for. */
  diff?: DiffInput;
}

/** Gathers what the report shows (lint, coverage, graphs laid out) and formats it. */
export async function buildReport(project: Project, options: HtmlReportOptions, context: FormatContext): Promise<string> {
  const coverage = coverageInput(project);
  const data = reportData(project, lint(project), coverage, options.diff, context.version);
  const graphs = layOut(planGraphs(project.graph), await loadLayoutEngine());
  const format = await formatterFor(REPORT_FORMATS, options.format);
  return format({ data, coverage, graphs, bands: options.bands ?? DEFAULT_BANDS }, context);
}
