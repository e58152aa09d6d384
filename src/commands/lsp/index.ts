import { lspDefinition } from "./definition.js";

/** `ogp lsp`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const lspCommand = lspDefinition.action(async (paths, options) => {
  const { runLsp } = await import("./run.js");
  process.exitCode = await runLsp(paths, options);
});
