import { Command, Option } from "@commander-js/extra-typings";
import { IMPORT_FORMATS } from "../../formatters/import-formats.js";
import { formatNames } from "../options.js";

/** `ogp import stratml`: its options, arguments and help. */
export const importStratmlDefinition = new Command("stratml")
  .description("import StratML (ISO 17469-1) plans: one strategy YAML per document, with a summary of what was dropped or changed")
  .argument("<files...>", "StratML files: Part 1 or 2 (2009, 2011 or ISO namespaces, or none), Part 3 (2014) or 3.5 (OrganizationalStrategyDocument); UTF-8, UTF-16 or the encoding their XML declaration names")
  .option("-o, --output <dir>", "folder to write the plan files into (created if missing)", ".")
  .addOption(new Option("--out <dir>", "the old spelling of --output, kept for scripts").hideHelp())
  .option("--force", "overwrite plan files that already exist")
  .addOption(new Option("-f, --format <format>", "summary format").choices(formatNames(IMPORT_FORMATS)).default("text"))
  .addHelpText(
    "after",
    `
Each document becomes <output>/<document-id>.yaml, valid against schemas/strategy.schema.json. The
id is the plan's Identifier when a person wrote it, else the file name. Goals, objectives and
indicators keep an Identifier a person wrote as their id; a generated one (a GUID) is replaced by
a readable id from kind and sequence indicator ('objective-1.1'), else name, which stays the same
in the plan's next version; the Identifier is kept for export. Empty elements are dropped;
placeholders ('[To_be_identified]'), duplicate Identifiers, objective numbers that contradict
their place and relationships to nothing are reported at their line:column; content without a
place in the plan model (3.5's maps, weights, risks, assets, ...) is kept under each node's
data.stratml for export, and counted in the summary.
Files are written atomically and never overwritten without --force. 'ogp lint plan.xml' reads
StratML directly, through the same import.

Exit codes: 0 every file imported, 2 a file could not be read, parsed or written.

Examples:
  ogp import stratml plan.xml --output plans/
  ogp import stratml reports/*.xml --output plans/ --format json`,
  );

/** The options of `ogp import stratml` as commander parses them. */
export type ImportStratmlCommandOptions = ReturnType<typeof importStratmlDefinition.opts>;
