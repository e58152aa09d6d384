import type { Lexer as YamlLexer } from "yaml";
import { commentsWithoutLexer, DIRECTIVE_MARKER, type Comment } from "./quick-comments.js";
import { renderMessage, type MessageData } from "../core/messages.js";
import type { Problem, Severity } from "../core/problem.js";
import { isRuleId, RULE_IDS, type RuleId } from "../core/rule-ids.js";
import { suggestionFor } from "../core/suggest.js";
import { withProblems, type LintResult } from "../lint/lint.js";
import type { LoadedFile } from "../load/loaded-file.js";
import type { ParseCache } from "../load/cache.js";
import type { Project } from "../project/open.js";
import { UNUSED_DISABLE, type UnusedDisableMessageId } from "./unused-disable.js";
import { itemAt } from "../core/item-at.js";

// Inline suppressions, as ESLint and yamllint write them, in YAML comments:
//   # ogp-disable-next-line label-sequence, citation-mismatch -- the source numbers it so
//   title: x  # ogp-disable-line schema -- reason
// A reason is required. A directive that suppresses nothing is itself a problem (unused-disable).

const DIRECTIVE = /^#\s*ogp-disable-(next-line|line)\b(.*)$/;

/** Why a directive cannot work, as a message id of UNUSED_DISABLE_MESSAGES and its data (the directive's kind is added when reported). */
export interface Malformed {
  messageId: UnusedDisableMessageId;
  data: MessageData;
}

interface Directive {
  file: string;
  /** Where the comment is (for unused-disable). */
  line: number;
  column: number;
  /** The line whose problems it suppresses. */
  target: number;
  kind: "line" | "next-line";
  rules: RuleId[];
  /** Why the directive cannot work (malformed), when it cannot. */
  invalid?: Malformed;
}

/** Parses the text after `ogp-disable-(next-)line`: `rule[, rule] -- reason`. */
function parseBody(body: string): { rules: string[]; invalid?: Malformed } {
  const [list = "", ...reasonParts] = body.split(/\s--(?:\s|$)/);
  const rules = list.split(/[,\s]+/).filter(Boolean);
  if (rules.length === 0) return { rules, invalid: { messageId: "noRule", data: {} } };
  const unknown = rules.find((r) => !isRuleId(r));
  if (unknown) {
    const suggestions = suggestionFor(unknown, RULE_IDS);
    return { rules, invalid: suggestions ? { messageId: "unknownRuleSuggest", data: { rule: unknown, suggestions } } : { messageId: "unknownRule", data: { rule: unknown } } };
  }
  if (reasonParts.join(" -- ").trim() === "") return { rules, invalid: { messageId: rules.length > 1 ? "noReasonRules" : "noReason", data: {} } };
  return { rules };
}

/** Control tokens of the yaml lexer that stand for no source text (document start, scalar, flow end). */
const NO_SOURCE = new Set(["\u0002", "\u001f", "\u0018"]);

let Lexer: typeof YamlLexer | undefined;

/** The directive comments of each file's text, found once per text (checkDirectives reads them). */
const knownComments = new WeakMap<LoadedFile, Comment[]>();

/**
 * Finds the directive comments of every file that mentions `ogp-disable`, with the YAML lexer
 * (loaded here, only when needed), or from the cache entry of the file's content (`--cache`): a
 * warm run over files that hold directives loads no `yaml`. Comments found by the lexer go into
 * the file's cache entry. Call before applyDirectives or checkDirectives.
 */
export async function prepareDirectives(project: Pick<Project, "files"> & { cache?: Pick<ParseCache, "recordDisableComments"> }): Promise<void> {
  for (const file of project.files) {
    if (!file.text?.includes(DIRECTIVE_MARKER)) continue;
    const cached = file.cacheEntry?.disableComments;
    if (cached) {
      knownComments.set(file, cached);
      continue;
    }
    // Without the lexer where the text leaves no doubt (quick-comments.ts), else lexed.
    const found = (file.hasData ? commentsWithoutLexer(file.text, file.data) : undefined) ?? (await lexedDirectiveComments(file.text));
    knownComments.set(file, found);
    if (file.cacheEntry) project.cache?.recordDisableComments(file.cacheEntry, found);
  }
}

/** The comments of a text that hold `ogp-disable`, as the YAML lexer finds them (loaded here, on first need): what quick-comments.ts must agree with. */
export async function lexedDirectiveComments(text: string): Promise<Comment[]> {
  Lexer ??= (await import("../project/yaml-module.js")).Lexer;
  return comments(text).filter((c) => c.text.includes(DIRECTIVE_MARKER));
}

