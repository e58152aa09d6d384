import { writeStderr } from "../../core/stdout.js";
import { graphView, scopeGraphView } from "../../analyses/graph-view.js";
import { EXIT, UsageError } from "../../core/errors.js";
import { didYouMean } from "../../core/suggest.js";
import { formatterFor } from "../../formatters/formatter.js";
import { mermaidSizeWarning } from "../../formatters/graph-drawings.js";
import { GRAPH_FORMATS } from "../../formatters/graph-formats.js";
import { formatContext, loadPlans, write } from "../common.js";
import type { GlobalOptions } from "../options.js";
import type { GraphCommandOptions } from "./definition.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";

export async function runGraph(paths: string[], options: GraphCommandOptions, globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths, { examples: options.examples, config: globals.config, project: paths.length === 0 ? undefined : false });
  if (options.document !== undefined && !project.graph.documents.has(options.document)) {
    throw new UsageError(`--document: no document '${options.document}' in the loaded plans${didYouMean(options.document, project.graph.documents.keys())}`);
  }
  const view = scopeGraphView(graphView(project.graph), { document: options.document, depth: options.depth });
  // No colour: a plan's own colour codes are shown as escapes in every format of the graph.
  const text = (await formatterFor(GRAPH_FORMATS, options.format))(view, formatContext({ ...globals, color: false }));
  write(text);
  const tooLarge = options.format === "mermaid" ? mermaidSizeWarning(text) : undefined;
  if (tooLarge) writeStderr(`ogp: ${tooLarge}\n`);
  return warnAboutUnloadedFiles(project) ? EXIT.problems : EXIT.ok;
}
