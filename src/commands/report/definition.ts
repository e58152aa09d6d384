import { Command, Option } from "@commander-js/extra-typings";
import { REPORT_FORMATS } from "../../formatters/html/formats.js";
import { day, EXAMPLES_HELP, formatNames, PATHS_HELP } from "../options.js";

/** `ogp report`: its options, arguments and help. */
export const reportDefinition = new Command("report")
  .description("write one self-contained HTML report: overview, coverage heatmap, plan graphs, node details")
  .argument("[paths...]", PATHS_HELP)
  .option("-o, --output <file>", "the HTML file to write ('-' for standard output; its folder created if missing)", "report.html")
  .addOption(new Option("--out <file>", "the old spelling of --output, kept for scripts").hideHelp())
  .option("--force", "overwrite the output file when it exists")
  .addOption(new Option("-f, --format <format>", "output format").choices(formatNames(REPORT_FORMATS)).default("html"))
  .option("--bands <low,high>", "coverage percents below which a work plan is low, then medium (default: 50,80)")
  .option("--title <name>", "the plans' name in the heading (default: the title of the strategy in force)")
  .option("--date <YYYY-MM-DD>", "the date the report is as of (default: SOURCE_DATE_EPOCH, else the date of the last git commit of the plans, else none)", day)
  .option("--examples", EXAMPLES_HELP)
  .option("--diff <sides...>", "add a Changes page: a git revision (the plans there against the working tree) or an old and a new side as 'ogp diff' takes them")
  .addHelpText(
    "after",
    `
The report is one HTML file with every script, style and picture inline: it opens from disk in
any browser, fetches nothing, and the same plans give the same bytes. It shows the documents with
status and period, lint findings by file (as 'ogp lint' reports them: the config's severities,
inline disables and the baseline applied), coverage per work plan (a goals x deliverables heatmap
with holes highlighted and a "holes only" filter), a plan graph per document and per goal laid
out by Graphviz, a details panel for every node, search, and JSON and CSV downloads.

With --diff, a Changes page shows the semantic diff ('ogp diff'): changes matched by meaning,
reworded text by word, the deliverables each change breaks with where to re-point them, and
the coverage it moves. --diff takes one or two values, so put the plans' paths before it.

Examples:
  ogp report                          report on ./plans into report.html
  ogp report --examples               report on the OGP plans shipped with ogp
  ogp report plans/2023 --output 2023.html --force
  ogp report --output - > report.html
  ogp report --diff main              with the changes since the main branch
  ogp report --diff ogp-strategy-2023-draft ogp-strategy-2023`,
  );

/** The options of `ogp report` as commander parses them. */
export type ReportCommandOptions = ReturnType<typeof reportDefinition.opts>;
