import { globalsOf } from "../options.js";
import { diffDefinition } from "./definition.js";

/** `ogp diff`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const diffCommand = diffDefinition.action(async (sides, options, command) => {
  const { runDiff } = await import("./run.js");
  process.exitCode = await runDiff(sides, options, globalsOf(command));
});
