import { globalsOf, withOutput } from "../options.js";
import { exportStratmlDefinition } from "./definition.js";

/** `ogp export stratml`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const exportStratmlCommand = exportStratmlDefinition.action(async (documentId, paths, options, command) => {
  const { runExportStratml } = await import("./run.js");
  process.exitCode = await runExportStratml(documentId, paths, withOutput(options), globalsOf(command));
});
