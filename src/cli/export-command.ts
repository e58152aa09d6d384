import { EXIT, UsageError } from "../core/errors.js";
import { didYouMean } from "../core/suggest.js";
import { loadPlans, write } from "./common.js";
import type { GlobalOptions } from "./main.js";

export interface ExportCommandOptions {
  part: "1" | "2";
  out?: string;
  force?: boolean;
}

export async function runExportStratml(documentId: string, paths: string[], options: ExportCommandOptions, _globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths);
  const document = project.graph.documents.get(documentId);
  if (!document) throw new UsageError(`no document '${documentId}' in the loaded plans${didYouMean(documentId, project.graph.documents.keys())}`);
  if (document.kind !== "strategy") throw new UsageError(`'${documentId}' is a ${document.kind}; StratML describes strategic plans, so export a strategy (such as '${[...project.graph.documents.values()].find((d) => d.kind === "strategy")?.id ?? "a strategy id"}')`);
  const { exportStratml } = await import("../stratml/export.js");
  let result;
  try {
    result = exportStratml(document.data, options.part === "1" ? 1 : 2);
  } catch (error) {
    throw new UsageError(`${documentId}: ${(error as Error).message}`);
  }
  if (options.out) {
    const { writeFileAtomic } = await import("../core/write-file.js");
    await writeFileAtomic(options.out, result.xml, { force: options.force });
    process.stderr.write(`ogp: wrote ${options.out} (StratML Part ${options.part}, ISO 17469-1)\n`);
  } else write(result.xml);
  for (const note of result.leftOut) process.stderr.write(`ogp: left out: ${note}\n`);
  return EXIT.ok;
}
