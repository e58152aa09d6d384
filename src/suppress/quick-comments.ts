/** A YAML comment with its line and column (1-based), as the lexer gives it. */
export type Comment = { line: number; column: number; text: string };

/** What every inline disable comment holds (`# ogp-disable-line`, `# ogp-disable-next-line`). */
export const DIRECTIVE_MARKER = "ogp-disable";
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t\r]|$)/m;

/**
 * The comments holding `ogp-disable` in a parsed file's text, found without the YAML lexer where
 * the text leaves no doubt; undefined where only the lexer can tell (directives.ts then runs it).
 * Lexing cost a cold lint of 20 copies of the shipped plans about 100 ms, more than a tenth of the
 * run, for two comments a file.
 *
 * A `#` that follows a space, a tab or the start of its line begins a comment, unless it stands in
 * a quoted or block string. In such a string "ogp-disable" would be part of a value or key of the
 * parsed data; a plain string never holds " #". So when no key or value of `data` holds the
 * marker, no line before the `#` holds a quote and the text has one document, the first such `#`
 * on each line that holds the marker begins its comment, which runs to the line's end.
 */
export function commentsWithoutLexer(text: string, data: unknown): Comment[] | undefined {
  if (data === undefined || holdsMarker(data) || DOCUMENT_MARKER.test(text)) return undefined;
  const found: Comment[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? "").replace(/\r$/, "");
    if (!line.includes(DIRECTIVE_MARKER)) continue;
    const hash = commentStart(line);
    if (hash === undefined) return undefined;
    if (/["']/.test(line.slice(0, hash))) return undefined;
    const comment = line.slice(hash);
    if (comment.includes(DIRECTIVE_MARKER)) found.push({ line: index + 1, column: hash + 1, text: comment });
  }
  return found;
}

/** Where the first `#` after a space, a tab or the line's start stands; undefined when none does. */
function commentStart(line: string): number | undefined {
  for (let i = line.indexOf("#"); i !== -1; i = line.indexOf("#", i + 1)) {
    if (i === 0 || line[i - 1] === " " || line[i - 1] === "\t") return i;
  }
  return undefined;
}

/** Whether any key or string value of the data holds the marker (iterative: deep data cannot overflow the stack). */
function holdsMarker(data: unknown): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.includes(DIRECTIVE_MARKER)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes(DIRECTIVE_MARKER)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}
