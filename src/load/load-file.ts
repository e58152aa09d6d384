import { readFile, stat } from "node:fs/promises";
import type { Document, LineCounter } from "yaml";
import { ioProblem, UsageError } from "../core/errors.js";
import type { DocPath, Finding, Position } from "../core/problem.js";
import type { RuleId } from "../core/rule-ids.js";
import { findingFrom, type MessageData, type MessageTable } from "../core/messages.js";
import { decodeText, lineColumnAtByte } from "./decode.js";
import { INVALID_FILE_MESSAGES } from "./messages.js";
import { sizeLimitData } from "./size-limit.js";
import { contentHash, positionKey, type CachedParse, type ParseCache } from "./cache.js";

export const LIMITS = {
  /**
   * Larger files (YAML or StratML) are refused unread. Chosen for "at most 2 s of CPU and 300 MB
   * for any file under the limit" (issue 23; BENCHMARKS.md, "Hostile input"): a YAML file that
   * `yaml` must parse (a syntax error, an alias) costs about 2-4 s of CPU and 450 MB per MiB on a
   * busy machine, so 6 MiB took up to 14 s and 1.2 GB. Real plans are far smaller: the biggest shipped
   * plan is 60 KB, the biggest StratML sample 223 KB (196 KB as imported YAML), the bench's
   * workplans of 10,000 deliverables 125 KB each.
   */
  maxBytes: 256 * 1024,
  /** Aliases expanded per document: plans have no use for more; "billion laughs" bombs have millions. */
  maxAliasCount: 1000,
  /** Keys copied by `%YAML 1.1` merge keys (`<<: *anchor`), per document: each merge copies its anchor's keys. */
  maxMergedKeys: 10_000,
  /** Nesting deeper than this is refused before validation walks it. */
  maxDepth: 200,
  /**
   * Flow brackets or compact list dashes nested deeper than this are refused before `yaml` parses
   * them (it slows down with flow depth and recurses per dash): well past maxDepth, so that nesting
   * just past the limit is still reported by the check of the data, with its own message.
   */
  maxParseDepth: 1000,
  /** Parser errors gathered per file before `yaml` stops: only the first 100 problems of a file are listed. */
  maxParseErrors: 1000,
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
  /** The document as plain data; undefined when the file could not be parsed. For a file served by the cache, decoded on first read. */
  data?: unknown;
  /** Whether the file has data, known without reading `data` (which, for a file served by the cache, decodes it). */
  hasData?: boolean;
  /** With a cache: the SHA-256 of the file's bytes, its key in the cache. */
  contentHash?: string;
  /** Problems found while reading and parsing. */
  findings: Finding[];
  /**
   * The source position of a document path (of its key with `atKey`): set by the parser for YAML
   * (resolved on first use), by the StratML import for XML, by the cache for a file it served.
   */
  positionOf?: (path: DocPath, atKey?: boolean) => Position;
  /** The schema check's result, when already known (from the cache): the check is not run again. */
  schema?: { kind?: string; findings: Finding[] };
  /** For a file served by the cache: the positions it holds (a position not among them needs the parser). */
  cachedPositions?: Record<string, Position>;
  /** With a cache: this content's entry, which the run completes (schema result, positions). */
  cacheEntry?: CachedParse;
}

/** A finding of the whole file (or of one known position), worded from the load stage's tables. */
export function fileProblem<Id extends string>(file: string, rule: RuleId, messages: MessageTable<Id>, messageId: Id, data: MessageData = {}, line = 1, column = 1): Finding {
  return findingFrom(rule, messages, messageId, data, { file, position: { line, column } });
}

type Parser = typeof import("./parse-text.js");
let parser: Parser | undefined;

/**
 * The YAML parsers (js-yaml, `yaml`) and what uses them, loaded on first need: a run served
 * wholly by the cache never loads them.
 */
export async function loadParser(): Promise<Parser> {
  return (parser ??= await import("./parse-text.js"));
}

