import type {
  CodeLens,
  CompletionItem,
  CompletionParams,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  PublishDiagnosticsParams,
  Range,
  ReferenceParams,
  RenameParams,
  TextDocumentPositionParams,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver/node";
import { Builds, type Build } from "./builds.js";
import { complete } from "./completion.js";
import { toDiagnostic } from "./diagnostics.js";
import { FileTable } from "./files.js";
import { definition, hover, pickAt, references, type Pick } from "./navigation.js";
import { prepareRename, rename } from "./rename.js";
import { PlanWorkspace } from "./workspace.js";

export interface ServiceOptions {
  /** Plan files or folders, relative to the workspace folder (default: its `plans` folder, else all of it). */
  paths?: readonly string[];
  /** Where to say what the service left out (a file gone since it was listed, a config with a mistake). */
  log?: (message: string) => void;
}

/** How a file changed on disk: its content only, or whether it is there at all. */
export type DiskChange = "changed" | "created" | "deleted";

/** Line breaks as the protocol counts them. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The language service of a plan workspace, without a connection: the editor's buffers and the
 * disk in, protocol answers out, every file named by its URI. Diagnostics come from the same lint
 * as `ogp lint`; navigation, rename, completion, outline and code lenses from the plan graph.
 * A server wires a connection to it (server.ts); tests call it directly.
 */
export class PlanLanguageService {
  private readonly files = new FileTable();
  private readonly workspace: PlanWorkspace;
  private readonly builds: Builds;
  /** Diagnostics last published, per URI, so that only changes are sent again (and cleared files get an empty list). */
  private readonly published = new Map<string, string>();

  /** `root`: the workspace folder's absolute path. */
  constructor(root: string, options: ServiceOptions = {}) {
    this.workspace = new PlanWorkspace(root, options.paths, options.log);
    this.builds = new Builds(this.workspace);
  }

  /** A buffer opened or edited: `text` is its whole new content. */
  edited(uri: string, text: string): void {
    this.workspace.openOrChange(this.files.remember(uri), text);
  }

  /** A buffer closed: the file is read from disk again. */
  closed(uri: string): void {
    this.workspace.close(this.files.pathOf(uri));
  }

  /** A buffer saved: the file on disk changed too (and may be new), for when the buffer closes. */
  saved(uri: string): void {
    this.workspace.changedOnDisk(this.files.pathOf(uri), true);
  }

  /** A file changed, created or deleted on disk (a file watcher's events). */
  changedOnDisk(uri: string, change: DiskChange): void {
    this.workspace.changedOnDisk(this.files.pathOf(uri), change !== "changed");
  }

  /**
   * The diagnostics to publish now: those of every file whose diagnostics changed since the last
   * call (an empty list for a file whose problems are gone), from a build with every change so far.
   */
  async diagnostics(): Promise<PublishDiagnosticsParams[]> {
    const { snapshot } = await this.builds.current();
    const byUri = new Map<string, Diagnostic[]>();
    const uriOf = (file: string) => this.files.uriIn(snapshot, file);
    for (const file of snapshot.absolute.keys()) byUri.set(uriOf(file), []);
    for (const problem of snapshot.result?.problems ?? []) {
      const uri = uriOf(problem.file);
      const list = byUri.get(uri) ?? [];
      list.push(toDiagnostic(problem, uriOf));
      byUri.set(uri, list);
    }
    for (const uri of this.published.keys()) if (!byUri.has(uri)) byUri.set(uri, []);
    const changes: PublishDiagnosticsParams[] = [];
    for (const [uri, diagnostics] of byUri) {
      const key = JSON.stringify(diagnostics);
      if (this.published.get(uri) === key) continue;
      if (diagnostics.length === 0 && !this.published.has(uri)) continue;
      if (diagnostics.length === 0) this.published.delete(uri);
      else this.published.set(uri, key);
      changes.push({ uri, diagnostics });
    }
    return changes;
  }

  /** Go to definition: from a reference to the `id:` it names; from a declaration to itself. */
  definition(params: TextDocumentPositionParams): Promise<Location | null> {
    return this.at(params, this.builds.forRequest(), (build, pick) => {
      const found = definition(build.occurrences, pick);
      return found ? { uri: this.files.uriIn(build.snapshot, found.file), range: found.range } : null;
    });
  }

  references(params: ReferenceParams): Promise<Location[] | null> {
    return this.at(params, this.builds.forRequest(), (build, pick) =>
      references(build.occurrences, pick, params.context.includeDeclaration).map((m) => ({ uri: this.files.uriIn(build.snapshot, m.file), range: m.range })),
    );
  }

  hover(params: TextDocumentPositionParams): Promise<Hover | null> {
    return this.at(params, this.builds.forRequest(), (build, pick) => ({ contents: hover(build.snapshot.project.graph, pick), range: build.occurrences.idPart(pick.occurrence, pick.target) }));
  }

  /**
   * What may be renamed at the cursor; throws RenameRefused, worded for the user. A rename edits
   * text at the build's positions, so it waits for the build with every edit (it never answers
   * from an earlier one, whose positions may have moved).
   */
  prepareRename(params: TextDocumentPositionParams): Promise<{ range: Range; placeholder: string } | null> {
    return this.at(params, this.builds.current(), (build, pick) => prepareRename(build.snapshot.project.graph, build.occurrences, pick));
  }

  /** The edits of a rename across files (the id's text alone); throws RenameRefused, worded for the user. */
  rename(params: RenameParams): Promise<WorkspaceEdit | null> {
    return this.at(params, this.builds.current(), (build, pick) => {
      const changes: Record<string, TextEdit[]> = {};
      for (const mention of rename(build.snapshot.project.graph, build.occurrences, pick, params.newName)) {
        (changes[this.files.uriIn(build.snapshot, mention.file)] ??= []).push({ range: mention.range, newText: params.newName });
      }
      return { changes };
    });
  }

  /** Completion of a reference being typed in an open buffer (nothing in a file that is not open). */
  async completion(params: CompletionParams): Promise<CompletionItem[]> {
    const text = this.workspace.bufferText(this.files.pathOf(params.textDocument.uri));
    if (text === undefined) return [];
    const { snapshot } = await this.builds.forRequest();
    const file = this.files.nameIn(snapshot, params.textDocument.uri);
    const own = file === undefined ? undefined : [...snapshot.project.graph.documents.values()].find((d) => d.file === file)?.id;
    return complete(snapshot.project.graph, text.split(/\r?\n/), params.position.line, params.position.character, own);
  }

  /** A file's outline: its goals, objectives, deliverables and actions as a tree. */
  async documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    const build = await this.builds.forRequest();
    const file = this.files.nameIn(build.snapshot, uri);
    const text = this.workspace.bufferText(this.files.pathOf(uri));
    return file === undefined ? [] : build.outline(file, text === undefined ? 1 : text.split(LINE_BREAK).length);
  }

  /** A lens over each goal of a file: how many deliverables advance it. */
  async codeLenses(uri: string): Promise<CodeLens[]> {
    const build = await this.builds.forRequest();
    const file = this.files.nameIn(build.snapshot, uri);
    return file === undefined ? [] : build.codeLenses(file);
  }

  /** Answers a position request from a build: the file's name in it and what the cursor is on (null where it is on no id). */
  private async at<T>(params: TextDocumentPositionParams, from: Promise<Build>, answer: (build: Build, pick: Pick) => T): Promise<T | null> {
    const build = await from;
    const file = this.files.nameIn(build.snapshot, params.textDocument.uri);
    if (file === undefined) return null;
    const pick = pickAt(build.occurrences, file, params.position.line, params.position.character);
    return pick ? answer(build, pick) : null;
  }
}
