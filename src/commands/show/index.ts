import { globalsOf } from "../options.js";
import { showDefinition } from "./definition.js";

/** `ogp show`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const showCommand = showDefinition.action(async (ref, paths, options, command) => {
  const { runShow } = await import("./run.js");
  process.exitCode = await runShow(ref, paths, options, globalsOf(command));
});
