import { Command, Option } from "@commander-js/extra-typings";
import { SHOW_FORMATS } from "../../formatters/show-formats.js";
import { EXAMPLES_HELP, formatNames, PATHS_HELP } from "../options.js";

/** `ogp show`: its options, arguments and help. */
export const showDefinition = new Command("show")
  .description("show one node (or document): its text, parent, children and every link in and out")
  .argument("<ref>", "the node's reference, '<document-id>/<node-id>', or a document id")
  .argument("[paths...]", PATHS_HELP)
  .addOption(new Option("-f, --format <format>", "output format").choices(formatNames(SHOW_FORMATS)).default("text"))
  .option("--examples", EXAMPLES_HELP);

/** The options of `ogp show` as commander parses them. */
export type ShowCommandOptions = ReturnType<typeof showDefinition.opts>;
