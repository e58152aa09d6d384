import { INVALID_FILE_MESSAGES } from "./messages.js";
import { decodeText, lineColumnAtByte } from "./decode.js";
import type { PlanFormat, TextReader } from "./formats.js";
import { fileProblem } from "./loaded-file.js";

let reader: TextReader | undefined;

/**
 * YAML plan files, the loader's own format: UTF-8 text (decode.ts), read by parse-text.ts,
 * which is loaded on first need (with the YAML parsers js-yaml and `yaml`).
 */
export const YAML_FORMAT: PlanFormat = {
  matches: (absolutePath) => /\.ya?ml$/i.test(absolutePath),
  async decode({ file }, bytes) {
    const decoded = decodeText(bytes);
    if (decoded.ok) return decoded;
    const where = decoded.offset === undefined ? { line: 1, column: 1 } : lineColumnAtByte(bytes, decoded.offset);
    return { ok: false, finding: fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, decoded.reason, {}, where.line, where.column) };
  },
  reader: async () => (reader ??= (await import("./parse-text.js")).YAML_READER),
  loadedReader: () => reader,
  cacheable: true,
};
