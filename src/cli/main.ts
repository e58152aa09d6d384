import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { choiceSuggestion } from "../core/suggest.js";
import { impossibleDate } from "../core/dates.js";
import { EXIT, UsageError } from "../core/errors.js";
import { writeProblem } from "../core/write-problem.js";
import { RULES } from "../lint/rules.js";
import { UNUSED_DISABLE } from "../suppress/unused-disable.js";
import { LINT_FORMATS } from "../report/lint-formats.js";
import { COVERAGE_FORMATS } from "../report/coverage-formats.js";
import { REPORT_FORMATS } from "../report/html/formats.js";
import { VERSION } from "../commands/version.js";
import type { GlobalOptions } from "../commands/options.js";
import { SCHEMA_KINDS, type SchemaKind } from "../project/schema-kinds.js";

// Commander wiring only: each command's module is imported when that command runs, so
// `ogp --help` does not load the YAML parser and `ogp lint` does not load the graph exporters.

function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more.");
  return Number(value);
}

function positive(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of 1 or more.");
  return Number(value);
}

function percentage(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number > 100) throw new InvalidArgumentError("expected a percentage up to 100, or a negative number of goals.");
  return number;
}

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || impossibleDate(value)) throw new InvalidArgumentError("expected a date written YYYY-MM-DD, such as 2025-07-01.");
  return value;
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


/** Global options as the command modules need them: only an explicit colour flag overrides the environment. */
function globalsOf(command: Command): GlobalOptions {
  const root = command.parent ?? command;
  const explicit = root.getOptionValueSource("color") === "cli";
  return { color: explicit ? Boolean(root.opts().color) : undefined, debug: Boolean(root.opts().debug), config: root.opts().config as string | undefined };
}

const PATHS_HELP = "plan files or directories (directories are searched for *.yaml, *.yml and StratML *.xml, skipping hidden files and folders, whose names start with '.', and node_modules; name a hidden file to lint it); default: the plans of ogp.config.yaml, else ./plans";
const EXAMPLES_HELP = "read the OGP plans shipped with ogp instead (to try ogp out)";

