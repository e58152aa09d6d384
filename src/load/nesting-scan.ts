/**
 * How deep a YAML text nests, measured in one pass over the characters before any parser sees it:
 * `yaml` slows down with flow nesting (100 KB of `[` took 3 s to parse, 1 MB 15 s, 3 MB of `{`
 * 2.7 GB) and recurses once per compact list (`- - - ... x`: 5,000 dashes on one line overflowed
 * the stack). A text that opens more than `limit` levels is refused before it is parsed.
 *
 * The scan counts what certainly opens a level: `[` or `{` where a node starts (at a line's start,
 * after `- `, `? `, `: `, or inside brackets after `[`, `{`, `,`, `:`, or after an anchor or tag),
 * outside quoted scalars, comments and block scalars; and `- `, `? `, `: ` indicators where a node
 * starts (each nests the next node inside it), counted per line.
 * A `[` inside a plain scalar (`title: a [b`) does not count, so a plan that reads well is never
 * refused; a text it undercounts still goes to the parser, as before.
 */
export function tooDeepAt(text: string, limit: number): number | undefined {
  let flow = 0;
  let nodeStart = true; // whether a node may start at the next non-space character
  let lineStart = true; // only spaces and block indicators so far on this line
  let compact = 0; // block indicators on this line that each open a level
  let indent = 0;
  let blockScalarIndent = -1; // the indentation of the line that opened a block scalar, while inside one
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n") {
      [lineStart, nodeStart, compact, indent] = [true, true, 0, 0];
      // Inside a block scalar: skip every line indented deeper than its parent (or blank).
      if (blockScalarIndent >= 0) i = endOfBlockScalar(text, i + 1, blockScalarIndent) - 1;
      blockScalarIndent = -1;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      if (lineStart && compact === 0) indent++;
      continue;
    }
    const next = text[i + 1];
    const spaceAfter = next === undefined || next === " " || next === "\n" || next === "\r" || next === "\t";
    if (c === "#" && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      i = lineEnd(text, i) - 1;
      continue;
    }
    if ((c === "-" || c === "?" || c === ":") && spaceAfter && nodeStart) {
      // An indicator where a node starts opens a level inside it: `- - - x`, `- : : x`, `? ? x`.
      if (++compact > limit) return i;
      lineStart = false;
      continue;
    }
    if ((c === "?" || c === ":") && spaceAfter) {
      nodeStart = true;
      lineStart = false;
      continue;
    }
    lineStart = false;
    if (nodeStart && (c === '"' || c === "'")) {
      i = endOfQuoted(text, i);
      nodeStart = false;
      continue;
    }
    if (nodeStart && (c === "&" || c === "!")) {
      // An anchor or a tag: the node itself starts after it.
      while (i + 1 < n && !/[\s,[\]{}]/.test(text.charAt(i + 1))) i++;
      continue;
    }
    if (nodeStart && (c === "|" || c === ">") && flow === 0) {
      blockScalarIndent = indent;
      i = lineEnd(text, i) - 1;
      continue;
    }
    if (nodeStart && (c === "[" || c === "{")) {
      if (++flow > limit) return i;
      continue;
    }
    if (flow > 0 && (c === "]" || c === "}")) {
      flow--;
      nodeStart = false;
      continue;
    }
    nodeStart = flow > 0 && (c === "," || c === ":");
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** The offset of a quoted scalar's closing quote (or the text's end when it has none). */
function endOfQuoted(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\") i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/** Where a block scalar whose parent line is indented `parentIndent` ends: the first non-blank line indented no deeper. */
function endOfBlockScalar(text: string, from: number, parentIndent: number): number {
  let at = from;
  while (at < text.length) {
    let spaces = 0;
    while (text[at + spaces] === " ") spaces++;
    const c = text[at + spaces];
    const blank = c === "\n" || c === "\r" || c === undefined;
    if (!blank && spaces <= parentIndent) return at;
    at = lineEnd(text, at) + 1;
  }
  return text.length;
}
