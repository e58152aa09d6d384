import { Command, Option } from "@commander-js/extra-typings";

/** `ogp lsp`: its options, arguments and help. */
export const lspDefinition = new Command("lsp")
  .description("run the language server for editors: diagnostics, go to definition, references, rename, completion")
  .argument("[paths...]", "plan files or folders; default: the workspace's plans folder, or the whole workspace when it has none")
  .option("--stdio", "talk the Language Server Protocol over stdin and stdout (the default; editors pass it by convention)")
  .addOption(new Option("--clientProcessId <pid>", "the editor's process id (passed by VS Code; the server exits with it)").hideHelp())
  .addHelpText(
    "after",
    `
Started by an editor, not by hand: it reads JSON-RPC on stdin and writes it on stdout. It
reports the same problems as 'ogp lint' as you type (open buffers override the files on disk),
and offers go to definition, find references, hover, rename, completion of references, the
outline and a code lens "advanced by N deliverables" on each goal. Clients may pass
initializationOptions { "paths": ["plans"], "debounceMs": 250 }. It exits 0 after the client's
'shutdown' and 'exit', 1 when the client goes away without them.

Examples:
  ogp lsp --stdio                   what an editor runs (VS Code, Neovim, Helix: see the README)
  ogp lsp --stdio plans/2023        only the plans in plans/2023`,
  );

/** The options of `ogp lsp` as commander parses them. */
export type LspCommandOptions = ReturnType<typeof lspDefinition.opts>;
