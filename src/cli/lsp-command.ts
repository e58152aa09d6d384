import path from "node:path";
import { EXIT } from "../core/errors.js";

export interface LspOptions {
  stdio?: boolean;
}

/** Starts the language server on stdin/stdout; it runs until the client sends `shutdown` and `exit` (or closes the pipe). */
export async function runLsp(paths: string[], _options: LspOptions): Promise<number> {
  // stdout carries the protocol: anything else printed there would corrupt it.
  console.log = console.info = console.warn = console.error;
  const [{ createConnection }, { startServer }] = await Promise.all([import("vscode-languageserver/node"), import("../lsp/server.js")]);
  // Given the process's own streams, the library also exits when stdin closes (1 unless the client sent `shutdown`).
  const connection = createConnection(process.stdin, process.stdout);
  startServer(connection, { paths: paths.map((p) => path.resolve(p)) });
  connection.listen();
  return EXIT.ok;
}
