import { globalsOf } from "../options.js";
import { coverageDefinition } from "./definition.js";

/** `ogp coverage`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const coverageCommand = coverageDefinition.action(async (paths, options, command) => {
  const { runCoverage } = await import("./run.js");
  process.exitCode = await runCoverage(paths, options, globalsOf(command));
});
