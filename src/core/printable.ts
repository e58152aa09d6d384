/**
 * Text from plan files (keys, values, ids, file names) made safe for a terminal: control
 * characters would otherwise act (ESC sequences set the title, clear the screen, forge colours,
 * even with --no-color), and invisible ones (a stray BOM, a zero-width space, bidi controls) would
 * hide what is wrong. Each is shown as an escape a reader can see and search for: `\e`, `\u{200B}`.
 */
// C0 and C1 controls and DEL; the Arabic letter mark, zero-width and bidi formatting characters;
// line/paragraph separators; BOM.
const UNSAFE_CLASS = "[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff]";
const UNSAFE = new RegExp(UNSAFE_CLASS, "gu");
// The same without the line feed: whole outputs keep their line ends, and matching each of a large
// JSON output's lines to hand it back unchanged took longer than writing the output.
const UNSAFE_BUT_NEWLINE_CLASS = UNSAFE_CLASS.replace("\\u0000-\\u001f", "\\u0000-\\u0009\\u000b-\\u001f");
const UNSAFE_BUT_NEWLINE = new RegExp(UNSAFE_BUT_NEWLINE_CLASS, "gu");
const NAMED: Readonly<Record<string, string>> = { "\u001b": "\\e", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\u0007": "\\a", "\b": "\\b" };

const visible = (char: string) => NAMED[char] ?? `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`;

export function printable(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => (options.keepNewlines && char === "\n" ? char : visible(char)));
}

/**
 * What a command's whole output is, for `safeOutput`: text for a terminal or a text file (tables,
 * Markdown, CSV, GitHub annotations, Mermaid, DOT), JSON (lossless: `\u` escapes), XML (JUnit:
 * XML 1.0 cannot hold most controls even as references, so they are shown as `printable` shows
 * them), or HTML (the report escapes its own text).
 */
export type OutputKind = "text" | "json" | "xml" | "html";

// The colour codes chalk writes (one parameter each: styles, their resets, foreground and
// background colours), so that colour survives where it is on; `8` (concealed text) is not among
// them, nor any other escape sequence.
const SGR = "\\u001b\\[(?:[0-79]|2[2-9]|3[0-9]|4[0-9]|9[0-7]|10[0-7])m";
const TEXT_UNSAFE = new RegExp(`\\r\\n|${SGR}|${UNSAFE_BUT_NEWLINE_CLASS}`, "gu");

/**
 * The one pass every command's output goes through before it is written (formatterFor, and the
 * commands that format without a registry): nothing from a plan may drive a terminal (ESC, BEL,
 * a carriage return that overwrites a line), hide text (bidi controls, zero-width characters) or
 * break the format (a control character in XML). Line ends stay; colour codes stay only when
 * colour is on (a plan's own colour codes as well, the one thing a plan can still do: change colour).
 */
export function safeOutput(text: string, kind: OutputKind, options: { colors?: boolean } = {}): string {
  switch (kind) {
    case "html":
      return text;
    case "json":
      // Outside strings JSON holds none of these; inside, the escape reads back as the same character.
      return text.replace(UNSAFE_BUT_NEWLINE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
    case "xml":
      return printable(text, { keepNewlines: true });
    case "text":
      return text.replace(TEXT_UNSAFE, (match) => {
        if (match === "\r\n") return match;
        if (match.length > 1) return options.colors ? match : visible("\u001b") + match.slice(1);
        return visible(match);
      });
  }
}
