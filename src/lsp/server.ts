import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentPositionParams,
  type TextEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { URI } from "vscode-uri";
import { complete } from "./completion.js";
import { toDiagnostic } from "./diagnostics.js";
import { definition, hover, pickAt, references, type Pick } from "./navigation.js";
import { Occurrences } from "./occurrences.js";
import { codeLenses, documentSymbols } from "./outline.js";
import { prepareRename, rename, RenameRefused } from "./rename.js";
import { PlanWorkspace, type Snapshot } from "./workspace.js";

export interface ServerOptions {
  /** Plan files or folders, relative to the workspace folder (the client's `initializationOptions.paths` wins). */
  paths?: string[];
  /** How long to wait after the last keystroke before linting again, in milliseconds. */
  debounceMs?: number;
}

/** Options a client may pass in `initializationOptions`. */
interface InitializationOptions {
  paths?: unknown;
  debounceMs?: unknown;
}

const DEFAULT_DEBOUNCE_MS = 250;

/** Edited buffer text a request may wait to see parsed (the shipped plans are at most 60 KB a file). */
export const LIVE_REBUILD_CHARACTERS = 256 * 1024;

/**
 * Wires the plan workspace to a language-server connection: diagnostics from the CLI's lint,
 * and navigation, rename, completion, outline and code lenses from the plan graph.
 */
