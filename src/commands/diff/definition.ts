import { Command, Option } from "@commander-js/extra-typings";
import { DIFF_FORMATS } from "../../formatters/diff-formats.js";
import { formatNames } from "../options.js";

/** `ogp diff`: its options, arguments and help (--evolution takes the same format names: a test holds the two registries together). */
export const diffDefinition = new Command("diff")
  .description("what changed between two versions of a plan, matched by meaning, with its impact on deliverables")
  .argument("[sides...]", "old and new: each a YAML file, a document id, a node reference ('<doc>/<node>') or '<git-ref>:<path>'; with --git, the paths to compare")
  .option("--plans <paths...>", "where document ids and node references are looked up (default: the project's plans, from ogp.config.yaml or ./plans)")
  .option("--examples", "look document ids and node references up in the OGP plans shipped with ogp (to try ogp diff out)")
  .option("--git <ref>", "compare every plan at a git revision with the working tree (the working tree is not touched)")
  .addOption(new Option("-f, --format <format>", "output format").choices(formatNames(DIFF_FORMATS)).default("text"))
  .option("--level <level>", "report only goals ('goals') or nodes down to a depth (1: the top level)")
  .option("--strict", "report typographic variants (curly quotes, dashes, spaces) as changes")
  .option("--explain", "list every pair with its score broken down (title, text, context, links, type)")
  .option("--pin <old=new...>", "force a pair ('old=new') or forbid one ('old!=new'); repeatable, or a file of such lines")
  .addOption(new Option("--fail-on <kind>", "exit 1 when a change of this kind is present").choices(["breaking", "suspect", "any"] as const))
  .option("--exit-code", "exit 1 when there is any difference (as git diff)")
  .option("--evolution", "the lineage of goals across two or more generations (document ids, oldest first), as a table")
  .addHelpText(
    "after",
    `
Nodes are paired by id, then by derivedFrom links, then by meaning (title and text words weighted by
rarity, context, deliverables in common, type), as one optimal assignment, so a goal reworded,
renumbered or promoted from a strategy is one change. Every field the plan schemas define is compared,
the id too, and a StratML plan's OtherInformation (data.stratml.otherInformation). A change is
'breaking' when it leaves a deliverable's or a link's reference pointing at nothing (a node removed,
given a new id, split or merged) or outside the strategy: the deliverables are listed with the
reference to re-point to; 'suspect' when an advanced node was reworded. Output: a summary, then the
changes grouped by parent, the top level first, to the width of COLUMNS.
Exit codes: 0 (or no --fail-on match), 1 when --fail-on or --exit-code finds changes, 2 usage.
JSON output follows schemas/diff-output.schema.json.

Examples:
  ogp diff ogp-strategy-2023-draft ogp-strategy-2023 --level goals
  ogp diff ogp-strategy-2023-draft/civic-space ogp-strategy-2023/civic-space
  ogp diff HEAD~1:plans/2023/strategy.yaml plans/2023/strategy.yaml --format markdown
  ogp diff --git main plans --fail-on breaking
  ogp diff draft.yaml approved.yaml --explain --pin 's/g3=t/g4'
  ogp diff --evolution ogp-strategy-2015 ogp-3yp-2020 ogp-strategy-2023`,
  );

/** The options of `ogp diff` as commander parses them. */
export type DiffCommandOptions = ReturnType<typeof diffDefinition.opts>;