/** The YAML comments of a text with their line and column (1-based): found by the lexer, so a '#' inside a quoted or block string is not one. */
function comments(text: string): Comment[] {
  if (!Lexer) throw new Error("directive comments were asked before prepareDirectives loaded the lexer");
  const found: Comment[] = [];
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  for (const token of new Lexer().lex(text)) {
    if (NO_SOURCE.has(token)) continue;
    if (token.startsWith("#")) found.push({ line, column: offset - lineStart + 1, text: token });
    for (let i = token.indexOf("\n"); i !== -1; i = token.indexOf("\n", i + 1)) {
      line++;
      lineStart = offset + i + 1;
    }
    offset += token.length;
  }
  return found;
}

/** Every directive in one file's text (`known`: its comments, when already found). */
export function directivesIn(file: string, text: string, known?: readonly Comment[]): Directive[] {
  const lines = text.split(/\r?\n/);
  const found: Directive[] = [];
  for (const comment of known ?? comments(text)) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const kind = match[1] === "line" ? "line" : "next-line";
    let target = comment.line;
    if (kind === "next-line") {
      // The next line with content: blank lines and other comments between do not count.
      target = comment.line + 1;
      while (target <= lines.length && /^\s*(#.*)?$/.test(itemAt(lines, target - 1))) target++;
    }
    const { rules, invalid } = parseBody(match[2] ?? "");
    found.push({ file, line: comment.line, column: comment.column, target, kind, rules: rules.filter(isRuleId), ...(invalid ? { invalid } : {}) });
  }
  return found;
}

export type SettingOf = (file: string, rule: RuleId) => Severity | "off";

/** One unused-disable finding, positioned at its comment, with its message id and data (rendered when applied). */
export interface DirectiveReport {
  file: string;
  line: number;
  column: number;
  messageId: UnusedDisableMessageId;
  data: MessageData;
}

/**
 * Matches the result's problems against the project's directives: the problems no directive
 * suppresses, and a report for each directive (or rules of one) that suppressed nothing.
 */
export function checkDirectives(project: Project, result: LintResult): { kept: Problem[]; unused: DirectiveReport[] } {
  const directives = project.files.flatMap((f) => (f.text && f.text.includes(DIRECTIVE_MARKER) ? directivesIn(f.file, f.text, knownComments.get(f)) : []));
  if (directives.length === 0) return { kept: result.problems, unused: [] };
  const byTarget = new Map<string, Directive[]>();
  for (const d of directives) if (!d.invalid) byTarget.set(`${d.file}:${d.target}`, [...(byTarget.get(`${d.file}:${d.target}`) ?? []), d]);
  const used = new Set<string>();
  const kept = result.problems.filter((problem) => {
    const directive = byTarget.get(`${problem.file}:${problem.line}`)?.find((d) => d.rules.includes(problem.rule));
    if (!directive) return true;
    used.add(`${directive.file}:${directive.line}:${problem.rule}`);
    return false;
  });
  const unused: DirectiveReport[] = [];
  for (const d of directives) {
    const at = { file: d.file, line: d.line, column: d.column };
    if (d.invalid) unused.push({ ...at, messageId: d.invalid.messageId, data: { kind: d.kind, ...d.invalid.data } });
    else {
      const idle = d.rules.filter((rule) => !used.has(`${d.file}:${d.line}:${rule}`));
      if (idle.length > 0) unused.push({ ...at, messageId: idle.length === d.rules.length ? "unusedDirective" : "unusedRules", data: { kind: d.kind, rules: idle.join(", ") } });
    }
  }
  return { kept, unused };
}

/**
 * Removes the problems that directives suppress and adds an `unused-disable` problem for each
 * directive (or rule of one) that suppressed nothing, at the severity configured for its file.
 */
export function applyDirectives(project: Project, result: LintResult, settingOf: SettingOf): LintResult {
  const { kept, unused } = checkDirectives(project, result);
  if (kept === result.problems && unused.length === 0) return result;
  const reported: Problem[] = [];
  for (const report of unused) {
    const severity = settingOf(report.file, UNUSED_DISABLE.id);
    if (severity === "off") continue;
    const message = renderMessage(UNUSED_DISABLE.messages[report.messageId], report.data);
    reported.push({ file: report.file, line: report.line, column: report.column, severity, rule: UNUSED_DISABLE.id, messageId: report.messageId, message });
  }
  // `kept` is in lint's order already (file, line, column); only added reports need sorting in.
  // Skipping the sort otherwise spares a warm run the collator `localeCompare` builds (about 10 ms).
  if (reported.length === 0) return withProblems(result, kept);
  const problems = [...kept, ...reported].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return withProblems(result, problems);
}