export function startServer(connection: Connection, defaults: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let workspace = new PlanWorkspace(process.cwd(), defaults.paths);
  let debounceMs = defaults.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let watchFiles = false;
  /** The URI the client uses for each file it opened (its spelling wins over ours). */
  const clientUris = new Map<string, string>();
  /** Diagnostics last sent, per URI, so that only changes are sent again (and cleared files get an empty list). */
  const published = new Map<string, string>();
  const occurrencesOf = new WeakMap<Snapshot, Occurrences>();
  let timer: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const pathOf = (uri: string) => URI.parse(uri).fsPath;
  const uriOf = (snapshot: Snapshot, file: string) => {
    const absolute = snapshot.absolute.get(file) ?? file;
    return clientUris.get(absolute) ?? URI.file(absolute).toString();
  };

  /** The current build; builds run one at a time, and a request after an edit sees the edit. */
  const current = (): Promise<Snapshot> => {
    const next = queue.then(() => workspace.snapshot());
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * The build a request is answered from: the current one, except after edits to large buffers
   * (a 2 MB buffer takes about a second to parse and lint): then the last build, so that the
   * work a request does stays bounded while typing goes on; the rebuild comes with the next
   * diagnostics, once typing pauses.
   */
  const forRequest = (): Promise<Snapshot> => {
    const stale = workspace.staleIfCostly(LIVE_REBUILD_CHARACTERS);
    return stale ? Promise.resolve(stale) : current();
  };

  const occurrences = (snapshot: Snapshot): Occurrences => {
    let found = occurrencesOf.get(snapshot);
    if (!found) occurrencesOf.set(snapshot, (found = new Occurrences(snapshot.project)));
    return found;
  };

  const publish = async () => {
    timer = undefined;
    let snapshot: Snapshot;
    try {
      snapshot = await current();
    } catch (error) {
      connection.console.error(`ogp: cannot lint the plans: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return;
    }
    const byUri = new Map<string, Diagnostic[]>();
    for (const file of snapshot.absolute.keys()) byUri.set(uriOf(snapshot, file), []);
    for (const problem of snapshot.result.problems) {
      const uri = uriOf(snapshot, problem.file);
      const list = byUri.get(uri) ?? [];
      list.push(toDiagnostic(problem, (file) => uriOf(snapshot, file)));
      byUri.set(uri, list);
    }
    for (const uri of published.keys()) if (!byUri.has(uri)) byUri.set(uri, []);
    for (const [uri, diagnostics] of byUri) {
      const key = JSON.stringify(diagnostics);
      if (published.get(uri) === key) continue;
      if (diagnostics.length === 0 && !published.has(uri)) continue;
      if (diagnostics.length === 0) published.delete(uri);
      else published.set(uri, key);
      await connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  /** Lint again once typing pauses: each change restarts the wait. */
  const schedule = (delay = debounceMs) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void publish(), delay);
  };

  /** Runs a position request against a fresh build: the file's name in it and what the cursor is on. */
  const at = async <T>(params: TextDocumentPositionParams, answer: (snapshot: Snapshot, pick: Pick) => T): Promise<T | null> => {
    const snapshot = await forRequest();
    const file = snapshot.names.get(pathOf(params.textDocument.uri));
    if (file === undefined) return null;
    const pick = pickAt(occurrences(snapshot), file, params.position.line, params.position.character);
    return pick ? answer(snapshot, pick) : null;
  };

  const refused = (error: unknown) => (error instanceof RenameRefused ? new ResponseError(LSPErrorCodes.RequestFailed, error.message) : error);

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    const root = folder ? pathOf(folder) : (params.rootPath ?? process.cwd());
    const paths = Array.isArray(options.paths) ? options.paths.filter((p): p is string => typeof p === "string") : defaults.paths;
    if (typeof options.debounceMs === "number" && options.debounceMs >= 0) debounceMs = options.debounceMs;
    workspace = new PlanWorkspace(root, paths, (message) => connection.console.warn(message));
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        // Saves tell the server that the file on disk changed too (for when the buffer closes).
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        definitionProvider: true,
        referencesProvider: true,
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ["/"] },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: "ogp" },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/*.{yaml,yml}" }] });
    // Every plan file's problems at start, as `ogp lint` would report them.
    schedule(0);
  });

  documents.onDidChangeContent(({ document }) => {
    const absolute = pathOf(document.uri);
    clientUris.set(absolute, document.uri);
    workspace.openOrChange(absolute, document.getText());
    schedule();
  });
  documents.onDidClose(({ document }) => {
    workspace.close(pathOf(document.uri));
    schedule();
  });
  documents.onDidSave(({ document }) => {
    workspace.changedOnDisk(pathOf(document.uri), true);
    schedule();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) workspace.changedOnDisk(pathOf(change.uri), change.type !== FileChangeType.Changed);
    schedule();
  });

  connection.onDefinition((params) =>
    at(params, (snapshot, pick) => {
      const found = definition(occurrences(snapshot), pick);
      return found ? { uri: uriOf(snapshot, found.file), range: found.range } : null;
    }),
  );
  connection.onReferences((params) =>
    at(params, (snapshot, pick) => references(occurrences(snapshot), pick, params.context.includeDeclaration).map((m) => ({ uri: uriOf(snapshot, m.file), range: m.range }))),
  );
  connection.onHover((params) => at(params, (snapshot, pick) => ({ contents: hover(snapshot.project.graph, pick), range: occurrences(snapshot).idPart(pick.occurrence, pick.target) })));
  connection.onPrepareRename(async (params) => {
    try {
      return await at(params, (snapshot, pick) => prepareRename(snapshot.project.graph, occurrences(snapshot), pick));
    } catch (error) {
      throw refused(error);
    }
  });
  connection.onRenameRequest(async (params) => {
    try {
      return await at(params, (snapshot, pick) => {
        const changes: Record<string, TextEdit[]> = {};
        for (const mention of rename(snapshot.project.graph, occurrences(snapshot), pick, params.newName)) {
          (changes[uriOf(snapshot, mention.file)] ??= []).push({ range: mention.range, newText: params.newName });
        }
        return { changes };
      });
    } catch (error) {
      throw refused(error);
    }
  });
  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const snapshot = await forRequest();
    const file = snapshot.names.get(pathOf(params.textDocument.uri));
    const own = file === undefined ? undefined : [...snapshot.project.graph.documents.values()].find((d) => d.file === file)?.id;
    return complete(snapshot.project.graph, document.getText().split(/\r?\n/), params.position.line, params.position.character, own);
  });
  connection.onDocumentSymbol(async (params) => {
    const snapshot = await forRequest();
    const file = snapshot.names.get(pathOf(params.textDocument.uri));
    return file === undefined ? [] : documentSymbols(snapshot.project, file, documents.get(params.textDocument.uri)?.lineCount ?? 1);
  });
  connection.onCodeLens(async (params) => {
    const snapshot = await forRequest();
    const file = snapshot.names.get(pathOf(params.textDocument.uri));
    return file === undefined ? [] : codeLenses(snapshot.project, file);
  });
  connection.onShutdown(() => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  });

  documents.listen(connection);
}
