import { findingFrom } from "../core/messages.js";
import { STRATML_MESSAGES, XML_SYNTAX_MESSAGES } from "./messages.js";
import path from "node:path";
import type { DocPath, Finding, Position } from "../core/problem.js";
import type { DecodedText, TextReader } from "../load/formats.js";
import { parsedFile, type FileName, type LoadedFile, type ParsedText } from "../load/loaded-file.js";
import { PROBLEM_KINDS } from "./import-context.js";
import { decodeXml } from "./decode-xml.js";
import { importStratml, NotStratmlError } from "./import.js";
import { XmlSyntaxError } from "./xml.js";

// StratML as a plan format of the loader (registered in src/project/plan-formats.ts): its bytes
// decoded in the encoding the XML declares, its text read through the same import as
// `ogp import stratml`.

/** A StratML file's bytes as text, in the encoding the file is in (decode-xml.ts); bytes that cannot be read are one xml-syntax finding. */
export function decodeStratml({ file }: FileName, bytes: Uint8Array): DecodedText {
  const decoded = decodeXml(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return { ok: false, finding: findingFrom("xml-syntax", XML_SYNTAX_MESSAGES, decoded.messageId, decoded.data, { file, position: decoded.position }) };
}

/** The StratML format's reader. */
export const STRATML_READER: TextReader = { parse: parseStratml };

/**
 * Reads StratML XML in memory through the same import as `ogp import stratml`, so lint, graph
 * and coverage see the plan it would write, with every problem placed at the XML's line and
 * column. The source's slips become findings of the file.
 */
export function parseStratml({ file }: FileName, text: string): ParsedText {
  const unplaced = { text, positionOf: () => ({ line: 1, column: 1 }) };
  let result;
  try {
    result = importStratml(text, path.basename(file));
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ...unplaced, findings: [findingFrom("xml-syntax", XML_SYNTAX_MESSAGES, error.messageId, error.data, { file, position: error.position })] };
    if (error instanceof NotStratmlError) return { ...unplaced, findings: [findingFrom("not-a-plan", STRATML_MESSAGES, error.messageId, error.data, { file, position: error.position })] };
    throw error;
  }
  const findings: Finding[] = [];
  for (const change of result.changes) {
    if (!PROBLEM_KINDS.has(change.kind)) continue;
    const related = (change.related ?? []).map((r) => ({ messageId: r.messageId, data: r.data, at: { file, position: r.position } }));
    findings.push(findingFrom("stratml", STRATML_MESSAGES, change.messageId, change.data, { file, position: change.position }, related));
  }
  const imported = result;
  const positionOf = (docPath: DocPath) => nearestPosition(imported.positions(), docPath);
  // A problem of the whole file is placed at the plan (the StratML root), not on the XML declaration's line.
  return { text, data: imported.data, findings, positionOf, wholeFileAt: () => positionOf([]) };
}

/** The document of StratML text held in memory. */
export function loadStratmlText(name: FileName, text: string): LoadedFile {
  return parsedFile(name, parseStratml(name, text));
}

/** The position of the value at `docPath`, or of its nearest ancestor the import placed. */
export function nearestPosition(positions: ReadonlyMap<string, Position>, docPath: DocPath): Position {
  for (let length = docPath.length; length >= 0; length--) {
    const found = positions.get(JSON.stringify(docPath.slice(0, length)));
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
