import type { CodeLens, DocumentSymbol } from "vscode-languageserver/node";
import { Occurrences } from "./occurrences.js";
import { codeLenses, documentSymbols } from "./outline.js";
import { nextTurn, type PlanWorkspace, type Snapshot } from "./workspace.js";

/** Edited buffer text a request may wait to see parsed (the shipped plans are at most 60 KB a file). */
export const LIVE_REBUILD_CHARACTERS = 256 * 1024;
/**
 * Plans a request may wait to see rebuilt after an edit: assembling, linting and indexing take
 * time in proportion to the whole project (2 MB: about a second here); the shipped plans are 250 KB.
 */
export const LIVE_PROJECT_CHARACTERS = 1024 * 1024;

/** One build, with what requests ask of it worked out once: the ids written in its files, each file's outline and lenses. */
export class Build {
  private readonly outlines = new Map<string, DocumentSymbol[]>();
  private readonly lenses = new Map<string, CodeLens[]>();

  constructor(
    readonly snapshot: Snapshot,
    readonly occurrences: Occurrences,
  ) {}

  /** A build's ids collected in slices, the event loop served between them. */
  static async of(snapshot: Snapshot): Promise<Build> {
    return new Build(snapshot, await Occurrences.inSlices(snapshot.project, nextTurn));
  }

  /** A file's outline (`lineCount`: the lines of the text the editor shows, where the last node ends). */
  outline(file: string, lineCount: number): DocumentSymbol[] {
    const key = `${lineCount} ${file}`;
    let found = this.outlines.get(key);
    if (!found) this.outlines.set(key, (found = documentSymbols(this.snapshot.project, file, lineCount)));
    return found;
  }

  codeLenses(file: string): CodeLens[] {
    let found = this.lenses.get(file);
    if (!found) this.lenses.set(file, (found = codeLenses(this.snapshot.project, file)));
    return found;
  }
}

/**
 * Runs the workspace's builds one at a time and says which one a request is answered from.
 * A build yields to the event loop between its steps (each file parsed, lint, the index), so a
 * request that arrives while a costly one runs is read at once and answered from the last build,
 * instead of waiting for it (issue 23: a 2 MB buffer must not delay answers past a second).
 */
export class Builds {
  private queue: Promise<unknown> = Promise.resolve();
  private latest: Build | undefined;
  /** Edited characters the running build parses anew (undefined: none runs; Infinity: a first build with a preview). */
  private running: number | undefined;
  /** The preview of the first build (undefined inside: none was needed), while that build runs. */
  private preview: Promise<Build | undefined> | undefined;

  constructor(private readonly workspace: PlanWorkspace) {}

  /** The build with every change so far (after the running one, another when something changed since it began): diagnostics come from it. */
  current(): Promise<Build> {
    const next = this.queue.then(() => this.build());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * The build a request is answered from: the current one, unless that means waiting for a costly
   * build (large edited buffers, or a large project) while an earlier build exists; then the
   * earlier one, so that the answer comes at once, and the rebuild comes with the next
   * diagnostics, once typing pauses.
   */
  async forRequest(): Promise<Build> {
    if (this.latest) return this.costly() ? this.latest : this.current();
    const first = this.current();
    // Let the first build start (unless it runs already): it makes a preview when the workspace holds a large file.
    await Promise.resolve();
    const preview = await this.preview?.catch(() => undefined);
    if (!preview) return first;
    // Answered from the preview: a failure of the build is the diagnostics' to report.
    first.catch(() => undefined);
    return preview;
  }

  /** Whether the running or next build takes long: it parses a large edit, or the project is large. */
  private costly(): boolean {
    const edited = Math.max(this.running ?? 0, this.workspace.pendingCost());
    const changed = this.running !== undefined || this.workspace.changed;
    return edited > LIVE_REBUILD_CHARACTERS || (changed && (this.latest?.snapshot.characters ?? 0) > LIVE_PROJECT_CHARACTERS);
  }

  private async build(): Promise<Build> {
    // A preview (no lint) is never the current build.
    if (this.latest?.snapshot.result && !this.workspace.changed) return this.latest;
    this.running = this.workspace.pendingCost();
    try {
      if (!this.latest) await this.previewFirst();
      this.latest = await Build.of(await this.workspace.snapshot());
      return this.latest;
    } finally {
      this.running = undefined;
      this.preview = undefined;
    }
  }

  /** Before a first build that parses a large file: a build without it, that requests are answered from meanwhile. */
  private async previewFirst(): Promise<void> {
    this.preview = this.workspace.preview(LIVE_REBUILD_CHARACTERS).then((snapshot) => (snapshot ? Build.of(snapshot) : undefined));
    const preview = await this.preview;
    if (!preview) return;
    this.latest = preview;
    this.running = Infinity;
  }
}
