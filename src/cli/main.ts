import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { EXIT, UsageError } from "../core/errors.js";
import { RULES } from "../lint/rules.js";
import { LINT_FORMATS } from "../report/lint-formats.js";
import { VERSION } from "./version.js";

// Commander wiring only: each command's module is imported when that command runs, so
// `ogp --help` does not load the YAML parser and `ogp lint` does not load the graph exporters.

function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more.");
  return Number(value);
}

/** Wraps text to `width` columns, continuing lines at `indent` spaces (help text stays readable in an 100-column terminal). */
function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && indent + current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines.join(`\n${" ".repeat(indent)}`);
}

export interface GlobalOptions {
  /** true for --color, false for --no-color, undefined when neither was given (the environment decides). */
  color?: boolean;
  debug?: boolean;
}

/** Global options as the command modules need them: only an explicit colour flag overrides the environment. */
function globalsOf(command: Command): GlobalOptions {
  const root = command.parent ?? command;
  const explicit = root.getOptionValueSource("color") === "cli";
  return { color: explicit ? Boolean(root.opts().color) : undefined, debug: Boolean(root.opts().debug) };
}

const PATHS_HELP = "plan files or directories (directories are searched for *.yaml and *.yml, skipping hidden files and folders, whose names start with '.', and node_modules; name a hidden file to lint it); default: ./plans, or the shipped OGP plans when there is none";

function buildProgram(): Command {
  const program = new Command("ogp")
    .description("Plans as code: check, graph and inspect strategies, work plans and deliverables kept as YAML.")
    .version(VERSION, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .addOption(new Option("--color", "colour the output even when it is not a terminal").hideHelp())
    .option("--debug", "print stack traces for internal errors")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit codes:
  0  no errors (and warnings within --max-warnings)
  1  problems found: errors, or more warnings than --max-warnings
  2  usage error, unreadable path, or internal failure

Examples:
  ogp lint                          check ./plans (or the shipped OGP plans)
  ogp lint plans/2023 --format json
  ogp graph --format mermaid > plans.mmd
  ogp show ogp-strategy-2023/civic-space`,
    );

  program
    .command("lint")
    .description("check plans: YAML syntax, schema, ids, references, numbering, coverage gaps, periods")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(LINT_FORMATS)).default("stylish"))
    .option("-q, --quiet", "report errors only (warnings and info are not shown and do not fail the run)")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", integer)
    .option("--cache", "keep each file's parse result by content hash and reuse it while the file is unchanged (the checks always run)")
    .option("--cache-location <file>", "where --cache keeps its file (default: .ogpcache); implies --cache")
    .addHelpText(
      "after",
      `
Rules (id, default severity):
${RULES.map((r) => `  ${r.id.padEnd(24)} ${r.defaultSeverity.padEnd(8)} ${wrap(r.description, 36, 100)}`).join("\n")}

Output: 'stylish' groups problems by file as 'line:col  severity  message  rule' with a summary;
'json' prints { problems: [{ file, line, column, severity, rule, message }], errorCount, warningCount,
infoCount, documents, nodes }. Files are relative to the working directory; lines and columns start at 1.

Cache: 'ogp lint --cache' keeps parse results in .ogpcache (or --cache-location), keyed by each file's
content, ogp's and Node's versions and the schemas; a cache that does not match is ignored and rewritten.
  ogp lint plans --cache
  ogp lint plans --cache-location /tmp/ogp-cache`,
    )
    .action(async (paths: string[], options, command: Command) => {
      const { runLint } = await import("./lint-command.js");
      process.exitCode = await runLint(paths, options, globalsOf(command));
    });

  program
    .command("graph")
    .description("print the whole plan graph: documents, nodes and links")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "dot", "mermaid"]).default("json"))
    .addHelpText(
      "after",
      `
'json' is a contract: { documents: [{ id, kind, title, status, file }],
nodes: [{ ref, document, type, label, title, parent }], edges: [{ from, to, type }] }.
Node types: goal, objective, indicator, approach, deliverable, action, activity, value, shift,
precondition, theme, stakeholder, focus-area, box, box-item. Edge types: contains, advances, refs,
derivedFrom, serves, strategy, workplan. 'dot' is for Graphviz, 'mermaid' for Markdown renderers.`,
    )
    .action(async (paths: string[], options, command: Command) => {
      const { runGraph } = await import("./graph-command.js");
      process.exitCode = await runGraph(paths, options, globalsOf(command));
    });

  program
    .command("show")
    .description("show one node (or document): its text, parent, children and every link in and out")
    .argument("<ref>", "the node's reference, '<document-id>/<node-id>', or a document id")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (ref: string, paths: string[], options, command: Command) => {
      const { runShow } = await import("./show-command.js");
      process.exitCode = await runShow(ref, paths, options, globalsOf(command));
    });

  return program;
}

async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A closed pipe (`ogp graph | head`) is not a failure of ours.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    process.exitCode = report(error, argv.includes("--debug"));
  }
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; commander has already printed its message for usage mistakes.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`ogp: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ogp: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("(run again with --debug for the stack trace, and report it)\n");
  return EXIT.usage;
}

await main(process.argv.slice(2));