/** Reads and parses one file; with a `cache`, a file whose content was parsed before is not parsed again. */
export async function loadFile(absolutePath: string, file: string, cache?: ParseCache): Promise<LoadedFile> {
  const loaded: LoadedFile = { file, absolutePath, findings: [] };
  let bytes: Buffer;
  try {
    // Size first, so an oversized file is refused without reading it into memory.
    const { size } = await stat(absolutePath);
    if (size > LIMITS.maxBytes) {
      loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooLarge", sizeLimitData(size, LIMITS.maxBytes)));
      return loaded;
    }
    bytes = await readFile(absolutePath);
  } catch (error) {
    // A file that cannot be read at all is an unreadable path (exit 2), not a problem in a plan.
    throw new UsageError(`${file}: ${ioProblem(error)}`);
  }
  // XML declares its own encoding (Latin-1, UTF-16): the StratML hook decodes it.
  if (/\.xml$/i.test(absolutePath)) return (await import("../stratml/load-stratml.js")).loadStratmlBytes(loaded, bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const where = decoded.offset === undefined ? { line: 1, column: 1 } : lineColumnAtByte(bytes, decoded.offset);
    loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, decoded.reason, {}, where.line, where.column));
    return loaded;
  }
  if (!cache) return (await loadParser()).parseText(loaded, decoded.text);
  const hash = contentHash(bytes);
  loaded.contentHash = hash;
  const hit = cache.get(hash);
  if (hit) return fromCache(loaded, decoded.text, hit, cache);
  (await loadParser()).parseText(loaded, decoded.text);
  const entry: CachedParse = { data: loaded.data, findings: loaded.findings, positions: {} };
  if (cache.set(hash, entry)) {
    loaded.cacheEntry = entry;
    recordPositions(loaded, entry, cache);
  }
  return loaded;
}

/** A file served by the cache: kept by content, so another file may have stored it, and its problems are re-addressed to this one. */
function fromCache(loaded: LoadedFile, text: string, hit: CachedParse, cache: ParseCache): LoadedFile {
  const { file } = loaded;
  const readdress = (f: Finding): Finding => ({ ...f, at: { ...f.at, file }, ...(f.related ? { related: f.related.map((r) => ({ ...r, at: { ...r.at, file } })) } : {}) });
  loaded.text = text;
  lazyData(loaded, hit.dataJson);
  loaded.findings = hit.findings.map(readdress);
  if (hit.schema) loaded.schema = { ...(hit.schema.kind ? { kind: hit.schema.kind } : {}), findings: hit.schema.findings.map(readdress) };
  hit.positions ??= {};
  loaded.cachedPositions = hit.positions;
  loaded.cacheEntry = hit;
  // Positions not cached (a finding this content did not have on the run that filled the cache) need the parser: see needsParser.
  loaded.positionOf = (path, atKey = false) => {
    if (!parser) throw new Error(`${file}: a position was asked that the cache does not hold, before the parser was loaded`);
    return parser.plainFilePosition(loaded, path, atKey);
  };
  recordPositions(loaded, hit, cache);
  return loaded;
}

/** The data of a cached file, decoded from its JSON text when first read (a warm run over unchanged files never reads it). */
function lazyData(loaded: LoadedFile, json: string | undefined): void {
  loaded.hasData = json !== undefined;
  if (json === undefined) return;
  const settle = (value: unknown) => Object.defineProperty(loaded, "data", { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(loaded, "data", {
    get: () => {
      const value: unknown = JSON.parse(json);
      settle(value);
      return value;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}

/** Positions resolved for a file go into its cache entry, so the next run over the same content needs no parse for them. */
function recordPositions(loaded: LoadedFile, entry: CachedParse, cache: ParseCache): void {
  const resolve = loaded.positionOf;
  if (!resolve) return;
  const positions = (entry.positions ??= {});
  loaded.positionOf = (path, atKey = false) => {
    const key = positionKey(path, atKey);
    const known = positions[key];
    if (known) return known;
    const position = resolve(path, atKey);
    positions[key] = position;
    cache.touch();
    return position;
  };
}

/** Whether resolving `path` in `loaded` needs the parser loaded (a file served by the cache, a position it does not hold). */
export function needsParser(loaded: LoadedFile, path: DocPath, atKey = false): boolean {
  return loaded.cachedPositions !== undefined && parser === undefined && !(positionKey(path, atKey) in loaded.cachedPositions);
}
