import { initDefinition } from "./definition.js";

/** `ogp init`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const initCommand = initDefinition.action(async (dir, options) => {
  const { runInit } = await import("./run.js");
  process.exitCode = await runInit(dir, options);
});
