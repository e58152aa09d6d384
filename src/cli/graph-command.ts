import { graphView } from "../analyses/graph-view.js";
import { EXIT } from "../core/errors.js";
import { formatGraphDot, formatGraphJson, formatGraphMermaid } from "../report/graph-formats.js";
import { loadPlans, write } from "./common.js";
import type { GlobalOptions } from "./main.js";
import { warnAboutUnloadedFiles } from "./unloaded.js";

export async function runGraph(paths: string[], options: { format: "json" | "dot" | "mermaid"; examples?: boolean }, globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths, { examples: options.examples, config: globals.config, project: paths.length === 0 ? undefined : false });
  const view = graphView(project.graph);
  write(options.format === "dot" ? formatGraphDot(view) : options.format === "mermaid" ? formatGraphMermaid(view) : formatGraphJson(view));
  return warnAboutUnloadedFiles(project) ? EXIT.problems : EXIT.ok;
}
