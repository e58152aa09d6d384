// Text fitted into a width: cut short with an ellipsis, or wrapped at spaces. Every command's
// output and the CLI's help fit text through these two, so a line is cut and wrapped one way.

/**
 * Text cut to at most `max` characters, ending in '…' where it was cut, with the spaces before the
 * '…' dropped unless `keepSpaces` (a cut at exactly `max - 1` characters, as `ogp graph` draws boxes).
 */
export function shorten(text: string, max: number, options: { keepSpaces?: boolean } = {}): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1);
  return `${options.keepSpaces ? kept : kept.trimEnd()}…`;
}

/** A value on one line: its line breaks and tabs written as \n, \r and \t (as JSON writes them), so a multi-line value quoted inline keeps the lines around it in place. */
export function onOneLine(text: string): string {
  return text.replace(/[\n\r\t]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));
}

export interface WrapOptions {
  /** Characters the first line has room for. */
  first: number;
  /** Characters every later line has room for (the first line's room when not given). */
  rest?: number;
  /** A piece of text's width; its length unless told (colour codes, code points). */
  measure?: (text: string) => number;
  /** Cut a word wider than its line across lines instead of letting it run over (a long reference). */
  cutLongWords?: boolean;
}

/**
 * Words (text split at single spaces) packed greedily into lines, each as wide as its room; a word
 * joins a line that holds something with one space, and a line holds at least one word (unless
 * `cutLongWords`). The lines come without indent: the caller indents them as its output wants.
 */
export function wrapWords(text: string, options: WrapOptions): string[] {
  const measure = options.measure ?? ((piece: string) => piece.length);
  const room = (line: number) => (line === 0 ? options.first : (options.rest ?? options.first));
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && measure(current) + 1 + measure(word) <= room(lines.length)) current = `${current} ${word}`;
    else if (!current && (measure(word) <= room(lines.length) || !options.cutLongWords)) current = word;
    else {
      if (current) lines.push(current);
      current = options.cutLongWords ? cutToFit(word, lines, room) : word;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/** Pushes whole lines of a word too wide for one (cut by code points) and returns what is left of it. */
function cutToFit(word: string, lines: string[], room: (line: number) => number): string {
  let rest = [...word];
  while (rest.length > room(lines.length)) {
    const fits = Math.max(1, room(lines.length));
    lines.push(rest.slice(0, fits).join(""));
    rest = rest.slice(fits);
  }
  return rest.join("");
}
