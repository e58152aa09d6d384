import { Command, Option } from "@commander-js/extra-typings";
import { COVERAGE_FORMATS } from "../../formatters/coverage-formats.js";
import { EXAMPLES_HELP, formatNames, PATHS_HELP, percentage, positive } from "../options.js";

/** `ogp coverage`: its options, arguments and help. */
export const coverageDefinition = new Command("coverage")
  .description("which goals of a strategy a workplan's deliverables advance, where the holes are, and a gate for CI")
  .argument("[paths...]", PATHS_HELP)
  .addOption(new Option("-f, --format <format>", "output format").choices(formatNames(COVERAGE_FORMATS)).default("table"))
  .option("--workplan <id>", "report this workplan only (default: every workplan, each against its strategy)")
  .option("--strategy <id>", "measure against this version of the strategy instead of the workplan's own: each link counts for its version there, paired by derivedFrom first, then as ogp diff pairs them (rows marked ⇄ name the pair)")
  .option("--depth <n>", "rows down to this level: 1 = goals, 2 = their objectives or strategies, ... (default 1; all levels with --of indicators)", positive)
  .addOption(new Option("--of <what>", "what covers the goals").choices(["deliverables", "indicators"] as const).default("deliverables"))
  .addOption(new Option("--by <axis>", "table rows: goals, or deliverables (the matrix turned round)").choices(["goal", "deliverable"] as const).default("goal"))
  .option("--min <percent>", "exit 1 when a report's coverage is below this percentage; a negative number -N allows at most N goals not covered", percentage)
  .option("--baseline <git-ref>", "exit 1 when coverage dropped since this revision, or any goal's status fell since (covered -> partial -> missing), even at the same percent (the working tree is not touched)")
  .option("--changed <git-ref>", "report only the goals and sub-goals added or edited since this revision")
  .option("--examples", EXAMPLES_HELP)
  .addHelpText(
    "after",
    `
A deliverable covers a goal when it, or one of its actions, advances the goal or a node beneath it;
the path is kept as 'via': direct, action, objective (a sub-goal) or approach (a strategic approach
that serves the goal). Row status: covered, partial (only some of its sub-goals covered), missing,
justified (the plan says why: 'coverage: { justified: "<reason>" }' on the goal), broken (only links
that lint reports as errors). Percent = (covered + justified) / rows.

Formats: 'table' (a matrix that fits COLUMNS, else one line per goal), 'markdown' (for a pull-request
comment), 'csv' (one line per link and per hole), 'json' (a contract: schemas/coverage-output.schema.json).

Examples:
  ogp coverage                                        every workplan against its strategy
  ogp coverage --workplan ogp-workplan-2023 --format markdown
  ogp coverage --workplan ogp-workplan-2023 --strategy ogp-strategy-2023-draft
  ogp coverage --of indicators --strategy ogp-strategy-2015
  ogp coverage --min 100                              CI: every goal covered (or justified)
  ogp coverage --min -2                               CI: at most 2 goals not covered
  ogp coverage --baseline origin/main                 CI: coverage may only go up
  ogp coverage --changed origin/main                  the goals this branch adds or edits`,
  );

/** The options of `ogp coverage` as commander parses them. */
export type CoverageCommandOptions = ReturnType<typeof coverageDefinition.opts>;
