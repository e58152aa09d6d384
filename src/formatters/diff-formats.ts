import type { DiffResult } from "../diff/model.js";
import type { FormatRegistry } from "./formatter.js";

/** The formats of `ogp diff`, each loaded only when chosen. */
export const DIFF_FORMATS: FormatRegistry<DiffResult> = {
  text: async () => (await import("./diff-text.js")).formatDiffText,
  markdown: async () => (await import("./diff-markdown.js")).formatDiffMarkdown,
  json: async () => (await import("./diff-json.js")).formatDiffJson,
};
