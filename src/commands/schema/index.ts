import { schemaDefinition } from "./definition.js";

/** `ogp schema`: the definition, run by ./run.js, which is loaded only when the command runs. */
export const schemaCommand = schemaDefinition.action(async (kind) => {
  const { runSchema } = await import("./run.js");
  process.exitCode = runSchema(kind);
});
