import { nodeView } from "../../analyses/node-view.js";
import { EXIT } from "../../core/errors.js";
import { formatterFor } from "../../formatters/formatter.js";
import { SHOW_FORMATS } from "../../formatters/show-formats.js";
import { formatContext, loadPlans, write } from "../common.js";
import type { GlobalOptions } from "../options.js";
import type { ShowCommandOptions } from "./definition.js";
import { warnAboutUnloadedFiles } from "../unloaded.js";

export async function runShow(ref: string, paths: string[], options: ShowCommandOptions, globals: GlobalOptions): Promise<number> {
  const project = await loadPlans(paths, { examples: options.examples, config: globals.config });
  const view = nodeView(project, ref);
  write((await formatterFor(SHOW_FORMATS, options.format))(view, formatContext(globals)));
  return warnAboutUnloadedFiles(project) ? EXIT.problems : EXIT.ok;
}
