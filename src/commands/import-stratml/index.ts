import { globalsOf, withOutput } from "../options.js";
import { importStratmlDefinition } from "./definition.js";

/** `ogp import stratml`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const importStratmlCommand = importStratmlDefinition.action(async (files, options, command) => {
  const { runImportStratml } = await import("./run.js");
  process.exitCode = await runImportStratml(files, withOutput(options), globalsOf(command));
});
