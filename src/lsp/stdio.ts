import { createConnection, StreamMessageWriter } from "vscode-languageserver/node";
import { TolerantMessageReader } from "./framing.js";
import { startServer, type ServerOptions } from "./server.js";

/** Serves the protocol on this process's stdin and stdout until the client sends `exit` (or closes stdin). */
export function listenOnStdio(options: ServerOptions): void {
  // stdout carries the protocol: anything else printed there would corrupt it, so console output goes to stderr.
  console.log = console.info = console.warn = console.error;
  // A reader that survives framing faults and malformed messages (the library's stopped answering for good).
  const reader = new TolerantMessageReader(process.stdin, (reason) => process.stderr.write(`ogp lsp: dropped ${reason}\n`));
  const connection = createConnection(reader, new StreamMessageWriter(process.stdout));
  // The process ends with its input, as the library's own stdio connection does: 0 after `shutdown`, else 1.
  const end = () => process.exit(reader.shutdownReceived ? 0 : 1);
  process.stdin.on("end", end);
  process.stdin.on("close", end);
  startServer(connection, options);
  connection.listen();
}