function buildProgram(): Command {
  const program = new Command("ogp")
    .description("Plans as code: check, graph and inspect strategies, work plans and deliverables kept as YAML.")
    .version(VERSION, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .addOption(new Option("--color", "colour the output even when it is not a terminal").hideHelp())
    .option("--debug", "print stack traces for internal errors")
    .option("--config <file>", "use this config file instead of the nearest ogp.config.yaml (searched from the working directory upward)")
    .showHelpAfterError("(run with --help for usage)")
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

  program
    .command("lint")
    .description("check plans: YAML syntax, schema, ids, references, numbering, coverage gaps, periods")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format (default: github when GITHUB_ACTIONS is set, else stylish)").choices(Object.keys(LINT_FORMATS)))
    .option("-o, --output <file>", "write the report in --format to this file (whole or not at all); the terminal still gets the stylish view")
    .option("--examples", EXAMPLES_HELP)
    .option("--no-project", "check only the named paths, without loading the rest of the project for context")
    .option("--print-config [file]", "print the resolved config (for a file: with the overrides that match it) as a config file, and exit")
    .option("--baseline <file>", "accepted findings to leave out (default: ogp-baseline.json in the project's root, when it exists)")
    .option("--write-baseline", "record today's findings as accepted in the baseline file, and exit")
    .option("-q, --quiet", "report errors only (warnings and info are not shown and do not fail the run)")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", integer)
    .option("--today <date>", "judge due dates as of this day, YYYY-MM-DD (default: today, UTC)", day)
    .option("--cache", "keep what each file's content gives (parse, schema check, positions) by content hash and reuse it while the file is unchanged (the graph checks always run)")
    .option("--cache-location <file>", "where --cache keeps its file (default: .ogpcache); implies --cache")
    .addHelpText(
      "after",
      `
Examples:
  ogp lint                              lint the plans folder
  ogp lint plans/2023 --format json     one folder, as JSON
  ogp lint --today 2025-07-01           which deliverables will be overdue on 1 July 2025

Rules (id, default severity):
${[...RULES, UNUSED_DISABLE].map((r) => `  ${r.id.padEnd(24)} ${r.defaultSeverity.padEnd(8)} ${wrap(r.description, 36, 100)}`).join("\n")}

Output: 'stylish' groups problems by file as 'line:col  severity  message  rule' with a summary;
'json' prints { schemaVersion, problems: [{ file, line, column, severity, rule, messageId, message,
related? }], errorCount, warningCount, infoCount, documents, nodes } (schemas/lint-report.schema.json).
Files are relative to the working directory; lines and columns start at 1.
'github' prints GitHub Actions annotations; 'sarif' is SARIF 2.1.0 for GitHub code scanning;
'junit' is JUnit XML (one testsuite per file) for CI test reports.

Examples:
  ogp lint --format sarif --output ogp.sarif    SARIF to a file, problems on the terminal
  ogp lint --format junit -o ogp-junit.xml
  ogp lint plans/a.yaml plans/b.yaml           report on two files, resolving references across the project
  ogp lint --print-config plans/2015/strategy.yaml

Accepting a finding: '# ogp-disable-next-line <rule>[, <rule>] -- <reason>' on the line above it,
or '# ogp-disable-line <rule> -- <reason>' at its end; or all of today's with --write-baseline.

Inside a project (an ogp.config.yaml, or a ./plans folder), named files are checked with the whole
project loaded, so references into files not named still resolve; only the named files are reported.

Cache: 'ogp lint --cache' keeps parse and schema results in .ogpcache (or --cache-location), keyed by each
file's content, ogp's and Node's versions, the schemas and the config; a cache that does not match is
ignored and rewritten.
  ogp lint plans --cache
  ogp lint plans --cache-location /tmp/ogp-cache`,
    )
    .action(async (paths: string[], options, command: Command) => {
      const { runLint } = await import("../commands/lint/run.js");
      process.exitCode = await runLint(paths, options, globalsOf(command));
    });

  program
    .command("graph")
    .description("print the whole plan graph: documents, nodes and links")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "dot", "mermaid"]).default("json"))
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
    )
    .action(async (paths: string[], options, command: Command) => {
      const { runGraph } = await import("../commands/graph/run.js");
      process.exitCode = await runGraph(paths, options, globalsOf(command));
    });

  program
    .command("show")
    .description("show one node (or document): its text, parent, children and every link in and out")
    .argument("<ref>", "the node's reference, '<document-id>/<node-id>', or a document id")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--examples", EXAMPLES_HELP)
    .action(async (ref: string, paths: string[], options, command: Command) => {
      const { runShow } = await import("../commands/show/run.js");
      process.exitCode = await runShow(ref, paths, options, globalsOf(command));
    });

  program
    .command("lsp")
    .description("run the language server for editors: diagnostics, go to definition, references, rename, completion")
    .argument("[paths...]", "plan files or folders; default: the workspace's plans folder, or the whole workspace when it has none")
    .option("--stdio", "talk the Language Server Protocol over stdin and stdout (the default; editors pass it by convention)")
    .addOption(new Option("--clientProcessId <pid>", "the editor's process id (passed by VS Code; the server exits with it)").hideHelp())
    .addHelpText(
      "after",
      `
Started by an editor, not by hand: it reads JSON-RPC on stdin and writes it on stdout. It
reports the same problems as 'ogp lint' as you type (open buffers override the files on disk),
and offers go to definition, find references, hover, rename, completion of references, the
outline and a code lens "advanced by N deliverables" on each goal. Clients may pass
initializationOptions { "paths": ["plans"], "debounceMs": 250 }. It exits 0 after the client's
'shutdown' and 'exit', 1 when the client goes away without them.

Examples:
  ogp lsp --stdio                   what an editor runs (VS Code, Neovim, Helix: see the README)
  ogp lsp --stdio plans/2023        only the plans in plans/2023`,
    )
    .action(async (paths: string[], options) => {
      const { runLsp } = await import("../commands/lsp/run.js");
      process.exitCode = await runLsp(paths, options);
    });

  program
    .command("coverage")
    .description("which goals of a strategy a workplan's deliverables advance, where the holes are, and a gate for CI")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(COVERAGE_FORMATS)).default("table"))
    .option("--workplan <id>", "report this workplan only (default: every workplan, each against its strategy)")
    .option("--strategy <id>", "measure against this version of the strategy instead of the workplan's own: each link counts for its version there, paired by derivedFrom first, then as ogp diff pairs them (rows marked ⇄ name the pair)")
    .option("--depth <n>", "rows down to this level: 1 = goals, 2 = their objectives or strategies, ... (default 1; all levels with --of indicators)", positive)
    .addOption(new Option("--of <what>", "what covers the goals").choices(["deliverables", "indicators"]).default("deliverables"))
    .addOption(new Option("--by <axis>", "table rows: goals, or deliverables (the matrix turned round)").choices(["goal", "deliverable"]).default("goal"))
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
    )
    .action(async (paths: string[], options, command: Command) => {
      const { runCoverage } = await import("../commands/coverage/run.js");
      process.exitCode = await runCoverage(paths, options, globalsOf(command));
    });

  program
    .command("diff")
    .description("what changed between two versions of a plan, matched by meaning, with its impact on deliverables")
    .argument("[sides...]", "old and new: each a YAML file, a document id, a node reference ('<doc>/<node>') or '<git-ref>:<path>'; with --git, the paths to compare")
    .option("--plans <paths...>", "where document ids and node references are looked up (default: the project's plans, from ogp.config.yaml or ./plans)")
    .option("--examples", "look document ids and node references up in the OGP plans shipped with ogp (to try ogp diff out)")
    .option("--git <ref>", "compare every plan at a git revision with the working tree (the working tree is not touched)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
    .option("--level <level>", "report only goals ('goals') or nodes down to a depth (1: the top level)")
    .option("--strict", "report typographic variants (curly quotes, dashes, spaces) as changes")
    .option("--explain", "list every pair with its score broken down (title, text, context, links, type)")
    .option("--pin <old=new...>", "force a pair ('old=new') or forbid one ('old!=new'); repeatable, or a file of such lines")
    .addOption(new Option("--fail-on <kind>", "exit 1 when a change of this kind is present").choices(["breaking", "suspect", "any"]))
    .option("--exit-code", "exit 1 when there is any difference (as git diff)")
    .option("--evolution", "the lineage of goals across two or more generations (document ids, oldest first), as a table")
    .addHelpText(
      "after",
      `
Nodes are paired by id, then by derivedFrom links, then by meaning (title and text words weighted by
rarity, context, deliverables in common, type), as one optimal assignment, so a goal reworded,
renumbered or promoted from a strategy is one change. Every field the plan schemas define is compared,
the id too. A change is 'breaking' when it leaves a deliverable's or a link's reference pointing at
nothing (a node removed, given a new id, split or merged) or outside the strategy: the deliverables
are listed with the reference to re-point to; 'suspect' when an advanced node was reworded. Output:
a summary, then the changes grouped by parent, the top level first, to the width of COLUMNS.
Exit codes: 0 (or no --fail-on match), 1 when --fail-on or --exit-code finds changes, 2 usage.
JSON output follows schemas/diff-output.schema.json.

Examples:
  ogp diff ogp-strategy-2023-draft ogp-strategy-2023 --level goals
  ogp diff ogp-strategy-2023-draft/civic-space ogp-strategy-2023/civic-space
  ogp diff HEAD~1:plans/2023/strategy.yaml plans/2023/strategy.yaml --format markdown
  ogp diff --git main plans --fail-on breaking
  ogp diff draft.yaml approved.yaml --explain --pin 's/g3=t/g4'
  ogp diff --evolution ogp-strategy-2015 ogp-3yp-2020 ogp-strategy-2023`,
    )
    .action(async (sides: string[], options, command: Command) => {
      const { runDiff } = await import("../commands/diff/run.js");
      process.exitCode = await runDiff(sides, options, globalsOf(command));
    });

  program
  const importCommand = program.command("import").description("convert plans from another format into ogp plan files");
  importCommand
    .command("stratml")
    .description("import StratML (ISO 17469-1) plans: one strategy YAML per document, with a summary of what was dropped or changed")
    .argument("<files...>", "StratML files: Part 1 or 2 (2009, 2011 or ISO namespaces, or none), Part 3 (2014) or 3.5 (OrganizationalStrategyDocument); UTF-8, UTF-16 or the encoding their XML declaration names")
    .option("-o, --output <dir>", "folder to write the plan files into (created if missing)", ".")
    .addOption(new Option("--out <dir>", "the old spelling of --output, kept for scripts").hideHelp())
    .option("--force", "overwrite plan files that already exist")
    .addOption(new Option("-f, --format <format>", "summary format").choices(["text", "json"]).default("text"))
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
    )
    .action(async (files: string[], options, command: Command) => {
      const { runImportStratml } = await import("../commands/import-stratml/run.js");
      process.exitCode = await runImportStratml(files, withOutput(options), globalsOf(command.parent!));
    });

  const exportCommand = program.command("export").description("write an ogp plan in another format");
  exportCommand
    .command("stratml")
    .description("export a strategy or a work plan as ISO StratML (Part 2 PerformancePlanOrReport by default, or Part 1 StrategicPlan)")
    .argument("<document-id>", "the strategy or work plan to export, such as ogp-strategy-2015 or ogp-workplan-2023")
    .argument("[paths...]", PATHS_HELP)
    .addOption(new Option("--part <part>", "StratML part: 2 (performance plan, with indicators) or 1 (strategic plan)").choices(["1", "2"]).default("2"))
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
    )
    .action(async (documentId: string, paths: string[], options, command: Command) => {
      const { runExportStratml } = await import("../commands/export-stratml/run.js");
      process.exitCode = await runExportStratml(documentId, paths, withOutput(options), globalsOf(command.parent!));
    });

  program
    .command("init")
    .description("scaffold a plan repository: ogp.config.yaml, a strategy, a work plan, a deliverable, a GitHub Actions workflow, a pre-commit hook, a README and .gitignore")
    .argument("[dir]", "the folder to scaffold (created if missing)", ".")
    .option("--force", "overwrite the scaffold's files that already exist (without it, existing files are kept and listed)")
    .option("--readme", "add a section about the plans to an existing README.md")
    .addHelpText(
      "after",
      `
In a repository that already has some of these files, init writes the missing ones and lists
those it kept. .gitignore is created, or extended with the lines it lacks (node_modules/,
.ogpcache), keeping its own.

Examples:
  npm install --save-dev plans-as-code && npx ogp init && npx ogp lint
  ogp init my-plans
  ogp init --readme          (in a repository with a README of its own)`,
    )
    .action(async (dir: string, options: { force?: boolean; readme?: boolean }) => {
      const { runInit } = await import("../commands/init/run.js");
      process.exitCode = await runInit(dir, options);
    });

  program
    .command("schema")
    .description("print a JSON Schema (self-contained), for editors and other tools; without a kind, list the schema files")
    .addArgument(new Argument("[kind]", "which schema").choices(SCHEMA_KINDS))
    .addHelpText(
      "after",
      `
The plan files' schemas (strategy, workplan, deliverable, with common's definitions copied in),
ogp.config.yaml's and the baseline's, and the contracts of every command's JSON output.

Examples:
  ogp schema strategy > strategy.schema.json
  ogp schema coverage-output     what 'ogp coverage --format json' prints
  ogp schema                     list the schema files of the installed package (for $schema modelines)`,
    )
    .action(async (kind: SchemaKind | undefined) => {
      const { runSchema } = await import("../commands/schema/run.js");
      process.exitCode = runSchema(kind);
    });

  program
    .command("report")
    .description("write one self-contained HTML report: overview, coverage heatmap, plan graphs, node details")
    .argument("[paths...]", PATHS_HELP)
    .option("-o, --output <file>", "the HTML file to write ('-' for standard output; its folder created if missing)", "report.html")
    .addOption(new Option("--out <file>", "the old spelling of --output, kept for scripts").hideHelp())
    .option("--force", "overwrite the output file when it exists")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(REPORT_FORMATS)).default("html"))
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
    )
    .action(async (paths: string[], options, command: Command) => {
      const { runReport } = await import("../commands/report/run.js");
      process.exitCode = await runReport(paths, withOutput(options), globalsOf(command));
    });

  suggestChoices(program);
  return program;
}

/**
 * Every option and argument with fixed choices answers a value outside them with the choice it
 * most likely means ("--format md": did you mean 'markdown'?), as the rest of ogp's messages do.
 */
function suggestChoices(command: Command): void {
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

async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A closed pipe (`ogp graph | head`) is not a failure of ours; any other (a full disk) is one line and exit 2.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`ogp: cannot write the output: ${writeProblem(error)}\n`);
    process.exit(EXIT.usage);
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

// Not awaited at the top level: the bundle's chunks are CommonJS (scripts/build.mjs); main reports its own errors.
void main(process.argv.slice(2));

/** --output, or the old spelling --out (hidden, kept so that scripts do not break), as the commands' `out`. */
function withOutput<T extends { output?: string; out?: string }>(options: T): T & { out: string } {
  return { ...options, out: (options.out ?? options.output)! };
}
