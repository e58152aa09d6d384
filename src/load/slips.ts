import { isMap, isScalar, isSeq, visit, type Node, type YAMLError } from "yaml";
import { findingFrom } from "../core/messages.js";
import type { Finding } from "../core/problem.js";
import { YAML_SYNTAX_MESSAGES } from "./messages.js";
import type { ParsedSource } from "./parsed-source.js";

// The slips plan authors make most, each of which the parser answers with a cascade of errors in
// its own words (a tab: 5 errors; the first key indented: 50 and more): recognised from the text
// and the errors together, and said once, at the line the person typed, with the edit that fixes
// it. When one is recognised, its findings replace the parser's errors it explains.

interface Line {
  /** 1-based. */
  number: number;
  text: string;
  indent: number;
}

const isContent = (text: string) => text.trim() !== "" && !text.trimStart().startsWith("#") && !/^(---|\.\.\.)\s*$/.test(text);

function contentLines(lines: readonly string[]): Line[] {
  const out: Line[] = [];
  lines.forEach((text, i) => {
    if (isContent(text)) out.push({ number: i + 1, text, indent: /^[ \t]*/.exec(text)![0].length });
  });
  return out;
}

/** The key a line starts (after any '- '), with the column it starts at (0-based) and whether the line ends with ':' (opening a block). */
function keyOf(text: string): { key: string; column: number; opens: boolean } | undefined {
  const match = /^([ \t]*(?:-[ \t]+)*)([^\s:#'"\-[{][^:#]*?)[ \t]*:(?:[ \t]|$)/.exec(text);
  if (!match) return undefined;
  const [, indent = "", key = ""] = match;
  return { key, column: indent.length, opens: /:\s*(#.*)?$/.test(text) };
}

const place = (line: number, column: number) => ({ line, column });

/**
 * Findings for a recognised slip, replacing the parser's errors (all of them, or with a lost dash
 * the duplicate-key errors it explains, returned in `explained`); undefined when none is recognised.
 */
export function slipFindings(errors: readonly YAMLError[], file: string, lines: readonly string[], source: ParsedSource): { findings: Finding[]; explained: Set<YAMLError> } | undefined {
  if (errors.length === 0) return undefined;
  const report = (messageId: keyof typeof YAML_SYNTAX_MESSAGES, data: Record<string, string | number>, at: { line: number; column: number }) =>
    findingFrom("yaml-syntax", YAML_SYNTAX_MESSAGES, messageId, data, { file, position: at });
  const all = new Set(errors);
  const content = contentLines(lines);
  const firstErrorLine = Math.min(...errors.map((e) => source.lineCounter.linePos(e.pos[0]).line));

  // A tab in the indentation: one finding per such line, with the spaces to type instead.
  // Only where the parser stumbled: a tab inside a block scalar's text is content, not indentation.
  const errorLines = new Set(errors.map((e) => source.lineCounter.linePos(e.pos[0]).line));
  const tabbed = content.filter((line) => /^[ \t]*\t/.test(line.text) && (errorLines.has(line.number) || errorLines.has(line.number + 1)));
  if (tabbed.length > 0) {
    return {
      explained: all,
      findings: tabbed.slice(0, 3).map((line) => {
        const above = content.filter((other) => other.number < line.number && !/^[ \t]*\t/.test(other.text)).pop();
        const aboveKey = above && keyOf(above.text);
        const key = keyOf(line.text.replace(/\t/g, " "))?.key ?? line.text.trim().slice(0, 20);
        if (!aboveKey) return report("tabIndentFirst", { key }, place(line.number, 1));
        const spaces = aboveKey.opens ? aboveKey.column + 2 : aboveKey.column;
        return report("tabIndentAdvice", { key, spaces, aboveKey: aboveKey.key, relation: aboveKey.opens ? "under" : "in line with" }, place(line.number, 1));
      }),
    };
  }

  // The first key indented while the keys after it are not: the whole file reads as a cascade.
  const first = content[0];
  if (first && first.indent > 0 && content.some((line) => line.indent < first.indent)) {
    const key = keyOf(first.text)?.key ?? first.text.trim();
    const outer = Math.min(...content.map((line) => line.indent));
    return { explained: all, findings: [report("firstKeyIndented", { key, found: first.indent, expected: outer }, place(first.number, first.indent + 1))] };
  }

  // A misaligned '- ': the line where the parser stops starts an item whose dash is in no list's column.
  const dashAt = (line: Line | undefined) => (line && /^ *- /.test(line.text) ? line.indent : undefined);
  const stopped = content.find((line) => line.number === firstErrorLine);
  const dash = dashAt(stopped);
  // The line above must not open a block: the first item of a new list may start in a column of its own.
  const above = stopped && content.filter((line) => line.number < stopped.number).pop();
  const opensList = above !== undefined && /:\s*(#.*)?$/.test(above.text);
  if (stopped && dash !== undefined && !opensList) {
    const columns = new Set(content.filter((line) => line.number < stopped.number).map(dashAt).filter((d): d is number => d !== undefined));
    const [nearest] = [...columns].sort((a, b) => Math.abs(a - dash) - Math.abs(b - dash) || a - b);
    if (nearest !== undefined && !columns.has(dash)) {
      const key = keyOf(stopped.text)?.key ?? stopped.text.trim();
      return { explained: all, findings: [report("misalignedDash", { key, found: dash, expected: nearest }, place(stopped.number, dash + 1))] };
    }
  }

  return lostDash(errors, lines, source, report);
}

/**
 * Keys repeated in a list item's mapping, the first of which starts a line: an item lost its '- ',
 * so its keys joined the item above. One finding per such item, at the key that lost its dash.
 */
function lostDash(
  errors: readonly YAMLError[],
  lines: readonly string[],
  source: ParsedSource,
  report: (messageId: keyof typeof YAML_SYNTAX_MESSAGES, data: Record<string, string | number>, at: { line: number; column: number }) => Finding,
): { findings: Finding[]; explained: Set<YAMLError> } | undefined {
  const duplicates = errors.filter((e) => e.code === "DUPLICATE_KEY");
  if (duplicates.length === 0) return undefined;
  const byOffset = new Map(duplicates.map((e) => [e.pos[0], e]));
  const findings: Finding[] = [];
  const explained = new Set<YAMLError>();
  visit(source.document, {
    Map(_, map, path) {
      const parent = path[path.length - 1] as Node | undefined;
      if (!isMap(map) || !isSeq(parent) || !parent.range) return;
      const repeated = map.items.filter((pair) => isScalar(pair.key) && pair.key.range && byOffset.has(pair.key.range[0]));
      const [firstRepeated] = repeated;
      if (!firstRepeated) return;
      const firstKey = firstRepeated.key as Node;
      // One key given twice, not the item's first key, is a plain duplicate; a lost dash repeats the item's first key or several keys.
      const opening = (map.items[0]?.key as { value?: unknown } | undefined)?.value;
      if (repeated.length === 1 && (firstKey as { value?: unknown }).value !== opening) return;
      const at = source.lineCounter.linePos(firstKey.range![0]);
      const dash = source.lineCounter.linePos(parent.range[0]).col;
      const text = lines[at.line - 1];
      // The key must start its line, at least two columns right of the list's dash, where '- ' fits.
      if (text === undefined || text.slice(0, at.col - 1).trim() !== "" || at.col - dash < 2) return;
      const fixed = `${" ".repeat(dash - 1)}-${" ".repeat(at.col - dash - 1)}${text.trim()}`;
      const keys = repeated.map((pair) => `'${String((pair.key as { value: unknown }).value)}'`).join(", ");
      findings.push(report("lostDash", { key: String((firstKey as { value?: unknown }).value), keys, fixed }, place(at.line, at.col)));
      for (const pair of repeated) explained.add(byOffset.get((pair.key as Node).range![0])!);
    },
  });
  return findings.length > 0 ? { findings, explained } : undefined;
}
