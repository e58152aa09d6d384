import type { DiffResult } from "../diff/model.js";
import type { Formatter } from "./formatter.js";

/** Version of the JSON contract (schemas/diff-output.schema.json); bump on any incompatible change. */
export const DIFF_SCHEMA_VERSION = 1;

export const formatDiffJson: Formatter<DiffResult> = (result, { version }) =>
  `${JSON.stringify({ schemaVersion: DIFF_SCHEMA_VERSION, tool: { name: "ogp", version }, ...result }, null, 2)}\n`;
