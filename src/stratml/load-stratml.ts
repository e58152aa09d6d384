import { findingFrom } from "../core/messages.js";
import { STRATML_MESSAGES, XML_SYNTAX_MESSAGES } from "./messages.js";
import path from "node:path";
import type { DocPath, Position } from "../core/problem.js";
import type { LoadedFile } from "../load/load-file.js";
import { PROBLEM_KINDS } from "./import-context.js";
import { decodeXml } from "./decode-xml.js";
import { importStratml, NotStratmlError } from "./import.js";
import { XmlSyntaxError } from "./xml.js";

/**
 * The loader's hook for a StratML file's bytes: decodes them in the encoding the file is in
 * (decode-xml.ts), then reads the text; bytes that cannot be read are one xml-syntax finding.
 */
export function loadStratmlBytes(loaded: LoadedFile, bytes: Uint8Array): LoadedFile {
  const decoded = decodeXml(bytes);
  if (decoded.ok) return loadStratmlText(loaded, decoded.text);
  loaded.findings.push(findingFrom("xml-syntax", XML_SYNTAX_MESSAGES, decoded.messageId, decoded.data, { file: loaded.file, position: decoded.position }));
  return loaded;
}

/**
 * The loader's hook for StratML: reads the XML in memory through the same import as
 * `ogp import stratml`, so lint, graph and coverage see the plan it would write, with every
 * problem placed at the XML's line and column. The source's slips become findings of the file.
 */
export function loadStratmlText(loaded: LoadedFile, text: string): LoadedFile {
  const { file } = loaded;
  loaded.text = text;
  let result;
  try {
    result = importStratml(text, path.basename(file));
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      loaded.findings.push(findingFrom("xml-syntax", XML_SYNTAX_MESSAGES, error.messageId, error.data, { file, position: error.position }));
      return loaded;
    }
    if (error instanceof NotStratmlError) {
      loaded.findings.push(findingFrom("not-a-plan", STRATML_MESSAGES, error.messageId, error.data, { file, position: error.position }));
      return loaded;
    }
    throw error;
  }
  loaded.data = result.data;
  loaded.positionOf = (docPath) => nearestPosition(result.positions(), docPath);
  for (const change of result.changes) {
    if (!PROBLEM_KINDS.has(change.kind)) continue;
    const related = (change.related ?? []).map((r) => ({ messageId: r.messageId, data: r.data, at: { file, position: r.position } }));
    loaded.findings.push(findingFrom("stratml", STRATML_MESSAGES, change.messageId, change.data, { file, position: change.position }, related));
  }
  return loaded;
}

/** The position of the value at `docPath`, or of its nearest ancestor the import placed. */
export function nearestPosition(positions: ReadonlyMap<string, Position>, docPath: DocPath): Position {
  for (let length = docPath.length; length >= 0; length--) {
    const found = positions.get(JSON.stringify(docPath.slice(0, length)));
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
