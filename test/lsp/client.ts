import { PassThrough } from "node:stream";
import {
  createConnection,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type TextEdit,
} from "vscode-languageserver/node";
import { URI } from "vscode-uri";
import path from "node:path";
import { startServer } from "../../src/lsp/server.js";

/** A test's side of a language-server conversation: requests, and the diagnostics the server has published. */
export interface TestClient {
  connection: ProtocolConnection;
  uri(file: string): string;
  open(file: string, text: string): void;
  change(file: string, text: string): void;
  /** Resolves with the next diagnostics published for a file that satisfy `until` (the latest ones if they already do). */
  diagnostics(file: string, until?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
}

/**
 * Connects a client to `startServer` over two in-memory streams (the server's stdin and stdout),
 * as an editor would over a pipe, and initializes it on a workspace folder.
 */
export function connectClient(connection: ProtocolConnection, root: string): Omit<TestClient, "connection"> & { initialize(options?: object, capabilities?: ClientCapabilities): Promise<void> } {
  const latest = new Map<string, Diagnostic[]>();
  const waiting: { uri: string; until: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const versions = new Map<string, number>();
  const uri = (file: string) => URI.file(path.join(root, file)).toString();
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
    latest.set(uri, diagnostics);
    for (const waiter of [...waiting]) {
      if (waiter.uri === uri && waiter.until(diagnostics)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(diagnostics);
      }
    }
  });
  connection.listen();
  return {
    uri,
    async initialize(initializationOptions = {}, capabilities = {}) {
      await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: URI.file(root).toString(), capabilities, workspaceFolders: null, initializationOptions: { debounceMs: 0, ...initializationOptions } });
      await connection.sendNotification(InitializedNotification.type, {});
    },
    open(file, text) {
      versions.set(file, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: "yaml", version: 1, text } });
    },
    change(file, text) {
      const version = (versions.get(file) ?? 1) + 1;
      versions.set(file, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
    },
    diagnostics(file, until = () => true) {
      const known = latest.get(uri(file));
      if (known && until(known)) return Promise.resolve(known);
      return new Promise((resolve) => waiting.push({ uri: uri(file), until, resolve }));
    },
  };
}

/** A client of an in-process server; `prepare` registers its handlers before it initializes (a server may ask things at once). */
export async function startInProcess(root: string, initializationOptions: object = {}, capabilities: ClientCapabilities = {}, prepare: (connection: ProtocolConnection) => void = () => {}): Promise<TestClient> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(server);
  server.listen();
  const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const client = connectClient(connection, root);
  prepare(connection);
  await client.initialize(initializationOptions, capabilities);
  return { connection, ...client };
}

/** Applies text edits to a text, as an editor would (last first, so earlier ranges stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
