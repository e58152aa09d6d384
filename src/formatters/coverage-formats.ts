import type { CoverageResult } from "../coverage/model.js";
import type { FormatRegistry } from "./formatter.js";

/** `ogp coverage --format`: each loaded only when chosen. */
export const COVERAGE_FORMATS: FormatRegistry<CoverageResult> = {
  table: async () => (await import("./coverage-table.js")).default,
  markdown: async () => (await import("./coverage-markdown.js")).default,
  csv: async () => (await import("./coverage-csv.js")).default,
  json: async () => (await import("./coverage-json.js")).default,
};
