import { readFile, stat } from "node:fs/promises";
import { isAlias, LineCounter, parseDocument, visit, type Document } from "yaml";
import { ioProblem, UsageError } from "../core/errors.js";
import type { DocPath, Finding, Position } from "../core/problem.js";
import type { RuleId } from "../core/rule-ids.js";
import { findingFrom, type MessageData, type MessageTable } from "../core/messages.js";
import { decodeText, lineColumnAtByte } from "./decode.js";
import { INVALID_FILE_MESSAGES, NOT_A_PLAN_MESSAGES, YAML_SYNTAX_MESSAGES } from "./messages.js";
import { deepestNesting } from "./nesting.js";
import { crOnlyLineEnds, structureProblems, yamlErrorFindings } from "./yaml-errors.js";

export const LIMITS = {
  /** Larger files are refused unread: no plan is this big, and parsing one would take minutes. */
  maxBytes: 100 * 1024 * 1024,
  /** Aliases expanded per document: plans have no use for more; "billion laughs" bombs have millions. */
  maxAliasCount: 1000,
  /** Nesting deeper than this is refused before validation walks it. */
  maxDepth: 200,
} as const;

/** One plan file after loading: its text, its YAML document (for positions) and its plain data. */
export interface LoadedFile {
  /** Path as shown to users (relative to the working directory). */
  file: string;
  absolutePath: string;
  text?: string;
  document?: Document.Parsed;
  lineCounter?: LineCounter;
  /** The document as plain data; undefined when the file could not be parsed. */
  data?: unknown;
  /** Problems found while reading and parsing. */
  findings: Finding[];
  /** For files converted from another format (StratML): the source position of a document path. */
  positionOf?: (path: DocPath) => Position;
}

/** A finding of the whole file (or of one known position), worded from the load stage's tables. */
function fileProblem<Id extends string>(file: string, rule: RuleId, messages: MessageTable<Id>, messageId: Id, data: MessageData = {}, line = 1, column = 1): Finding {
  return findingFrom(rule, messages, messageId, data, { file, position: { line, column } });
}

export async function loadFile(absolutePath: string, file: string): Promise<LoadedFile> {
  const loaded: LoadedFile = { file, absolutePath, findings: [] };
  let bytes: Buffer;
  try {
    // Size first, so an oversized file is refused without reading it into memory.
    const { size } = await stat(absolutePath);
    if (size > LIMITS.maxBytes) {
      loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooLarge", { size: (size / 1048576).toFixed(1), limit: LIMITS.maxBytes / 1048576 }));
      return loaded;
    }
    bytes = await readFile(absolutePath);
  } catch (error) {
    // A file that cannot be read at all is an unreadable path (exit 2), not a problem in a plan.
    throw new UsageError(`${file}: ${ioProblem(error)}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const where = decoded.offset === undefined ? { line: 1, column: 1 } : lineColumnAtByte(bytes, decoded.offset);
    loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, decoded.reason, {}, where.line, where.column));
    return loaded;
  }
  if (/\.xml$/i.test(absolutePath)) return (await import("../stratml/load-stratml.js")).loadStratmlText(loaded, decoded.text);
  return parseText(loaded, decoded.text);
}

/** Parses plan text; exported for tests and for callers that hold text in memory (an editor buffer). */
export function parseText(loaded: LoadedFile, text: string): LoadedFile {
  const { file } = loaded;
  loaded.text = text;
  const lineEnds = crOnlyLineEnds(file, text);
  if (lineEnds) {
    loaded.findings.push(lineEnds);
    return loaded;
  }
  const lineCounter = new LineCounter();
  // logLevel "error": the parser's warnings (collection keys) would otherwise go to stderr as Node warnings.
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: "error" });
  loaded.document = document;
  loaded.lineCounter = lineCounter;
  loaded.findings.push(...yamlErrorFindings(document.errors, file, text, LIMITS.maxDepth, { document, lineCounter }));
  if (document.errors.length > 0) return loaded;
  if (document.contents === null) {
    loaded.findings.push(fileProblem(file, "not-a-plan", NOT_A_PLAN_MESSAGES, "emptyFile"));
    return loaded;
  }
  const structure = structureProblems(file, text, { document, lineCounter });
  if (structure.length > 0) {
    loaded.findings.push(...structure);
    return loaded;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    loaded.findings.push(aliasProblem(loaded, error));
    return loaded;
  }
  const depth = deepestNesting(data, LIMITS.maxDepth);
  if (depth > LIMITS.maxDepth) {
    loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooDeep", { limit: LIMITS.maxDepth }));
    return loaded;
  }
  loaded.data = data;
  return loaded;
}

/** toJS() throws for aliases: an undefined anchor (a typo, at the alias) or an expansion bomb. */
function aliasProblem(loaded: LoadedFile, error: unknown): Finding {
  const { file, document, lineCounter } = loaded;
  const message = error instanceof Error ? error.message : String(error);
  if (/Excessive alias count/.test(message)) {
    return fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxAliasCount });
  }
  let unresolved: { source: string; offset: number } | undefined;
  if (document) {
    visit(document, {
      Alias(_, node) {
        if (isAlias(node) && !node.resolve(document)) {
          unresolved = { source: node.source, offset: node.range?.[0] ?? 0 };
          return visit.BREAK;
        }
        return undefined;
      },
    });
  }
  if (unresolved && lineCounter) {
    const at = lineCounter.linePos(unresolved.offset);
    return fileProblem(file, "yaml-syntax", YAML_SYNTAX_MESSAGES, "undefinedAlias", { name: unresolved.source }, at.line, at.col);
  }
  return fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "unreadable", { detail: message });
}
