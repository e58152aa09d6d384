import { InvalidArgumentError } from "@commander-js/extra-typings";
import type { Command as AnyCommand } from "commander";
import { impossibleDate } from "../core/dates.js";

// What every command module shares: the global options as the runners receive them, the parsers
// of option values and the help texts several commands repeat. Kept apart from src/cli, so that
// the commands never import the CLI that loads them; light, as the definitions that import it.

export interface GlobalOptions {
  /** true for --color, false for --no-color, undefined when neither was given (the environment decides). */
  color?: boolean;
  debug?: boolean;
  /** --config: the config file to use instead of the nearest ogp.config.yaml. */
  config?: string;
}

/** The global options (given before the command) as the runners need them: only an explicit colour flag overrides the environment. */
export function globalsOf(command: object): GlobalOptions {
  // The options are the program's, at the top of the tree (`ogp import stratml` is two levels down).
  let root = command as AnyCommand;
  while (root.parent) root = root.parent;
  const options = root.opts<{ color?: boolean; debug?: boolean; config?: string }>();
  const explicit = root.getOptionValueSource("color") === "cli";
  return { color: explicit ? Boolean(options.color) : undefined, debug: Boolean(options.debug), config: options.config };
}

export function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more.");
  return Number(value);
}

export function positive(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of 1 or more.");
  return Number(value);
}

export function percentage(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number > 100) throw new InvalidArgumentError("expected a percentage up to 100, or a negative number of goals.");
  return number;
}

export function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || impossibleDate(value)) throw new InvalidArgumentError("expected a date written YYYY-MM-DD, such as 2025-07-01.");
  return value;
}

/** A format registry's names, for `--format`'s `.choices()`: the registry is the one list of a command's formats. */
export function formatNames<Registry extends object>(registry: Registry): (keyof Registry & string)[] {
  return Object.keys(registry) as (keyof Registry & string)[];
}

/** A command's options with --output (or --out) as the runner's `out`: a string where --output has a default. */
export type WithOutput<T extends { output?: string }> = T & { out: T["output"] };

/** --output, or the old spelling --out (hidden, kept so that scripts do not break), as the runners' `out`. */
export function withOutput<T extends { output?: string; out?: string }>(options: T): WithOutput<T> {
  // --out has no default, so it is set only when given; else --output holds the value or its default.
  const out = (options.out ?? options.output) as T["output"];
  return { ...options, out };
}

export const PATHS_HELP = "plan files or directories (directories are searched for *.yaml, *.yml and StratML *.xml, skipping hidden files and folders, whose names start with '.', and node_modules; name a hidden file to lint it); default: the plans of ogp.config.yaml, else ./plans";
export const EXAMPLES_HELP = "read the OGP plans shipped with ogp instead (to try ogp out)";
