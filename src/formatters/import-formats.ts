import type { ImportSummary } from "../stratml/import-summary.js";
import type { FormatRegistry } from "./formatter.js";

/** `ogp import stratml --format` choices (the summary's), each loaded only when chosen. */
export const IMPORT_FORMATS = {
  text: async () => (await import("./import-text.js")).formatImportText,
  json: async () => (await import("./import-json.js")).formatImportJson,
} satisfies FormatRegistry<ImportSummary>;
