import { writeStderr } from "../../core/stdout.js";
import { writeFileAtomic } from "../../core/write-file.js";
import { EXIT, UsageError } from "../../core/errors.js";
import { asOfDate } from "../../project/as-of.js";
import type { Bands } from "../../formatters/html/html.js";
import { reportRun } from "../../runs/report-run.js";
import { formatContext, openPlans, write } from "../common.js";
import type { GlobalOptions, WithOutput } from "../options.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";
import type { ReportCommandOptions } from "./definition.js";

export async function runReport(paths: string[], options: WithOutput<ReportCommandOptions>, globals: GlobalOptions): Promise<number> {
  const bands = options.bands === undefined ? undefined : parseBands(options.bands);
  if (options.diff && options.diff.length > 2) {
    throw new UsageError(`--diff takes a git revision, or an old and a new side; got ${options.diff.length} values (${options.diff.join(" ")}): put the plans' paths before --diff`);
  }
  const { project, plans } = await openPlans(paths, { examples: options.examples, config: globals.config });
  const analyses = await reportRun(project, plans, { examples: options.examples, planPaths: plans.load, ...(options.diff ? { diff: options.diff } : {}) });
  const { diff } = analyses;
  const { buildReport } = await import("../../formatters/html/build.js");
  const asOf = options.examples ? options.date : await asOfDate(plans.load, options.date);
  const heading = { ...(options.title ? { name: options.title } : {}), ...(asOf ? { asOf } : {}) };
  const html = await buildReport(analyses, { format: options.format, ...(bands ? { bands } : {}), ...heading }, formatContext(globals));
  if (options.out === "-") write(html);
  else {
    await writeFileAtomic(options.out, html, { force: options.force, shown: `'${options.out}'` });
    const changes = diff ? `, ${diff.changes.length} ${diff.changes.length === 1 ? "change" : "changes"}` : "";
    writeStderr(`ogp: wrote ${options.out} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB): ${project.graph.documents.size} documents, ${project.graph.nodes.size} nodes${changes}\n`);
  }
  return warnAboutUnloadedFiles(project) ? EXIT.problems : EXIT.ok;
}

/** '50,80': the percents below which coverage is low, then medium (Istanbul's watermarks). */
function parseBands(text: string): Bands {
  const match = /^\s*(\d{1,3})\s*,\s*(\d{1,3})\s*$/.exec(text);
  const low = Number(match?.[1]);
  const high = Number(match?.[2]);
  if (!match || low > high || high > 100) throw new UsageError(`--bands '${text}' is not two percents 'low,high' with low <= high <= 100 (for example --bands 50,80)`);
  return [low, high];
}
