import { globalsOf } from "../options.js";
import { graphDefinition } from "./definition.js";

/** `ogp graph`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const graphCommand = graphDefinition.action(async (paths, options, command) => {
  const { runGraph } = await import("./run.js");
  process.exitCode = await runGraph(paths, options, globalsOf(command));
});
