import type { ImportSummary } from "../stratml/import-summary.js";
import type { Formatter } from "./formatter.js";

/** The JSON contract of `ogp import stratml --format json`, described by schemas/stratml-import.schema.json. */
export const formatImportJson: Formatter<ImportSummary> = (report) => `${JSON.stringify(report, null, 2)}\n`;
