import { Command, Option } from "@commander-js/extra-typings";
import { GRAPH_FORMATS } from "../../formatters/graph-formats.js";
import { EXAMPLES_HELP, formatNames, integer, PATHS_HELP } from "../options.js";

/** `ogp graph`: its options, arguments and help. */
export const graphDefinition = new Command("graph")
  .description("print the whole plan graph: documents, nodes and links")
  .argument("[paths...]", PATHS_HELP)
  .addOption(new Option("-f, --format <format>", "output format").choices(formatNames(GRAPH_FORMATS)).default("json"))
  .option("--document <id>", "only this document's nodes and the links between them")
  .option("--depth <n>", "only nodes at most n levels below the top (0: top-level nodes only)", integer)
  .option("--examples", EXAMPLES_HELP)
  .addHelpText(
    "after",
    `
Examples:
  ogp graph --format mermaid --document ogp-strategy-2023 --depth 1 > strategy.mmd
  ogp graph --format dot | dot -Tsvg > plans.svg

'json' is a contract: { documents: [{ id, kind, title, status, file }],
nodes: [{ ref, document, type, label, title, parent }], edges: [{ from, to, type }] }.
Node types: goal, objective, indicator, approach, deliverable, action, activity, value, shift,
precondition, theme, stakeholder, focus-area, box, box-item. Edge types: contains, advances, refs,
derivedFrom, serves, strategy, workplan. 'dot' is for Graphviz, 'mermaid' for Markdown renderers.`,
  );

/** The options of `ogp graph` as commander parses them. */
export type GraphCommandOptions = ReturnType<typeof graphDefinition.opts>;
