/**
 * Text from plan files (keys, values, ids, file names) made safe for a terminal: control
 * characters would otherwise act (ESC sequences set the title, clear the screen, forge colours,
 * even with --no-color), and invisible ones (a stray BOM, a zero-width space, bidi controls) would
 * hide what is wrong. Each is shown as an escape a reader can see and search for: `\e`, `\u{200B}`.
 */
// C0 and C1 controls and DEL; zero-width and bidi formatting characters; line/paragraph separators; BOM.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;
const NAMED: Readonly<Record<string, string>> = { "\u001b": "\\e", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\u0007": "\\a", "\b": "\\b" };

export function printable(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => {
    if (options.keepNewlines && char === "\n") return char;
    return NAMED[char] ?? `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`;
  });
}
