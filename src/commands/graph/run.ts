import { graphView, scopeGraphView } from "../../analyses/graph-view.js";
import { EXIT, UsageError } from "../../core/errors.js";
import { didYouMean } from "../../core/suggest.js";
import { formatGraphDot, formatGraphJson, formatGraphMermaid, mermaidSizeWarning } from "../../report/graph-formats.js";
import { safeOutput } from "../../report/printable.js";
import { loadPlans, write } from "../common.js";
import type { GlobalOptions } from "../options.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";

export async function runGraph(paths: string[], options: { format: "json" | "dot" | "mermaid"; document?: string; depth?: number; examples?: boolean }, globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths, { examples: options.examples, config: globals.config, project: paths.length === 0 ? undefined : false });
  if (options.document !== undefined && !project.graph.documents.has(options.document)) {
    throw new UsageError(`--document: no document '${options.document}' in the loaded plans${didYouMean(options.document, project.graph.documents.keys())}`);
  }
  const view = scopeGraphView(graphView(project.graph), { document: options.document, depth: options.depth });
  const formatted = options.format === "dot" ? formatGraphDot(view) : options.format === "mermaid" ? formatGraphMermaid(view) : formatGraphJson(view);
  const text = safeOutput(formatted, options.format === "json" ? "json" : "text");
  write(text);
  const tooLarge = options.format === "mermaid" ? mermaidSizeWarning(text) : undefined;
  if (tooLarge) process.stderr.write(`ogp: ${tooLarge}\n`);
  return warnAboutUnloadedFiles(project) ? EXIT.problems : EXIT.ok;
}
