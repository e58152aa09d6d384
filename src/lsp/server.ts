import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { URI } from "vscode-uri";
import { RenameRefused } from "./rename.js";
import { PlanLanguageService, type DiskChange } from "./service.js";

export { LIVE_REBUILD_CHARACTERS } from "./builds.js";

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
/** The files a client's watcher reports: YAML plans, StratML plans, and ogp.config.yaml. */
export const WATCHED_FILES = "**/*.{yaml,yml,xml}";
const DISK_CHANGE: Record<FileChangeType, DiskChange> = { [FileChangeType.Created]: "created", [FileChangeType.Changed]: "changed", [FileChangeType.Deleted]: "deleted" };

/** The service for the workspace folder the client opened, with the plan paths it asked for. */
function serviceFor(params: InitializeParams, defaults: ServerOptions, log: (message: string) => void): PlanLanguageService {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  const root = folder ? URI.parse(folder).fsPath : (params.rootPath ?? process.cwd());
  const paths = Array.isArray(options.paths) ? options.paths.filter((p): p is string => typeof p === "string") : defaults.paths;
  return new PlanLanguageService(root, { ...(paths ? { paths } : {}), log });
}

const CAPABILITIES: InitializeResult["capabilities"] = {
  // Saves tell the server that the file on disk changed too (for when the buffer closes).
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  definitionProvider: true,
  referencesProvider: true,
  hoverProvider: true,
  renameProvider: { prepareProvider: true },
  completionProvider: { triggerCharacters: ["/"] },
  documentSymbolProvider: true,
  codeLensProvider: { resolveProvider: false },
};

/** A refused rename as the protocol's error, with the reason for the user; anything else as it is. */
const refused = (error: unknown) => (error instanceof RenameRefused ? new ResponseError(LSPErrorCodes.RequestFailed, error.message) : error);
const orRefused = async <T>(answer: Promise<T>): Promise<T> => {
  try {
    return await answer;
  } catch (error) {
    throw refused(error);
  }
};

/**
 * Wires a language-server connection to the plan language service (service.ts): text sync,
 * debounced diagnostics, file watching, and each request handed to the service.
 */
export function startServer(connection: Connection, defaults: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let service = new PlanLanguageService(process.cwd(), defaults.paths ? { paths: defaults.paths } : {});
  let debounceMs = defaults.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let watchFiles = false;
  let timer: NodeJS.Timeout | undefined;

  const publish = async () => {
    timer = undefined;
    try {
      for (const params of await service.diagnostics()) await connection.sendDiagnostics(params);
    } catch (error) {
      connection.console.error(`ogp: cannot lint the plans: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  /** Lint again once typing pauses: each change restarts the wait. */
  const schedule = (delay = debounceMs) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void publish(), delay);
  };

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.debounceMs === "number" && options.debounceMs >= 0) debounceMs = options.debounceMs;
    service = serviceFor(params, defaults, (message) => connection.console.warn(message));
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return { capabilities: CAPABILITIES, serverInfo: { name: "ogp" } };
  });
  connection.onInitialized(() => {
    if (watchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES }] });
    // Every plan file's problems at start, as `ogp lint` would report them.
    schedule(0);
  });

  documents.onDidChangeContent(({ document }) => {
    service.edited(document.uri, document.getText());
    schedule();
  });
  documents.onDidClose(({ document }) => {
    service.closed(document.uri);
    schedule();
  });
  documents.onDidSave(({ document }) => {
    service.saved(document.uri);
    schedule();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) service.changedOnDisk(change.uri, DISK_CHANGE[change.type]);
    schedule();
  });

  connection.onDefinition((params) => service.definition(params));
  connection.onReferences((params) => service.references(params));
  connection.onHover((params) => service.hover(params));
  connection.onPrepareRename((params) => orRefused(service.prepareRename(params)));
  connection.onRenameRequest((params) => orRefused(service.rename(params)));
  connection.onCompletion((params) => service.completion(params));
  connection.onDocumentSymbol((params) => service.documentSymbols(params.textDocument.uri));
  connection.onCodeLens((params) => service.codeLenses(params.textDocument.uri));
  connection.onShutdown(() => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  });

  documents.listen(connection);
}
