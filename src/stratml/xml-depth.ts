/**
 * Elements nested deeper than this are refused before saxes reads the file: saxes with
 * namespaces slows down with depth (40,000 levels: 25 s; 100,000: 110 s) and the import's tree
 * walks recurse per level. A StratML plan nests about six levels; the YAML loader's limit is 200 too.
 */
export const MAX_XML_DEPTH = 200;

/**
 * The offset of the first start tag nested deeper than `limit`, found in one pass over the text
 * (comments, CDATA, processing instructions, the DOCTYPE and quoted attribute values skipped),
 * or undefined when the text nests no deeper. Not a parser: a text it misreads is left to saxes.
 */
export function xmlTooDeepAt(text: string, limit = MAX_XML_DEPTH): number | undefined {
  let depth = 0;
  let i = text.indexOf("<");
  while (i >= 0) {
    let end: number;
    if (text.startsWith("<!--", i)) end = after(text, "-->", i + 4);
    else if (text.startsWith("<![CDATA[", i)) end = after(text, "]]>", i + 9);
    else if (text[i + 1] === "?") end = after(text, "?>", i + 2);
    else if (text[i + 1] === "!") end = endOfDeclaration(text, i);
    else if (text[i + 1] === "/") {
      depth--;
      end = after(text, ">", i + 2);
    } else {
      end = endOfTag(text, i);
      if (text[end - 2] !== "/" && ++depth > limit) return i;
    }
    if (end < 0) return undefined;
    i = text.indexOf("<", end);
  }
  return undefined;
}

/** The offset just past `token` from `from`, or -1. */
function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/** Just past a start tag's `>`, skipping quoted attribute values; -1 when it never ends. */
function endOfTag(text: string, open: number): number {
  let quote: string | undefined;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j + 1;
  }
  return -1;
}

/** Just past a `<!DOCTYPE ...>`, whose internal subset in `[...]` may hold `>`; -1 when it never ends. */
function endOfDeclaration(text: string, open: number): number {
  let brackets = 0;
  for (let j = open + 2; j < text.length; j++) {
    const c = text[j];
    if (c === "[") brackets++;
    else if (c === "]") brackets--;
    else if (c === ">" && brackets <= 0) return j + 1;
  }
  return -1;
}

/** 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
