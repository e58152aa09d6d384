import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, type Pair } from "yaml";
import type { DocPath, Position } from "../core/problem.js";
import { addDuplicateKeyErrors } from "./duplicate-keys.js";
import { parseBounded } from "./bounded-parse.js";
import { rangeAt, scanRanges, Unsure, type RangeNode } from "./block-ranges.js";
import { LIMITS } from "./limits.js";
import type { ParsedSource } from "./parsed-source.js";

/**
 * One YAML text and what is worked out of it on first need, once: its `yaml` document (the
 * loader's slow path needs it at once; positions need it only for files that have findings) and
 * a scan of its block structure (block-ranges.ts), which places paths in a file the fast path
 * parsed without a second parse.
 */
export class YamlSource {
  private parsed?: ParsedSource & { stopped: boolean };
  /** The scan of the text; null where the scan was not sure of it. */
  private scan?: { root: RangeNode; lineStarts: number[] } | null;

  constructor(readonly text: string) {}

  /** The `yaml` document and its line counter, parsed on first use (bounded: see parseBounded). */
  document(): ParsedSource {
    return (this.parsed ??= parseYaml(this.text));
  }

  /** Whether the parse stopped at LIMITS.maxParseErrors (the document then holds only the errors found so far). */
  stoppedEarly(): boolean {
    return (this.parsed ??= parseYaml(this.text)).stopped;
  }

  /**
   * Line and column (1-based) of a document path's value, or of its key with `atKey`, from the
   * `yaml` document. Falls back to the nearest ancestor that exists.
   */
  parsedPosition(path: DocPath, atKey: boolean): Position {
    const { document, lineCounter } = this.document();
    const range = rangeOf(document.contents as Node | null, path, atKey);
    if (!range) return { line: 1, column: 1 };
    return spanPosition(this.text, lineCounter.lineStarts, range);
  }

  /**
   * The position of a path from the scan of the text, which gives the ranges `yaml` gives;
   * undefined where the scan was not sure of the file, or once the document is parsed anyway.
   */
  scannedPosition(path: DocPath, atKey: boolean): Position | undefined {
    if (this.parsed) return undefined;
    if (this.scan === undefined) this.scan = scanOf(this.text);
    if (!this.scan) return undefined;
    const range = rangeAt(this.scan.root, path, atKey);
    return range ? spanPosition(this.text, this.scan.lineStarts, range) : { line: 1, column: 1 };
  }

  /** The position of a path in a file the fast path parsed (or the cache served): from the scan of its text, else from `yaml`. */
  plainPosition(path: DocPath, atKey: boolean): Position {
    return this.scannedPosition(path, atKey) ?? this.parsedPosition(path, atKey);
  }
}

function parseYaml(text: string): ParsedSource & { stopped: boolean } {
  const lineCounter = new LineCounter();
  // logLevel "error": the parser's warnings (collection keys) would otherwise go to stderr as Node warnings.
  // uniqueKeys false: yaml's own check is quadratic; addDuplicateKeyErrors finds the same in linear time.
  const { document, stopped } = parseBounded(text, { lineCounter, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: "error" }, LIMITS.maxParseErrors);
  addDuplicateKeyErrors(document);
  return { document, lineCounter, stopped };
}

function scanOf(text: string): { root: RangeNode; lineStarts: number[] } | null {
  try {
    return { root: scanRanges(text), lineStarts: lineStartsOf(text) };
  } catch (error) {
    // Unsure is the scan's own way out; anything else would be a bug of the scan, and `yaml`
    // still gives the right position, so the run goes on rather than fail on it.
    if (!(error instanceof Unsure) && process.env.OGP_STRICT_SCAN) throw error;
    return null;
  }
}

/** The offsets where the text's lines start. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
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
export function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] ?? Infinity) <= offset) low = mid + 1;
    else high = mid;
  }
  const line = Math.max(low, 1);
  return { line, col: offset - (lineStarts[line - 1] ?? 0) + 1 };
}

/** The text of one line (1-based), without its line break. */
function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line - 1] ?? text.length;
  const next = lineStarts[line];
  const end = next === undefined ? text.length : next;
  return text.slice(start, end).replace(/\r?\n$/, "");
}

/** The span of the located node, and whether it is a collection (a mapping or a list). */
function rangeOf(root: Node | null, path: DocPath, atKey: boolean): [number, number, boolean] | undefined {
  let node: Node | null = root;
  let best: [number, number, boolean] | undefined = spanOf(root);
  for (const [i, segment] of path.entries()) {
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
