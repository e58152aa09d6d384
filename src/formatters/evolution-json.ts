import type { EvolutionResult } from "../diff/evolution.js";
import type { Formatter } from "./formatter.js";

/** Version of the JSON contract (schemas/diff-evolution.schema.json). */
export const EVOLUTION_SCHEMA_VERSION = 1;

export const formatEvolutionJson: Formatter<EvolutionResult> = (result, { version }) =>
  `${JSON.stringify({ schemaVersion: EVOLUTION_SCHEMA_VERSION, tool: { name: "ogp", version }, ...result }, null, 2)}\n`;
