import type { FormatContext } from "../../src/formatters/formatter.js";
import { buildReport } from "../../src/formatters/html/build.js";
import { analyseCoverage } from "../../src/coverage/analyse.js";
import type { DiffResult } from "../../src/diff/model.js";
import { lint } from "../../src/lint/lint.js";
import type { Project } from "../../src/project/open.js";
import { REPORT_COVERAGE_OPTIONS } from "../../src/runs/report-run.js";
import { Chalk } from "chalk";

export const CONTEXT: FormatContext = { rules: new Map(), colors: new Chalk({ level: 0 }), cwd: "/", version: "test", width: 80 };

/** The report of a project as the command builds it: lint and coverage asked of the analyses, and the diff when given. */
export function reportOf(project: Project, diff?: DiffResult): Promise<string> {
  const analyses = { project, lint: lint(project), coverage: analyseCoverage(project, REPORT_COVERAGE_OPTIONS), ...(diff ? { diff } : {}) };
  return buildReport(analyses, { format: "html", asOf: "2026-01-31" }, CONTEXT);
}

/** The JSON the page embeds, parsed back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk the embedded JSON loosely, as the page's script does
export function embeddedData(html: string): any {
  const match = /<script type="application\/json" id="ogp-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no embedded data");
  return JSON.parse(match[1]!);
}
