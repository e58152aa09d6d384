import type { ImportReport } from "../stratml/report.js";
import type { Formatter } from "./formatter.js";

/** The JSON contract of `ogp import stratml --format json`, described by schemas/stratml-import.schema.json. */
export const formatImportJson: Formatter<ImportReport> = (report) => `${JSON.stringify(report, null, 2)}\n`;
