import path from "node:path";
import { pathToFileURL } from "node:url";
import { fingerprints } from "../core/fingerprint.js";
import type { Position, Severity } from "../core/problem.js";
import type { LintResult } from "../lint/lint.js";
import type { FormatContext, RuleMeta } from "./formatter.js";

// SARIF 2.1.0, with what GitHub code scanning asks beyond the schema: help text and descriptions
// for every rule, file URIs relative to the repository root (here: the working directory, named
// %SRCROOT%), a start line on every result, partial fingerprints, at most 25,000 results a run.

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const MAX_RESULTS = 25_000;

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
function uriOf(file: string): string {
  return file.split("/").map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment))).join("/");
}

function region(position: Position) {
  return {
    startLine: position.line,
    startColumn: position.column,
    ...(position.endLine !== undefined ? { endLine: position.endLine } : {}),
    ...(position.endColumn !== undefined ? { endColumn: position.endColumn } : {}),
  };
}

function location(file: string, position: Position) {
  return { physicalLocation: { artifactLocation: { uri: uriOf(file), uriBaseId: "%SRCROOT%" }, region: region(position) } };
}

function ruleDescriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} Default severity: ${rule.defaultSeverity}. To accept a finding, add '# ogp-disable-next-line ${rule.id} -- <reason>' above it, or record it in a baseline (ogp lint --write-baseline).` },
    ...(rule.docsUrl ? { helpUri: rule.docsUrl } : {}),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

export function formatSarif(result: LintResult, context: FormatContext): string {
  const rules = [...context.rules.values()];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const problems = result.problems.slice(0, MAX_RESULTS);
  const prints = fingerprints(problems);
  const results = problems.map((problem, i) => ({
    ruleId: problem.rule,
    ...(ruleIndex.has(problem.rule) ? { ruleIndex: ruleIndex.get(problem.rule) } : {}),
    level: LEVEL[problem.severity],
    message: { text: problem.message },
    locations: [location(problem.file, problem)],
    ...(problem.related?.length ? { relatedLocations: problem.related.map((r, id) => ({ id, ...location(r.file, r), message: { text: r.message } })) } : {}),
    partialFingerprints: { "ogpFindingHash/v1": prints[i] },
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "ogp", version: context.version, semanticVersion: context.version, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
