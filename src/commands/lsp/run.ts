import { writeStderr } from "../../core/stdout.js";
import path from "node:path";
import { EXIT } from "../../core/errors.js";
import type { LspCommandOptions } from "./definition.js";

/** Starts the language server on stdin/stdout; the process lives on until the client sends `shutdown` and `exit`. */
export async function runLsp(paths: string[], _options: LspCommandOptions): Promise<number> {
  // Run by hand in a terminal, it would seem to hang: say what it is waiting for (on stderr, never on the protocol's stdout).
  if (process.stdin.isTTY) writeStderr("ogp lsp: waiting for an editor to speak the Language Server Protocol on stdin; see 'ogp lsp --help' for how editors start it\n");
  const { listenOnStdio } = await import("../../lsp/stdio.js");
  listenOnStdio({ paths: paths.map((p) => path.resolve(p)) });
  return EXIT.ok;
}
