import { wrapWords } from "../core/fit-text.js";

// Lines of terminal text wrapped to the terminal's width at spaces, continuing under the text
// (the line's own indent plus two), so no line of a terminal view runs past COLUMNS.

/** Characters as a terminal counts them (code points; the views use no wide characters). */
const widthOf = (text: string) => [...text].length;

/** One line of text as lines of at most `width` characters; a word longer than a line is cut. */
export function fitWidth(text: string, width: number): string[] {
  if (widthOf(text) <= width || width < 20) return [text];
  const indent = /^ */.exec(text)![0].length;
  const continuation = Math.min(indent + 2, Math.floor(width / 2));
  const lines = wrapWords(text.slice(indent), { first: width - indent, rest: width - continuation, measure: widthOf, cutLongWords: true });
  return lines.map((line, i) => `${" ".repeat(i === 0 ? indent : continuation)}${line}`);
}
