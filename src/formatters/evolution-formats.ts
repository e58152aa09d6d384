import type { EvolutionResult } from "../diff/evolution.js";
import type { FormatRegistry } from "./formatter.js";

/** The formats of `ogp diff --evolution`, each loaded only when chosen (the same names as diff's). */
export const EVOLUTION_FORMATS: FormatRegistry<EvolutionResult> = {
  text: async () => (await import("./evolution-text.js")).formatEvolutionText,
  markdown: async () => (await import("./evolution-markdown.js")).formatEvolutionMarkdown,
  json: async () => (await import("./evolution-json.js")).formatEvolutionJson,
};
