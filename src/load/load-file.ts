import { readFile, stat } from "node:fs/promises";
import { isAlias, LineCounter, parseDocument, visit, type Document } from "yaml";
import { ioProblem, UsageError } from "../core/errors.js";
import type { DocPath, Finding, Position } from "../core/problem.js";
import type { RuleId } from "../core/rule-ids.js";
import { findingFrom, type MessageData, type MessageTable } from "../core/messages.js";
import { decodeText, lineColumnAtByte } from "./decode.js";
import { INVALID_FILE_MESSAGES, NOT_A_PLAN_MESSAGES, YAML_SYNTAX_MESSAGES } from "./messages.js";
import { contentHash, type ParseCache } from "./cache.js";
import { addDuplicateKeyErrors } from "./duplicate-keys.js";
import { fastParse } from "./fast-parse.js";
import { deepestNesting } from "./nesting.js";
import { crOnlyLineEnds, structureProblems, yamlErrorFindings } from "./yaml-errors.js";

export const LIMITS = {
  /**
   * Larger files are refused unread. The biggest shipped plan is 60 KB. Resolving positions parses
   * a file with `yaml`, whose document costs up to about 200 bytes of memory per byte of text (a
   * 10 MiB file of short flow lists ran out of a 2 GB heap): 6 MiB keeps every shape within 2 GB.
   */
  maxBytes: 6 * 1024 * 1024,
  /** Aliases expanded per document: plans have no use for more; "billion laughs" bombs have millions. */
  maxAliasCount: 1000,
  /** Nesting deeper than this is refused before validation walks it. */
  maxDepth: 200,
} as const;

/**
 * One plan file after loading: its text, its plain data, and its YAML document (for positions)
 * once something asked for a position in it (`yamlDocument`); files parsed by the fast path
 * have none until then.
 */
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

/** Reads and parses one file; with a `cache`, a file whose content was parsed before is not parsed again. */
export async function loadFile(absolutePath: string, file: string, cache?: ParseCache): Promise<LoadedFile> {
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
  if (!cache) return parseText(loaded, decoded.text);
  const hash = contentHash(bytes);
  const hit = cache.get(hash);
  if (hit) {
    // Kept by content, so another file may have stored it: its problems are re-addressed to this one.
    loaded.text = decoded.text;
    loaded.data = hit.data;
    loaded.findings = hit.findings.map((f) => ({ ...f, at: { ...f.at, file } }));
    return loaded;
  }
  parseText(loaded, decoded.text);
  cache.set(hash, { data: loaded.data, findings: loaded.findings });
  return loaded;
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
  // The fast path declines aliases and explicit/collection keys, so structureProblems has nothing to find there.
  const fast = fastParse(text, LIMITS.maxDepth);
  if (fast.ok) {
    loaded.data = fast.data;
    return loaded;
  }
  const source = yamlDocument(loaded)!;
  const { document } = source;
  loaded.findings.push(...yamlErrorFindings(document.errors, file, text, LIMITS.maxDepth, source));
  if (document.errors.length > 0) return loaded;
  if (document.contents === null) {
    loaded.findings.push(fileProblem(file, "not-a-plan", NOT_A_PLAN_MESSAGES, "emptyFile"));
    return loaded;
  }
  const structure = structureProblems(file, text, source);
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

/**
 * The file's `yaml` document and line counter, parsed on first use: the loader's slow path needs
 * them at once, positions need them only for files that have findings.
 */
export function yamlDocument(loaded: LoadedFile): { document: Document.Parsed; lineCounter: LineCounter } | undefined {
  if (loaded.document && loaded.lineCounter) return { document: loaded.document, lineCounter: loaded.lineCounter };
  if (loaded.text === undefined) return undefined;
  const lineCounter = new LineCounter();
  // logLevel "error": the parser's warnings (collection keys) would otherwise go to stderr as Node warnings.
  // uniqueKeys false: yaml's own check is quadratic; addDuplicateKeyErrors finds the same in linear time.
  const document = parseDocument(loaded.text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: "error" });
  addDuplicateKeyErrors(document);
  loaded.document = document;
  loaded.lineCounter = lineCounter;
  return { document, lineCounter };
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
