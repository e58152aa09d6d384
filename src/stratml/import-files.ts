import { renderMessage, type MessageData } from "../core/messages.js";
import { INVALID_FILE_MESSAGES } from "../load/messages.js";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ioProblem, UsageError } from "../core/errors.js";
import { writeFileAtomic } from "../core/write-file.js";
import { displayPath } from "../load/files.js";
import { decodeXml } from "./decode-xml.js";
import { maxFileBytes } from "../load/limits.js";
import { sizeLimitData } from "../load/size-limit.js";
import { importStratml, NotStratmlError, type StratmlImport } from "./import.js";
import { STRATML_MESSAGES } from "./messages.js";
import { importedFile, importSummary, type ImportedFile, type ImportSummary } from "./import-summary.js";
import { XmlSyntaxError } from "./xml.js";
import { toYaml } from "./yaml-text.js";

export interface ImportOptions {
  /** Folder the plan files go to (created when missing is not done: it must exist). */
  out: string;
  force?: boolean;
  cwd?: string;
}

/** The plan file text: a comment naming the source, then the plan as YAML. */
export function planYaml(result: StratmlImport, source: string): string {
  return `# Imported from StratML (${result.version}) by 'ogp import stratml': ${source}\n${toYaml(result.data)}`;
}

/** Imports each StratML file and writes one plan YAML per document into `out`; a file that fails is reported and the others go on. */
export async function importFiles(inputs: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const cwd = options.cwd ?? process.cwd();
  const outDir = path.resolve(cwd, options.out);
  const outInfo = await stat(outDir).catch(() => undefined);
  if (!outInfo?.isDirectory()) throw new UsageError(`--out ${options.out}: no such folder; create it first`);
  const files: ImportedFile[] = [];
  const claimed = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const shown = displayPath(absolute, cwd);
    let result: StratmlImport;
    try {
      result = importStratml(await readText(absolute, shown), path.basename(absolute));
    } catch (error) {
      if (error instanceof XmlSyntaxError || error instanceof NotStratmlError || error instanceof TextError) files.push({ file: shown, error: { message: error.message, messageId: error.messageId, data: error.data, ...error.position }, changes: [] });
      else if (error instanceof UsageError) files.push({ file: shown, error: { message: error.message }, changes: [] });
      else throw error;
      continue;
    }
    const target = path.join(outDir, `${String(result.data.id)}.yaml`);
    const targetShown = displayPath(target, cwd);
    if (claimed.has(target)) {
      const data = { id: String(result.data.id), output: targetShown };
      files.push({ ...importedFile(shown, result), error: { message: renderMessage(STRATML_MESSAGES.sameDocumentId, data), messageId: "sameDocumentId", data } });
      continue;
    }
    claimed.add(target);
    try {
      await writeFileAtomic(target, planYaml(result, path.basename(absolute)), { force: options.force, shown: targetShown });
      files.push(importedFile(shown, result, targetShown));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      files.push({ ...importedFile(shown, result), error: { message: error.message } });
    }
  }
  return importSummary(files);
}

/** A file the import does not read (too large), worded by the invalid-file table. */
class TextError extends Error {
  constructor(
    readonly messageId: keyof typeof INVALID_FILE_MESSAGES,
    readonly data: MessageData,
    readonly position: { line: number; column: number },
  ) {
    super(renderMessage(INVALID_FILE_MESSAGES[messageId], data));
  }
}

async function readText(absolute: string, shown: string): Promise<string> {
  const limit = maxFileBytes();
  let bytes: Buffer;
  try {
    const { size } = await stat(absolute);
    if (size > limit) throw new TextError("tooLarge", sizeLimitData(size, limit), { line: 1, column: 1 });
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof TextError) throw error;
    throw new UsageError(`${shown}: ${ioProblem(error)}`);
  }
  const decoded = decodeXml(bytes);
  if (!decoded.ok) throw new XmlSyntaxError(decoded.messageId, decoded.data, decoded.position);
  return decoded.text;
}
