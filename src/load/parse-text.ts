import type { DocPath, Finding } from "../core/problem.js";
import { INVALID_FILE_MESSAGES, NOT_A_PLAN_MESSAGES, YAML_SYNTAX_MESSAGES } from "./messages.js";
import { aliasIndex, type AliasIndex } from "./aliases.js";
import { tooDeepAt } from "./nesting-scan.js";
import { fastParse } from "./fast-parse.js";
import type { TextReader } from "./formats.js";
import { LIMITS } from "./limits.js";
import { fileProblem, parsedFile, type FileName, type LoadedFile, type ParsedText } from "./loaded-file.js";
import { mergedKeyCount } from "./merges.js";
import { deepestNesting } from "./nesting.js";
import type { ParsedSource } from "./parsed-source.js";
import { crOnlyLineEnds, structureProblems, yamlErrorFindings } from "./yaml-errors.js";
import { linePos, lineStartsOf, YamlSource } from "./yaml-source.js";

// The reading half of the YAML format (yaml-format.ts), imported on first need: a run served
// wholly by the cache loads neither parser.

/** The YAML format's reader: what the loader calls once the text is decoded. */
export const YAML_READER: TextReader = {
  parse: parseYaml,
  positionsIn(text) {
    const source = new YamlSource(text);
    return (path, atKey = false) => source.plainPosition(path, atKey);
  },
};

/** Parses plan text into its document; for callers that hold text in memory (an editor buffer, a file at a git revision, tests). */
export function parseText(name: FileName, text: string): LoadedFile {
  return parsedFile(name, parseYaml(name, text));
}

/** Parses YAML plan text: its data (by the fast path when it can), its problems, and its positions. */
export function parseYaml({ file }: FileName, text: string): ParsedText {
  const source = new YamlSource(text);
  const parsedPositions = { text, positionOf: (path: DocPath, atKey = false) => source.parsedPosition(path, atKey) };
  const failed = (...findings: Finding[]): ParsedText => ({ ...parsedPositions, findings });
  const lineEnds = crOnlyLineEnds(file, text);
  if (lineEnds) return failed(lineEnds);
  // The fast path declines aliases and explicit/collection keys, so structureProblems has nothing to find there.
  const fast = fastParse(text, LIMITS.maxDepth);
  // Positions from a scan of the text, without a second parse; `yaml` where the scan is not sure.
  if (fast.ok) return { text, data: fast.data, findings: [], positionOf: (path, atKey = false) => source.plainPosition(path, atKey) };
  // Measured before `yaml` parses: it slows down with flow nesting and recurses per compact list.
  const deep = tooDeepAt(text, LIMITS.maxParseDepth);
  if (deep !== undefined) {
    const at = linePos(lineStartsOf(text), deep);
    return failed(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooDeepToParse", { limit: LIMITS.maxDepth }, at.line, at.col));
  }
  const findings: Finding[] = [];
  const parsed = source.document();
  // First, so that the cap of problems listed per file keeps it.
  if (source.stoppedEarly()) findings.push(fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooManyErrors", { limit: LIMITS.maxParseErrors }));
  addAll(findings, yamlErrorFindings(parsed.document.errors, file, text, LIMITS.maxDepth, parsed));
  if (parsed.document.errors.length > 0) return { ...parsedPositions, findings };
  const outcome = documentData(file, text, parsed);
  if ("data" in outcome) return { ...parsedPositions, data: outcome.data, findings };
  addAll(findings, outcome.findings);
  return { ...parsedPositions, findings };
}

/**
 * The data of a document `yaml` parsed without errors, or the problems that refuse it: an empty
 * file, more aliases or merged keys than can be expanded, keys no plan has, nesting too deep.
 */
function documentData(file: string, text: string, source: ParsedSource): { data: unknown } | { findings: readonly Finding[] } {
  const { document, lineCounter } = source;
  if (document.contents === null) return { findings: [fileProblem(file, "not-a-plan", NOT_A_PLAN_MESSAGES, "emptyFile")] };
  const aliases: AliasIndex = text.includes("*") ? aliasIndex(document) : { aliases: [], targetOf: () => undefined };
  // More aliases than can be expanded are refused before anything walks them (one walk per alias in `yaml`).
  const pastLimit = aliases.aliases[LIMITS.maxAliasCount]?.alias.range;
  if (pastLimit) {
    const at = lineCounter.linePos(pastLimit[0]);
    return { findings: [fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxAliasCount }, at.line, at.col)] };
  }
  const structure = structureProblems(file, text, source, aliases);
  if (structure.length > 0) return { findings: structure };
  if (mergedKeyCount(document, LIMITS.maxMergedKeys, aliases) > LIMITS.maxMergedKeys) {
    // Merged keys are alias expansions too: named with the alias bomb's words and this limit.
    return { findings: [fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxMergedKeys })] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    return { findings: [aliasProblem(file, source, error, aliases)] };
  }
  const depth = deepestNesting(data, LIMITS.maxDepth);
  if (depth > LIMITS.maxDepth) return { findings: [fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooDeep", { limit: LIMITS.maxDepth })] };
  return { data };
}

/** Appends in a loop: a spread of 150,000 findings overflows the call stack. */
function addAll(findings: Finding[], more: readonly Finding[]): void {
  for (const finding of more) findings.push(finding);
}

/** toJS() throws for aliases: an undefined anchor (a typo, at the alias) or an expansion bomb. */
function aliasProblem(file: string, { lineCounter }: ParsedSource, error: unknown, aliases: AliasIndex): Finding {
  const message = error instanceof Error ? error.message : String(error);
  if (/Excessive alias count/.test(message)) {
    return fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "aliasBomb", { limit: LIMITS.maxAliasCount });
  }
  const first = aliases.aliases.find(({ target }) => !target);
  if (first) {
    const at = lineCounter.linePos(first.alias.range?.[0] ?? 0);
    return fileProblem(file, "yaml-syntax", YAML_SYNTAX_MESSAGES, "undefinedAlias", { name: first.alias.source }, at.line, at.col);
  }
  return fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "unreadable", { detail: message });
}
