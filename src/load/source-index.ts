import type { Location, Position } from "../core/problem.js";
import type { LoadedFile } from "./loaded-file.js";

/**
 * The one place that turns "file + path inside the document" into line:column. Each file
 * resolves its own positions (`LoadedFile.positionOf`: the YAML parser's, the StratML import's,
 * or the cache's), only when asked, so loading never pays for positions of files that have no
 * problems. It keeps working for a long-running process (an editor server).
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

  /** The loaded file of a name, as the index knows it. */
  file(name: string): LoadedFile | undefined {
    return this.files.get(name);
  }

  /** Line and column (1-based) of the located value, or of its key with `atKey`. Falls back to the nearest ancestor that exists. */
  position(at: Location): Position {
    if (at.position) return at.position;
    const loaded = this.files.get(at.file);
    if (!loaded?.positionOf) return { line: 1, column: 1 };
    if (at.path) return loaded.positionOf(at.path, at.atKey ?? false);
    // A location without a path: where the file's format places the whole file (a StratML file at its plan), else its first line.
    return loaded.wholeFileAt?.() ?? { line: 1, column: 1 };
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
