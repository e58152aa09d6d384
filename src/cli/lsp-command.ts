import path from "node:path";
import { EXIT } from "../core/errors.js";

export interface LspOptions {
  stdio?: boolean;
}

/** Starts the language server on stdin/stdout; the process lives on until the client sends `shutdown` and `exit`. */
export async function runLsp(paths: string[], _options: LspOptions): Promise<number> {
  const { listenOnStdio } = await import("../lsp/stdio.js");
  listenOnStdio({ paths: paths.map((p) => path.resolve(p)) });
  return EXIT.ok;
}
