import { createConnection } from "vscode-languageserver/node";
import { startServer, type ServerOptions } from "./server.js";

/** Serves the protocol on this process's stdin and stdout until the client sends `exit` (or closes stdin). */
export function listenOnStdio(options: ServerOptions): void {
  // stdout carries the protocol: anything else printed there would corrupt it, so console output goes to stderr.
  console.log = console.info = console.warn = console.error;
  // Given the process's own streams, the library exits when stdin closes (code 1 unless the client sent `shutdown`).
  const connection = createConnection(process.stdin, process.stdout);
  startServer(connection, options);
  connection.listen();
}
