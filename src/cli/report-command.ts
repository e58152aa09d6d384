import { writeFileAtomic } from "../core/write-file.js";
import { EXIT, UsageError } from "../core/errors.js";
import type { Bands } from "../report/html/html.js";
import { formatContext, loadPlans, write } from "./common.js";
import type { GlobalOptions } from "./main.js";
import { warnAboutUnloadedFiles } from "./unloaded.js";

export interface ReportCommandOptions {
  out: string;
  force?: boolean;
  format: string;
  bands?: string;
}

export async function runReport(paths: string[], options: ReportCommandOptions, globals: GlobalOptions): Promise<number> {
  const bands = options.bands === undefined ? undefined : parseBands(options.bands);
  const project = await loadPlans(paths);
  const { buildReport } = await import("../report/html/build.js");
  const context = formatContext(globals);
  const html = await buildReport(project, { format: options.format, ...(bands ? { bands } : {}) }, context);
  if (options.out === "-") write(html);
  else {
    await writeFileAtomic(options.out, html, { force: options.force, shown: `'${options.out}'` });
    process.stderr.write(`ogp: wrote ${options.out} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB): ${project.graph.documents.size} documents, ${project.graph.nodes.size} nodes\n`);
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
