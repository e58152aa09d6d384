import type { FormatRegistry } from "../formatter.js";
import type { HtmlReportInput } from "./page.js";

/** The report's formats (one for now), each loaded when chosen; the keys feed the command's --format choices. */
export const REPORT_FORMATS: FormatRegistry<HtmlReportInput> = {
  html: () => import("./page.js").then((m) => m.formatHtmlReport),
};
