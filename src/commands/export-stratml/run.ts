import { writeStderr } from "../../core/stdout.js";
import { EXIT, UsageError } from "../../core/errors.js";
import { didYouMean } from "../../core/suggest.js";
import { loadPlans, write } from "../common.js";
import type { GlobalOptions, WithOutput } from "../options.js";
import type { ExportStratmlCommandOptions } from "./definition.js";

export async function runExportStratml(documentId: string, paths: string[], options: WithOutput<ExportStratmlCommandOptions>, globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths, { examples: options.examples, config: globals.config });
  const document = project.graph.documents.get(documentId);
  if (!document) throw new UsageError(`no document '${documentId}' in the loaded plans${didYouMean(documentId, project.graph.documents.keys())}`);
  if (document.kind === "deliverable") {
    const workplan = project.graph.outgoing(documentId, "workplan")[0]?.written;
    throw new UsageError(`'${documentId}' is a deliverable; StratML writes deliverables as objectives of their work plan's performance plan, so export its work plan${workplan ? ` ('${workplan}')` : ""}`);
  }
  if (document.kind === "workplan" && options.part === "1") {
    throw new UsageError(`'${documentId}' is a work plan: its deliverables' links are written as Relationships of performance indicators, which only Part 2 has; export it without --part 1`);
  }
  let result;
  try {
    if (document.kind === "workplan") {
      const { exportWorkplanStratml } = await import("../../stratml/export-workplan.js");
      result = exportWorkplanStratml(project.graph, documentId);
    } else {
      const { exportStratml } = await import("../../stratml/export.js");
      result = exportStratml(document.data, options.part === "1" ? 1 : 2);
    }
  } catch (error) {
    throw new UsageError(`${documentId}: ${(error as Error).message}`);
  }
  if (options.out) {
    const { writeFileAtomic } = await import("../../core/write-file.js");
    await writeFileAtomic(options.out, result.xml, { force: options.force });
    writeStderr(`ogp: wrote ${options.out} (StratML Part ${options.part}, ISO 17469-1)\n`);
  } else write(result.xml);
  for (const note of result.leftOut) writeStderr(`ogp: left out: ${note}\n`);
  return EXIT.ok;
}
