import { mkdir } from "node:fs/promises";
import path from "node:path";
import { EXIT } from "../../core/errors.js";
import { formatterFor } from "../../formatters/formatter.js";
import { IMPORT_FORMATS } from "../../formatters/import-formats.js";
import { formatContext, write } from "../common.js";
import type { GlobalOptions, WithOutput } from "../options.js";
import type { ImportStratmlCommandOptions } from "./definition.js";


export async function runImportStratml(files: string[], options: WithOutput<ImportStratmlCommandOptions>, globals: GlobalOptions): Promise<number> {
  const { importFiles } = await import("../../stratml/import-files.js");
  // --output names a folder that may not exist yet: created, as every command that writes does.
  await mkdir(path.resolve(options.out), { recursive: true }).catch(() => undefined);
  const report = await importFiles(files, { out: options.out, force: options.force });
  const formatter = await formatterFor(IMPORT_FORMATS, options.format);
  write(formatter(report, formatContext(globals)));
  return report.failed > 0 ? EXIT.usage : EXIT.ok;
}

