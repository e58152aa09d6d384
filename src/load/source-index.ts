import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { DocPath, Location, Position } from "../core/problem.js";
import { yamlDocument, type LoadedFile } from "./load-file.js";

/**
 * The one place that turns "file + path inside the document" into line:column.
 * It walks the YAML node tree only when asked, so loading never pays for positions
 * of files that have no problems. It keeps working for a long-running process (an editor server).
 */
export class SourceIndex {
  private readonly files = new Map<string, LoadedFile>();
  private readonly lines = new Map<string, string[]>();

  constructor(files: Iterable<LoadedFile> = []) {
    for (const file of files) this.add(file);
  }

  add(file: LoadedFile): void {
    this.files.set(file.file, file);
    this.lines.delete(file.file);
  }

  /** Line and column (1-based) of the located value, or of its key with `atKey`. Falls back to the nearest ancestor that exists. */
  position(at: Location): Position {
    if (at.position) return at.position;
    const loaded = this.files.get(at.file);
    if (loaded?.positionOf) return loaded.positionOf(at.path ?? []);
    // The first position asked of a file parses it with `yaml` (files without findings never pay for it).
    const parsed = loaded && at.path ? yamlDocument(loaded) : undefined;
    if (!parsed || !at.path) return { line: 1, column: 1 };
    const { document, lineCounter } = parsed;
    const range = rangeOf(document.contents as Node | null, at.path, at.atKey ?? false);
    if (!range) return { line: 1, column: 1 };
    const start = lineCounter.linePos(range[0]);
    if (range[2]) {
      // A collection (a whole goal, say) is marked on its first line only: its full extent would run to
      // where the next sibling begins, and an editor would underline everything beneath it.
      const text = this.line(at.file, start.line) ?? "";
      return { line: start.line, column: start.col, endLine: start.line, endColumn: Math.max(start.col, text.trimEnd().length + 1) };
    }
    const end = lineCounter.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** The text of one source line (1-based), for code frames. */
  line(file: string, line: number): string | undefined {
    let lines = this.lines.get(file);
    if (!lines) {
      const text = this.files.get(file)?.text;
      if (text === undefined) return undefined;
      lines = text.split(/\r?\n/);
      this.lines.set(file, lines);
    }
    return lines[line - 1];
  }
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
