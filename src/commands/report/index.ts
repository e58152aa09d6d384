import { globalsOf, withOutput } from "../options.js";
import { reportDefinition } from "./definition.js";

/** `ogp report`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const reportCommand = reportDefinition.action(async (paths, options, command) => {
  const { runReport } = await import("./run.js");
  process.exitCode = await runReport(paths, withOutput(options), globalsOf(command));
});
