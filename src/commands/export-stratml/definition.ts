import { Command, Option } from "@commander-js/extra-typings";
import { EXAMPLES_HELP, PATHS_HELP } from "../options.js";

/** `ogp export stratml`: its options, arguments and help. */
export const exportStratmlDefinition = new Command("stratml")
  .description("export a strategy or a work plan as ISO StratML (Part 2 PerformancePlanOrReport by default, or Part 1 StrategicPlan)")
  .argument("<document-id>", "the strategy or work plan to export, such as ogp-strategy-2015 or ogp-workplan-2023")
  .argument("[paths...]", PATHS_HELP)
  .addOption(new Option("--part <part>", "StratML part: 2 (performance plan, with indicators) or 1 (strategic plan)").choices(["1", "2"] as const).default("2"))
  .option("-o, --output <file>", "write to this file (atomically; its folder created if missing) instead of standard output")
  .addOption(new Option("--out <file>", "the old spelling of --output, kept for scripts").hideHelp())
  .option("--force", "overwrite the --output file if it exists")
  .option("--examples", EXAMPLES_HELP)
  .addHelpText(
    "after",
    `
The XML validates against the ISO schemas (PerformancePlanOrReport20160216.xsd, or
StrategicPlanISOVersion20140401.xsd for --part 1): elements in schema order, no empty elements,
Identifiers valid as xsd:ID (kept from import where valid, else the node id, else '_' + a UUID that
is the same on every run). Nested objectives are written flat, their depth in the dotted
SequenceIndicator; an indicator's refs become Relationship elements. What the part has no place
for is named on standard error.

A work plan is written as a Part 2 Performance_Plan: the goals of its strategy (with the
Identifiers the strategy's export gives them), each deliverable an Objective under the goal it
advances, and an Output performance indicator per deliverable whose Relationship elements carry
its links (Narrower_Than for advances), the only place the ISO schema allows a Relationship.

Examples:
  ogp export stratml ogp-strategy-2015 > ogp-2015.xml
  ogp export stratml ogp-strategy-2015 --part 1 --output ogp-2015-part1.xml
  ogp export stratml ogp-workplan-2023 --output ogp-workplan-2023.xml`,
  );

/** The options of `ogp export stratml` as commander parses them. */
export type ExportStratmlCommandOptions = ReturnType<typeof exportStratmlDefinition.opts>;
