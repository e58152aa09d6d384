import { EXIT } from "../core/errors.js";
import { RULES } from "../lint/rules.js";
import type { FormatContext, FormatRegistry, RuleMeta } from "../report/formatter.js";
import { formatterFor } from "../report/formatter.js";
import type { ImportReport } from "../stratml/report.js";
import { colorsFor, write } from "./common.js";
import type { GlobalOptions } from "./main.js";
import { VERSION } from "./version.js";

export const IMPORT_FORMATS: FormatRegistry<ImportReport> = {
  text: async () => (await import("../report/import-text.js")).formatImportText,
  json: async () => (await import("../report/import-json.js")).formatImportJson,
};

export interface ImportCommandOptions {
  out: string;
  force?: boolean;
  format: string;
}

export async function runImportStratml(files: string[], options: ImportCommandOptions, globals: GlobalOptions): Promise<number> {
  const { importFiles } = await import("../stratml/import-files.js");
  const report = await importFiles(files, { out: options.out, force: options.force });
  const formatter = await formatterFor(IMPORT_FORMATS, options.format);
  write(formatter(report, formatContext(globals)));
  return report.failed > 0 ? EXIT.usage : EXIT.ok;
}

function formatContext(globals: GlobalOptions): FormatContext {
  const rules = new Map<string, RuleMeta>(RULES.map((r) => [r.id, { id: r.id, defaultSeverity: r.severity, description: r.description }]));
  return { rules, colors: colorsFor(globals), cwd: process.cwd(), version: VERSION, width: Number(process.env.COLUMNS) || 80 };
}
