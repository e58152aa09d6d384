import { Command, CommanderError, InvalidArgumentError, Option, type CommandUnknownOpts } from "@commander-js/extra-typings";
import { COMMANDS } from "../commands/index.js";
import { VERSION } from "../core/version.js";
import { choiceSuggestion } from "../core/suggest.js";
import { EXIT, UsageError } from "../core/errors.js";
import { stdoutTarget, writeStderr, writeStdout } from "../core/stdout.js";

// The program: the global options and help, the commands of src/commands, and what a failure
// prints and exits with. Each command's runner is imported only when that command runs, so
// `ogp --help` does not load the YAML parser and `ogp lint` does not load the graph exporters.

function buildProgram(): CommandUnknownOpts {
  const program = new Command("ogp")
    .description("Plans as code: check, graph and inspect strategies, work plans and deliverables kept as YAML.")
    .version(VERSION, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .addOption(new Option("--color", "colour the output even when it is not a terminal").hideHelp())
    .option("--debug", "print stack traces for internal errors")
    .option("--config <file>", "use this config file instead of the nearest ogp.config.yaml (searched from the working directory upward)")
    .showHelpAfterError("(run with --help for usage)")
    // Help and version through ogp's own writer (core/stdout.ts): one handling of a closed pipe. ogp's
    // help has no colours to keep.
    .configureOutput({ writeOut: writeStdout, getOutHelpWidth: helpWidth, getOutHasColors: () => false })
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit codes:
  0  no errors (and warnings within --max-warnings)
  1  problems found: errors, or more warnings than --max-warnings
  2  usage or config mistake, no plans found, unreadable path, or internal failure

Examples:
  ogp lint                          check ./plans
  ogp lint --examples               check the OGP plans shipped with ogp
  ogp lint plans/2023 --format json
  ogp graph --format mermaid > plans.mmd
  ogp show ogp-strategy-2023/civic-space
  ogp coverage --baseline origin/main   fail when a plan edit drops coverage`,
    );

  for (const command of COMMANDS) program.addCommand(inheritingSettings(command, program));
  suggestChoices(program);
  return program;
}

/**
 * A command defined on its own takes the program's settings (help option, exit override, help
 * after an error), as one made with `program.command()` does; its subcommands as well.
 */
function inheritingSettings(command: CommandUnknownOpts, program: CommandUnknownOpts): CommandUnknownOpts {
  command.copyInheritedSettings(program);
  for (const sub of command.commands) inheritingSettings(sub, program);
  return command;
}

/**
 * Every option and argument with fixed choices answers a value outside them with the choice it
 * most likely means ("--format md": did you mean 'markdown'?), as the rest of ogp's messages do.
 */
function suggestChoices(command: CommandUnknownOpts): void {
  const parsers: { argChoices?: string[]; parseArg?: (value: string, previous: unknown) => unknown }[] = [...command.options, ...command.registeredArguments];
  for (const parser of parsers) {
    const choices = parser.argChoices;
    if (!choices) continue;
    parser.parseArg = (value: string) => {
      if (choices.includes(value)) return value;
      const near = choiceSuggestion(value, choices);
      throw new InvalidArgumentError(`Allowed choices are ${choices.join(", ")}.${near ? ` Did you mean '${near}'?` : ""}`);
    };
  }
  for (const sub of command.commands) suggestChoices(sub);
}

/** The width commander wraps help to: a terminal's, else commander's default (80). */
function helpWidth(): number {
  const target = stdoutTarget();
  return (target.isTTY ? target.columns : undefined) ?? 80;
}

async function main(argv: string[]): Promise<void> {
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
    writeStderr(`ogp: ${error.message}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeStderr(`ogp: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) writeStderr(`${error.stack}\n`);
  else writeStderr("(run again with --debug for the stack trace, and report it)\n");
  return EXIT.usage;
}

// Not awaited at the top level: the bundle's chunks are CommonJS (scripts/build.mjs); main reports its own errors.
void main(process.argv.slice(2));

