import { Command, Option } from "@commander-js/extra-typings";
import { wrapWords } from "../../core/fit-text.js";
import { LINT_FORMATS } from "../../formatters/lint-formats.js";
import { LINT_RUN_RULES } from "../../runs/lint-rules.js";
import { day, EXAMPLES_HELP, formatNames, integer, PATHS_HELP } from "../options.js";

/** `ogp lint`: its options, arguments and help (the rules' table comes from the rules themselves). */
export const lintDefinition = new Command("lint")
  .description("check plans: YAML syntax, schema, ids, references, numbering, coverage gaps, periods")
  .argument("[paths...]", PATHS_HELP)
  .addOption(new Option("-f, --format <format>", "output format (default: github when GITHUB_ACTIONS is set, else stylish)").choices(formatNames(LINT_FORMATS)))
  .option("-o, --output <file>", "write the report in --format to this file (whole or not at all); the terminal still gets the stylish view")
  .option("--examples", EXAMPLES_HELP)
  .option("--no-project", "check only the named paths, without loading the rest of the project for context")
  .option("--print-config [file]", "print the resolved config (for a file: with the overrides that match it) as a config file, and exit")
  .option("--baseline <file>", "accepted findings to leave out (default: ogp-baseline.json in the project's root, when it exists)")
  .option("--write-baseline", "record today's findings as accepted in the baseline file, and exit")
  .option("-q, --quiet", "report errors only (warnings and info are not shown and do not fail the run)")
  .option("--max-warnings <n>", "exit 1 when there are more than n warnings", integer)
  .option("--today <date>", "judge due dates as of this day, YYYY-MM-DD (default: today, UTC)", day)
  .option("--cache", "keep what each file's content gives (parse, schema check, positions) and what the run found, by content hash, and reuse it while the files are unchanged (the checks across files run again whenever any file changed)")
  .option("--cache-location <file>", "where --cache keeps its file (default: .ogpcache); implies --cache")
  // A function, so that the rule table is made only when the help is shown, not on every run.
  .addHelpText(
    "after",
    () => `
Examples:
  ogp lint                              lint the plans folder
  ogp lint plans/2023 --format json     one folder, as JSON
  ogp lint --today 2025-07-01           which deliverables will be overdue on 1 July 2025

Rules (id, default severity):
${LINT_RUN_RULES.map((r) => `  ${r.id.padEnd(24)} ${r.defaultSeverity.padEnd(8)} ${wrap(r.description, 36, 100)}`).join("\n")}

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

Cache: 'ogp lint --cache' keeps parse and schema results and the run's findings in .ogpcache (or
--cache-location), keyed by each file's content (a file whose size and times are unchanged is not hashed
again), ogp's version and build, Node's version, the schemas and the config; a cache that does not match
is ignored and rewritten.
  ogp lint plans --cache
  ogp lint plans --cache-location /tmp/ogp-cache`,
  );

/** The options of `ogp lint` as commander parses them. */
export type LintCommandOptions = ReturnType<typeof lintDefinition.opts>;

/** Wraps text to `width` columns, continuing lines at `indent` spaces (help text stays readable in an 100-column terminal). */
function wrap(text: string, indent: number, width: number): string {
  return wrapWords(text, { first: width - indent }).join(`\n${" ".repeat(indent)}`);
}
