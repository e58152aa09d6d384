import { nodeView } from "../../analyses/node-view.js";
import { EXIT } from "../../core/errors.js";
import { safeOutput } from "../../report/printable.js";
import { formatShow } from "../../report/show-text.js";
import { colorsFor, loadPlans, write } from "../common.js";
import type { GlobalOptions } from "../options.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";

export async function runShow(ref: string, paths: string[], options: { format: "text" | "json"; examples?: boolean }, globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths, { examples: options.examples, config: globals.config });
  const view = nodeView(project, ref);
  const colors = colorsFor(globals);
  write(options.format === "json" ? safeOutput(`${JSON.stringify(view, null, 2)}\n`, "json") : safeOutput(formatShow(view, colors), "text", { colors: colors.level > 0 }));
  return warnAboutUnloadedFiles(project) ? EXIT.problems : EXIT.ok;
}
