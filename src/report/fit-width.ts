// Lines of terminal text wrapped to the terminal's width at spaces, continuing under the text
// (the line's own indent plus two), so no line of a terminal view runs past COLUMNS.

/** Characters as a terminal counts them (code points; the views use no wide characters). */
const widthOf = (text: string) => [...text].length;

/** One line of text as lines of at most `width` characters; a word longer than a line is cut. */
export function fitWidth(text: string, width: number): string[] {
  if (widthOf(text) <= width || width < 20) return [text];
  const indent = /^ */.exec(text)![0].length;
  const continuation = " ".repeat(Math.min(indent + 2, Math.floor(width / 2)));
  const words = text.slice(indent).split(" ");
  const lines: string[] = [];
  let current = " ".repeat(indent);
  let empty = true;
  for (const word of words) {
    const candidate = empty ? current + word : `${current} ${word}`;
    if (widthOf(candidate) <= width) {
      current = candidate;
      empty = false;
      continue;
    }
    if (!empty) lines.push(current);
    let rest = word;
    // A word wider than a whole line (a long reference) is cut across lines.
    while (widthOf(continuation + rest) > width) {
      const room = width - continuation.length;
      lines.push(continuation + [...rest].slice(0, room).join(""));
      rest = [...rest].slice(room).join("");
    }
    current = continuation + rest;
    empty = rest === "";
  }
  if (!empty) lines.push(current);
  return lines;
}
