import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from "yaml";
import type { DocPath, Finding, Position } from "../core/problem.js";
import { INVALID_FILE_MESSAGES, NOT_A_PLAN_MESSAGES, YAML_SYNTAX_MESSAGES } from "./messages.js";
import { addDuplicateKeyErrors } from "./duplicate-keys.js";
import { aliasIndex, type AliasIndex } from "./aliases.js";
import { parseBounded } from "./bounded-parse.js";
import { tooDeepAt } from "./nesting-scan.js";
import { rangeAt, scanRanges, Unsure, type RangeNode } from "./block-ranges.js";
import { fastParse } from "./fast-parse.js";
import { fileProblem, LIMITS, type LoadedFile } from "./load-file.js";
import { mergedKeyCount } from "./merges.js";
import { deepestNesting } from "./nesting.js";
import { crOnlyLineEnds, structureProblems, yamlErrorFindings } from "./yaml-errors.js";

// The parsing half of the loader, imported on first need (load-file.ts): a run served wholly by
// the cache loads neither parser.

/** Parses plan text; exported for tests and for callers that hold text in memory (an editor buffer). */
export function parseText(loaded: LoadedFile, text: string): LoadedFile {
  const { file } = loaded;
  loaded.text = text;
  loaded.positionOf = (path, atKey = false) => yamlPosition(loaded, path, atKey);
  const lineEnds = crOnlyLineEnds(file, text);
  if (lineEnds) {
    loaded.findings.push(lineEnds);
    return loaded;
  }
  // The fast path declines aliases and explicit/collection keys, so structureProblems has nothing to find there.
  const fast = fastParse(text, LIMITS.maxDepth);
  if (fast.ok) {
    loaded.data = fast.data;
    // Positions from a scan of the text, without a second parse; `yaml` where the scan is not sure.
    loaded.positionOf = (path, atKey = false) => plainFilePosition(loaded, path, atKey);
    return loaded;
  }
  // Measured before `yaml` parses: it slows down with flow nesting and recurses per compact list.
  const deep = tooDeepAt(text, LIMITS.maxParseDepth);
  if (deep !== undefined) {
    const at = linePos(lineStartsOf(text), deep);
    loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooDeepToParse", { limit: LIMITS.maxDepth }, at.line, at.col));
    return loaded;
  }
  const source = yamlDocument(loaded)!;
  const { document } = source;
  // First, so that the cap of problems listed per file keeps it.
  if (stoppedEarly.has(document)) loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooManyErrors", { limit: LIMITS.maxParseErrors }));
  addAll(loaded.findings, yamlErrorFindings(document.errors, file, text, LIMITS.maxDepth, source));
  if (document.errors.length > 0) return loaded;
  if (document.contents === null) {
    loaded.findings.push(fileProblem(file, "not-a-plan", NOT_A_PLAN_MESSAGES, "emptyFile"));
    return loaded;
  }
  const aliases: AliasIndex = text.includes("*") ? aliasIndex(document) : { aliases: [], targetOf: () => undefined };
  // More aliases than can be expanded are refused before anything walks them (one walk per alias in `yaml`).
  const pastLimit = aliases.aliases[LIMITS.maxAliasCount]?.alias.range;
  if (pastLimit) {
    const at = source.lineCounter.linePos(pastLimit[0]);
    loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxAliasCount }, at.line, at.col));
    return loaded;
  }
  const structure = structureProblems(file, text, source, aliases);
  if (structure.length > 0) {
    addAll(loaded.findings, structure);
    return loaded;
  }
  if (mergedKeyCount(document, LIMITS.maxMergedKeys, aliases) > LIMITS.maxMergedKeys) {
    // Merged keys are alias expansions too: named with the alias bomb's words and this limit.
    loaded.findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxMergedKeys }));
    return loaded;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    loaded.findings.push(aliasProblem(loaded, error, aliases));
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
  const { document, stopped } = parseBounded(loaded.text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: "error" }, LIMITS.maxParseErrors);
  if (stopped) stoppedEarly.add(document);
  addDuplicateKeyErrors(document);
  loaded.document = document;
  loaded.lineCounter = lineCounter;
  return { document, lineCounter };
}

/** Documents whose parse stopped at LIMITS.maxParseErrors. */
const stoppedEarly = new WeakSet<Document.Parsed>();

