// A minimal client: starts `ogp lsp --stdio` for YAML and StratML (XML) plan files and lets VS Code do the rest.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

async function activate(context) {
  const config = vscode.workspace.getConfiguration("ogp");
  const [command, ...args] = config.get("command");
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  // The arguments already say --stdio: no transport option, which would append it a second time.
  // A shell on Windows, where npx is a .cmd script.
  const server = { command, args, options: { cwd, shell: process.platform === "win32" } };
  client = new LanguageClient(
    "ogp",
    "ogp plans",
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: "file", language: "yaml" }, { scheme: "file", language: "xml" }],
      initializationOptions: { paths: config.get("paths"), debounceMs: config.get("debounceMs") },
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml,xml}") },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
