import { globalsOf } from "../options.js";
import { lintDefinition } from "./definition.js";

/** `ogp lint`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const lintCommand = lintDefinition.action(async (paths, options, command) => {
  const { runLint } = await import("./run.js");
  process.exitCode = await runLint(paths, options, globalsOf(command));
});
