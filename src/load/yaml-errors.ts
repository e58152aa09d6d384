import { isAlias, isMap, isScalar, visit, type Document, type Node, type YAMLError } from "yaml";
import { findingFrom } from "../core/messages.js";
import type { Finding, Location } from "../core/problem.js";
import { planNodeHolder, type AliasIndex } from "./aliases.js";
import { plainYamlError } from "./yaml-syntax-words.js";
import type { ParsedSource } from "./parsed-source.js";
import { slipFindings } from "./slips.js";
import { INVALID_FILE_MESSAGES, YAML_DUPLICATE_KEY_MESSAGES, YAML_SYNTAX_MESSAGES } from "./messages.js";


/**
 * The parser's errors as findings in a plan editor's words where one of ours fits, at the place to
 * fix; one finding per place (the parser often gives two errors for one slip).
 */
export function yamlErrorFindings(errors: readonly YAMLError[], file: string, text: string, maxDepth: number, source: ParsedSource): Finding[] {
  const lines = text.split(/\r?\n/);
  // A slip plan authors make often (a tab, a lost '- ') is said once, instead of the parser's cascade.
  const slip = slipFindings(errors, file, lines, source);
  const findings: Finding[] = slip ? [...slip.findings] : [];
  const seen = new Set<string>(findings.map((f) => `${f.at.position!.line}:${f.at.position!.column}`));
  for (const error of errors) {
    if (slip?.explained.has(error)) continue;
    const start = source.lineCounter.linePos(error.pos[0]);
    const end = source.lineCounter.linePos(error.pos[1]);
    const finding = plainYamlError(error, { line: start.line, column: start.col }, lines, file)
      ?? yamlErrorFinding(error, { file, position: { line: start.line, column: start.col, endLine: end.line, endColumn: end.col } }, maxDepth, source);
    const position = finding.at.position!;
    const key = `${position.line}:${position.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** One parser error as a finding worded from the load stage's tables, at the given place. */
export function yamlErrorFinding(error: YAMLError, at: Location, maxDepth: number, source?: ParsedSource): Finding {
  switch (error.code) {
    case "DUPLICATE_KEY":
      return duplicateKeyFinding(error, at, source);
    case "RESOURCE_EXHAUSTION":
      return findingFrom("invalid-file", INVALID_FILE_MESSAGES, "tooDeepToParse", { limit: maxDepth }, at);
    case "MULTIPLE_DOCS":
      return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "multipleDocuments", {}, at);
    case "TAB_AS_INDENT":
      return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "tabIndent", {}, at);
    default:
      return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "syntax", { detail: parserSentence(error.message) }, at);
  }
}

/** The yaml package's messages end with a position and a code frame: keep the sentence. */
function parserSentence(message: string): string {
  const [firstLine = ""] = message.split("\n");
  return firstLine.replace(/ at line \d+, column \d+:?$/, "");
}

/** A duplicate key, named, with its first definition in the same mapping as the related place. */
function duplicateKeyFinding(error: YAMLError, at: Location, source: ParsedSource | undefined): Finding {
  const pair = source && firstDefinition(source.document, error.pos[0]);
  if (!pair || !source) return findingFrom("yaml-duplicate-key", YAML_DUPLICATE_KEY_MESSAGES, "duplicateKey", {}, at);
  const start = source.lineCounter.linePos(pair.firstOffset);
  const data = { key: pair.key };
  return findingFrom("yaml-duplicate-key", YAML_DUPLICATE_KEY_MESSAGES, "duplicateKeyNamed", data, at, [
    { at: { file: at.file, position: { line: start.line, column: start.col } }, messageId: "firstDefinition", data },
  ]);
}

/** The key repeated at `offset` and where its first definition in the same mapping starts. */
function firstDefinition(document: Document.Parsed, offset: number): { key: string; firstOffset: number } | undefined {
  return repeatedKeys(document).get(offset);
}

const repeatedKeyMaps = new WeakMap<Document.Parsed, Map<number, { key: string; firstOffset: number }>>();

/** Every repeated key of a document by its offset, with its first definition: one walk, however many duplicates (a walk per duplicate was quadratic). */
function repeatedKeys(document: Document.Parsed): Map<number, { key: string; firstOffset: number }> {
  let repeated = repeatedKeyMaps.get(document);
  if (repeated) return repeated;
  repeatedKeyMaps.set(document, (repeated = new Map()));
  const found = repeated;
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Map<string, number>();
      for (const item of map.items) {
        const key = item.key as Node | null;
        if (!isScalar(key) || !key.range) continue;
        const text = String(key.value);
        const first = seen.get(text);
        if (first !== undefined) found.set(key.range[0], { key: text, firstOffset: first });
        else seen.set(text, key.range[0]);
      }
      return undefined;
    },
  });
  return found;
}

/** A carriage return not followed by a line feed: a file saved with CR-only line ends, which YAML does not break lines at. */
export function crOnlyLineEnds(file: string, text: string): Finding | undefined {
  const offset = text.search(/\r(?!\n)/);
  if (offset < 0 || offset === text.length - 1 && !text.slice(0, -1).includes("\r")) return undefined;
  return findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "crLineEnds", {}, { file, position: { line: 1, column: offset + 1 } });
}

/**
 * Well-formed YAML that no plan can hold, named before the data is built: a key that is a list or
 * mapping (`? [a, b]`), which has no path a message could point at; an alias inside the very
 * value its anchor names, which would make the value contain itself (endless nesting); and an
 * alias of plan nodes, which would repeat their ids (one finding at the alias, not one per copy).
 */
export function structureProblems(file: string, text: string, { document, lineCounter }: ParsedSource, aliases: AliasIndex): Finding[] {
  const findings: Finding[] = [];
  // Walking the tree costs time on every file; plans rarely have keys written '? ' or '[...]: '.
  const mayHaveComplexKey = /^[ \t-]*(\?(\s|$)|[[{])/m.test(text);
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, position: { line, column: col } };
  };
  if (mayHaveComplexKey) {
    visit(document, {
      Pair(_, pair) {
        const key = pair.key as Node | null;
        if (key && !isScalar(key) && !isAlias(key) && key.range) findings.push(findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "complexKey", {}, at(key.range[0])));
      },
    });
  }
  const holdsPlanNode = planNodeHolder();
  for (const { alias, target } of aliases.aliases) {
    if (!target || !alias.range) continue;
    const [start, end] = target.range ?? [0, 0];
    if (alias.range[0] >= start && alias.range[0] < end) {
      findings.push(findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "aliasInItself", { name: alias.source }, at(alias.range[0])));
    } else if (holdsPlanNode(target)) {
      findings.push(findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, "aliasOfPlanNodes", { name: alias.source }, at(alias.range[0])));
    }
  }
  return findings;
}