/** Appends in a loop: a spread of 150,000 findings overflows the call stack. */
function addAll(findings: Finding[], more: readonly Finding[]): void {
  for (const finding of more) findings.push(finding);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** toJS() throws for aliases: an undefined anchor (a typo, at the alias) or an expansion bomb. */
function aliasProblem(loaded: LoadedFile, error: unknown, aliases: AliasIndex): Finding {
  const { file, lineCounter } = loaded;
  const message = error instanceof Error ? error.message : String(error);
  if (/Excessive alias count/.test(message)) {
    return fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxAliasCount });
  }
  const first = aliases.aliases.find(({ target }) => !target);
  const unresolved = first && { source: first.alias.source, offset: first.alias.range?.[0] ?? 0 };
  if (unresolved && lineCounter) {
    const at = lineCounter.linePos(unresolved.offset);
    return fileProblem(file, "yaml-syntax", YAML_SYNTAX_MESSAGES, "undefinedAlias", { name: unresolved.source }, at.line, at.col);
  }
  return fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "unreadable", { detail: message });
}

/**
 * Line and column (1-based) of a document path's value, or of its key with `atKey`, from the
 * file's `yaml` document (parsed on the first position asked of the file). Falls back to the
 * nearest ancestor that exists.
 */
export function yamlPosition(loaded: LoadedFile, path: DocPath, atKey: boolean): Position {
  const parsed = yamlDocument(loaded);
  if (!parsed) return { line: 1, column: 1 };
  const { document, lineCounter } = parsed;
  const range = rangeOf(document.contents as Node | null, path, atKey);
  if (!range) return { line: 1, column: 1 };
  return spanPosition(loaded.text!, lineCounter.lineStarts, range);
}

/** Line and column of a span, as `yaml`'s positions give them: a collection on its first line only, to the line's last character. */
function spanPosition(text: string, lineStarts: readonly number[], range: [number, number, boolean]): Position {
  const start = linePos(lineStarts, range[0]);
  if (range[2]) {
    // A collection (a whole goal, say) is marked on its first line only: its full extent would run to
    // where the next sibling begins, and an editor would underline everything beneath it.
    const line = lineText(text, lineStarts, start.line);
    return { line: start.line, column: start.col, endLine: start.line, endColumn: Math.max(start.col, line.trimEnd().length + 1) };
  }
  const end = linePos(lineStarts, range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** 1-based line and column of an offset, given the offsets where lines start (as `yaml`'s LineCounter.linePos). */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  const line = Math.max(low, 1);
  return { line, col: offset - lineStarts[line - 1]! + 1 };
}

/** The text of one line (1-based), without its line break. */
function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line - 1] ?? text.length;
  const next = lineStarts[line];
  const end = next === undefined ? text.length : next;
  return text.slice(start, end).replace(/\r?\n$/, "");
}

const scans = new WeakMap<LoadedFile, { root: RangeNode; lineStarts: number[] } | null>();

/** The position of a path in a file the fast path parsed (or the cache served): from the scan of its text, else from `yaml`. */
export function plainFilePosition(loaded: LoadedFile, path: DocPath, atKey: boolean): Position {
  return scannedPosition(loaded, path, atKey) ?? yamlPosition(loaded, path, atKey);
}

/**
 * The position of a path in a file the fast path parsed, from a scan of its text (block-ranges.ts),
 * which gives the ranges `yaml` gives; undefined where the scan was not sure of the file.
 */
export function scannedPosition(loaded: LoadedFile, path: DocPath, atKey: boolean): Position | undefined {
  if (loaded.text === undefined || loaded.document) return undefined;
  let scan = scans.get(loaded);
  if (scan === undefined) {
    const text = loaded.text;
    try {
      scan = { root: scanRanges(text), lineStarts: lineStartsOf(text) };
    } catch (error) {
      // Unsure is the scan's own way out; anything else would be a bug of the scan, and `yaml`
      // still gives the right position, so the run goes on rather than fail on it.
      if (!(error instanceof Unsure) && process.env.OGP_STRICT_SCAN) throw error;
      scan = null;
    }
    scans.set(loaded, scan);
  }
  if (!scan) return undefined;
  const range = rangeAt(scan.root, path, atKey);
  return range ? spanPosition(loaded.text, scan.lineStarts, range) : { line: 1, column: 1 };
}

/** The span of the located node, and whether it is a collection (a mapping or a list). */
function rangeOf(root: Node | null, path: DocPath, atKey: boolean): [number, number, boolean] | undefined {
  let node: Node | null = root;
  let best: [number, number, boolean] | undefined = spanOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => keyText(item.key) === String(segment));
      if (!pair) return best;
      if (last && atKey) return spanOf(pair.key as Node) ?? best;
      node = (pair.value as Node | null) ?? null;
      // A key with no value (`notes:`) has an empty value range after the colon: point at the key instead.
      const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
      best = (empty ? undefined : spanOf(node)) ?? spanOf(pair.key as Node) ?? best;
    } else if (isSeq(node) && typeof segment === "number") {
      node = (node.items[segment] as Node | undefined) ?? null;
      if (isPair(node)) node = null;
      best = spanOf(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}

function spanOf(node: Node | null | undefined): [number, number, boolean] | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return [range[0], range[1], isMap(node) || isSeq(node)];
}
