import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { DocPath, Location, Position } from "../core/problem.js";
import type { LoadedFile } from "./load-file.js";

/**
 * The one place that turns "file + path inside the document" into line:column.
 * It walks the YAML node tree only when asked, so loading never pays for positions
 * of files that have no problems. It keeps working for a long-running process (an editor server).
 */
export class SourceIndex {
  private readonly files = new Map<string, LoadedFile>();

  constructor(files: Iterable<LoadedFile> = []) {
    for (const file of files) this.add(file);
  }

  add(file: LoadedFile): void {
    this.files.set(file.file, file);
  }

  /** Line and column (1-based) of the located value, or of its key with `atKey`. Falls back to the nearest ancestor that exists. */
  position(at: Location): Position {
    if (at.position) return at.position;
    const loaded = this.files.get(at.file);
    if (!loaded?.document || !loaded.lineCounter || !at.path) return { line: 1, column: 1 };
    const range = rangeOf(loaded.document.contents as Node | null, at.path, at.atKey ?? false);
    if (!range) return { line: 1, column: 1 };
    const start = loaded.lineCounter.linePos(range[0]);
    const end = loaded.lineCounter.linePos(range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** The text of one source line (1-based), for code frames. */
  line(file: string, line: number): string | undefined {
    return this.files.get(file)?.text?.split(/\r?\n/)[line - 1];
  }
}

function rangeOf(root: Node | null, path: DocPath, atKey: boolean): [number, number] | undefined {
  let node: Node | null = root;
  let best: [number, number] | undefined = spanOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => keyText(item.key) === String(segment));
      if (!pair) return best;
      if (last && atKey) return spanOf(pair.key as Node) ?? best;
      // A key with no value (`title:`) has no value range: point at the key instead.
      node = (pair.value as Node | null) ?? null;
      best = spanOf(node) ?? spanOf(pair.key as Node) ?? best;
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

function spanOf(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  if (!range) return undefined;
  // For a collection, point at where it starts and end at the end of its first line's content.
  return [range[0], range[1]];
}
