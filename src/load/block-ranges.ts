// Source ranges of the nodes of a plain YAML file, found by scanning its text, so that the
// position of a finding in a file the fast path parsed needs neither `yaml` nor a second full
// parse. It reads the files the fast path accepts (no directives, aliases, tags or explicit
// keys: see fast-parse.ts), and gives exactly the ranges `yaml` gives (a property test holds the
// two to that). Anything it is not sure of (an anchor, a keep-chomped or indented block scalar,
// a pair inside a flow list, a non-string plain key, a document marker, an empty list entry)
// throws `Unsure`, and the caller asks `yaml` instead.

/** A node as `yaml` spans it: scalars from their first to their last character, collections from their first character. */
export type RangeNode =
  | { type: "map"; start: number; items: { key: { start: number; end: number; text: string }; value: RangeNode }[] }
  | { type: "seq"; start: number; items: RangeNode[] }
  | { type: "scalar"; start: number; end: number; empty?: boolean };

/** The scanner met something it does not read as `yaml` would: ask `yaml`. */
export class Unsure extends Error {}

const unsure = (why: string): never => {
  throw new Unsure(why);
};

const isBreak = (c: string | undefined) => c === "\n" || c === "\r";
const isBlank = (c: string | undefined) => c === " " || c === "\t";
const isWhite = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";
/** Ends a plain scalar's word: space, line break, or the end of the text. */
const isEnd = (c: string | undefined) => c === undefined || isWhite(c);
const FLOW_INDICATOR = /[,[\]{}]/;
// The same tests on character codes, for the loops that run over every character of a file
// (charCodeAt makes no one-character string; past the text's end it gives NaN, as `text[at]` gives undefined).
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const COLON = 0x3a;
const isBreakCode = (c: number) => c === LF || c === CR;
const isBlankCode = (c: number) => c === SPACE || c === TAB;
const isWhiteCode = (c: number) => c === SPACE || c === TAB || c === LF || c === CR;
const isEndCode = (c: number) => Number.isNaN(c) || isWhiteCode(c);
// Plain keys that `yaml`'s core schema reads as something other than a string (null, a boolean, a
// number) would be spelt back differently ('1.0' as '1'): not worth matching here.
const NOT_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** NOT_STRING by a first-character test first: each of its matches starts with one of these, and most keys (id, label, goals) do not. */
const notString = (value: string) => "~nNtTfF-+.0123456789".includes(value.charAt(0)) && NOT_STRING.test(value);

export function scanRanges(text: string): RangeNode {
  return new Scanner(text).document();
}

class Scanner {
  private pos = 0;
  /** The last key keyAhead found: where it starts, the key, and the position after its ':'. */
  private lookedAhead?: { at: number; key: { start: number; end: number; text: string }; after: number };

  /**
   * Whether the text has no '\r', so that '\n' alone breaks lines: the line searches are then
   * indexOf and lastIndexOf, which run as fast in a cold process as in a warm one (a loop over
   * characters runs in the interpreter until V8 has compiled it, most of a cold run's scan).
   */
  private readonly crFree: boolean;

  constructor(private readonly text: string) {
    this.crFree = !text.includes("\r");
  }

  document(): RangeNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpaceAndComments();
    if (this.text.startsWith("---", this.pos) && isEnd(this.text[this.pos + 3])) {
      this.pos += 3;
      this.skipSpaceAndComments();
    }
    // Any other document marker (a second document, an explicit end) is left to `yaml`.
    if (markerLineFrom(this.text, this.pos, "---") || markerLineFrom(this.text, this.pos, "...")) unsure("document marker");
    const root = this.blockNode(-1);
    this.skipSpaceAndComments();
    if (this.pos < this.text.length) unsure("content after the root node");
    return root;
  }

  /** Column (0-based) of `at`. */
  private column(at = this.pos): number {
    // Back to the line's start only (lastIndexOf of a character the file lacks would scan it all: quadratic).
    let lineStart = at;
    if (this.crFree) lineStart = at > 0 ? this.text.lastIndexOf("\n", at - 1) + 1 : 0;
    else while (lineStart > 0 && !isBreakCode(this.text.charCodeAt(lineStart - 1))) lineStart--;
    return at - lineStart;
  }

  /** Skips spaces, line breaks and comments, up to the next content character. */
  private skipSpaceAndComments(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (isWhiteCode(c)) this.pos++;
      else if (c === HASH && (this.pos === 0 || isWhiteCode(text.charCodeAt(this.pos - 1)))) this.skipToLineEnd();
      else break;
    }
  }

  /** Skips spaces and a comment on the current line; true when the line ends there. */
  private restOfLineEmpty(): boolean {
    const { text } = this;
    while (isBlankCode(text.charCodeAt(this.pos))) this.pos++;
    if (text.charCodeAt(this.pos) === HASH && isWhiteCode(text.charCodeAt(this.pos - 1))) this.skipToLineEnd();
    return this.pos >= text.length || isBreakCode(text.charCodeAt(this.pos));
  }

  private skipToLineEnd(): void {
    this.pos = this.lineBreakAt(this.pos);
  }

  /** A node in block context whose lines are indented more than `parent` (the current position is its first character). */
  private blockNode(parent: number): RangeNode {
    const { text } = this;
    const c = text[this.pos];
    if (c === "-" && isEnd(text[this.pos + 1])) return this.blockSeq(this.column());
    if (this.keyAhead()) return this.blockMap(this.column());
    return this.scalarOrFlow(parent, "block");
  }

  /** Whether a mapping key (a one-line scalar followed by ':' and a space or line end) starts here. */
  private keyAhead(): boolean {
    const saved = this.pos;
    const key = this.key();
    // The caller reads this key next (blockMap): keep it rather than scan it twice.
    if (key) this.lookedAhead = { at: saved, key, after: this.pos };
    this.pos = saved;
    return key !== null;
  }

  /**
   * A mapping key and its ':'; the position ends after the ':'. Null where no key starts here
   * (the position is then anywhere: keyAhead restores it). A result rather than an exception:
   * the scan tries every list item and scalar as a key, and a throw per try cost a cold run.
   */
  private key(): { start: number; end: number; text: string } | null {
    const ahead = this.lookedAhead;
    if (ahead?.at === this.pos) {
      this.pos = ahead.after;
      return ahead.key;
    }
    const { text } = this;
    const start = this.pos;
    let end: number;
    let value: string;
    const c = text[start];
    if (c === "'" || c === '"') {
      end = this.quotedEnd(start);
      const inner = text.slice(start + 1, end - 1);
      this.pos = end;
      while (isBlank(text[this.pos])) this.pos++;
      // A quoted scalar over several lines is a value (an implicit key is one line).
      if (text[this.pos] !== ":" || /[\r\n]/.test(inner)) return null;
      if (c === '"' && inner.includes("\\")) unsure("a double-quoted key with escapes");
      value = c === "'" ? inner.replaceAll("''", "'") : inner;
    } else {
      if (c === "&" || c === "!" || c === "*" || c === "?" || c === "%" || c === "@" || c === "`") unsure(`a key starting with '${c}'`);
      if (c === undefined || isWhite(c) || c === "#" || FLOW_INDICATOR.test(c) || c === "-" && isEnd(text[start + 1])) return null;
      let at = start;
      // A plain key runs to ': ' (or ':' at the line's end) on its own line.
      for (; at < text.length; at++) {
        at = plainRunEnd(text, at);
        if (at >= text.length) break;
        const code = text.charCodeAt(at);
        if (isBreakCode(code) || (code === COLON && isEndCode(text.charCodeAt(at + 1))) || (code === HASH && isBlankCode(text.charCodeAt(at - 1)))) break;
      }
      if (text[at] !== ":") return null;
      end = at;
      while (end > start && isBlank(text[end - 1])) end--;
      value = text.slice(start, end);
      if (notString(value)) unsure("plain key that is not a string");
      this.pos = at;
    }
    if (!isEnd(text[this.pos + 1])) return null;
    this.pos++;
    return { start, end, text: value };
  }

  private blockMap(indent: number): RangeNode {
    const start = this.pos;
    const items: { key: { start: number; end: number; text: string }; value: RangeNode }[] = [];
    for (;;) {
      const key = this.key() ?? unsure("a mapping key that is not one");
      const afterColon = this.pos;
      let value: RangeNode;
      if (this.restOfLineEmpty()) {
        this.skipSpaceAndComments();
        const column = this.column();
        const compactSeq = column === indent && this.text[this.pos] === "-" && isEnd(this.text[this.pos + 1]);
        if (this.pos < this.text.length && (column > indent || compactSeq)) value = compactSeq ? this.blockSeq(indent) : this.blockNode(indent);
        else {
          value = { type: "scalar", start: afterColon, end: afterColon, empty: true };
        }
      } else {
        // On the key's line only a scalar or a flow collection can follow (a nested block is a syntax error).
        value = this.scalarOrFlow(indent, "block");
      }
      items.push({ key, value });
      this.skipSpaceAndComments();
      if (this.pos >= this.text.length) break;
      const column = this.column();
      if (column < indent) break;
      if (column > indent) unsure("a line indented past its mapping");
      if (!this.keyAhead()) {
        if (this.text[this.pos] === "-" && isEnd(this.text[this.pos + 1])) break; // the compact list of an enclosing mapping's key
        unsure("a line of a mapping that holds no key");
      }
    }
    return { type: "map", start, items };
  }

  private blockSeq(indent: number): RangeNode {
    const start = this.pos;
    const items: RangeNode[] = [];
    while (this.text[this.pos] === "-" && isEnd(this.text[this.pos + 1]) && this.column() === indent) {
      this.pos++;
      if (this.restOfLineEmpty()) {
        this.skipSpaceAndComments();
        if (this.pos >= this.text.length || this.column() <= indent) unsure("an empty list entry");
      }
      items.push(this.blockNode(indent));
      this.skipSpaceAndComments();
      if (this.pos >= this.text.length || this.column() < indent) break;
      if (this.column() > indent) unsure("a line indented past its list");
    }
    return { type: "seq", start, items };
  }

  /** A scalar or a flow collection, in a block whose lines are indented more than `parent`. */
  private scalarOrFlow(parent: number, context: "block" | "flow"): RangeNode {
    const { text } = this;
    const start = this.pos;
    const c = text[start];
    // Properties (anchors, tags), aliases, explicit keys, reserved indicators: left to `yaml`.
    if (c === undefined || c === "&" || c === "!" || c === "*" || c === "?" || c === "%" || c === "@" || c === "`") unsure(`a node starting with '${c ?? "nothing"}'`);
    if (c === "[" || c === "{") return this.flowCollection();
    if (c === "'" || c === '"') {
      this.pos = this.quotedEnd(start);
      return { type: "scalar", start, end: this.pos };
    }
    if (c === "|" || c === ">") {
      if (context === "flow") unsure("a block scalar in a flow collection");
      return this.blockScalar(parent);
    }
    return context === "block" ? this.plainBlock(parent) : this.plainFlow();
  }

  /** The position after a quoted scalar's closing quote. */
  private quotedEnd(start: number): number {
    const { text } = this;
    const quote = text[start];
    const run = quote === '"' ? DOUBLE_QUOTED_RUN : SINGLE_QUOTED_RUN;
    let at = start + 1;
    while (at < text.length) {
      // Skip what cannot close the scalar (anything but the quote and, in double quotes, '\\') in one native search.
      run.lastIndex = at;
      run.test(text);
      at = run.lastIndex;
      if (at >= text.length) break;
      const c = text[at];
      if (quote === '"' && c === "\\") at += 2;
      else if (c === quote) {
        if (quote === "'" && text[at + 1] === "'") at += 2;
        else return at + 1;
      } else at++;
    }
    return unsure("an unclosed quote");
  }

  /** A plain scalar in block context: its first line, then lines indented more than `parent`, up to a comment or a line that is not. */
  private plainBlock(parent: number): RangeNode {
    const { text } = this;
    const start = this.pos;
    let end = this.plainLineEnd(this.pos);
    let at = end;
    for (;;) {
      // The next line that holds something: a continuation when it is indented past the parent block.
      let next = at;
      while (next < text.length && isWhite(text[next])) next++;
      if (next >= text.length || text[next] === "#" || this.column(next) <= parent) break;
      if (this.lineBreakAt(at) >= next) break; // a comment on the same line ended the scalar
      if (text[next] === "-" && isEnd(text[next + 1]) || this.keyAheadAt(next)) unsure("a plain scalar followed by what may be a node");
      end = this.plainLineEnd(next);
      at = end;
    }
    this.pos = end;
    return { type: "scalar", start, end };
  }

  private keyAheadAt(at: number): boolean {
    const saved = this.pos;
    this.pos = at;
    try {
      return this.keyAhead();
    } finally {
      this.pos = saved;
    }
  }

  /** Where a plain scalar's text ends on the line from `at`: before a comment and trailing spaces. */
  private plainLineEnd(at: number): number {
    const { text } = this;
    let end = at;
    for (; end < text.length; end++) {
      end = plainRunEnd(text, end);
      if (end >= text.length) break;
      const code = text.charCodeAt(end);
      if (isBreakCode(code) || (code === HASH && isBlankCode(text.charCodeAt(end - 1)))) break;
      if (code === COLON && isEndCode(text.charCodeAt(end + 1))) unsure("': ' inside a plain scalar");
    }
    while (end > at && isBlankCode(text.charCodeAt(end - 1))) end--;
    return end;
  }

  /** A plain scalar inside a flow collection, on one line. */
  private plainFlow(): { type: "scalar"; start: number; end: number } {
    const { text } = this;
    const start = this.pos;
    let end = start;
    while (end < text.length && !isBreak(text[end]) && !FLOW_INDICATOR.test(text[end]!) && !(text[end] === ":" && (isEnd(text[end + 1]) || FLOW_INDICATOR.test(text[end + 1]!))) && !(text[end] === "#" && isBlank(text[end - 1]))) end++;
    let trimmed = end;
    while (trimmed > start && isBlank(text[trimmed - 1])) trimmed--;
    if (trimmed === start) unsure("an empty flow entry");
    let after = end;
    while (isBlank(text[after])) after++;
    if (isBreak(text[after])) {
      // At a line's end the scalar may go on over the next line, unless the collection's next entry or end comes first.
      const saved = this.pos;
      this.pos = after;
      this.skipSpaceAndComments();
      const next = text[this.pos];
      this.pos = saved;
      if (next !== "," && next !== "]" && next !== "}") unsure("a plain scalar that may go on in a flow collection");
    }
    this.pos = trimmed;
    return { type: "scalar", start, end: trimmed };
  }

  private flowCollection(): RangeNode {
    const { text } = this;
    const start = this.pos;
    const isMap = text[start] === "{";
    const close = isMap ? "}" : "]";
    this.pos++;
    const mapItems: { key: { start: number; end: number; text: string }; value: RangeNode }[] = [];
    const seqItems: RangeNode[] = [];
    for (;;) {
      this.skipSpaceAndComments();
      if (text[this.pos] === close) break;
      if (isMap) {
        const key = this.flowKey();
        this.skipSpaceAndComments();
        if (text[this.pos] === "," || text[this.pos] === close) unsure("a flow entry without a value");
        mapItems.push({ key, value: this.scalarOrFlow(-1, "flow") });
      } else {
        const item = this.scalarOrFlow(-1, "flow");
        let after = this.pos;
        while (isWhite(text[after])) after++;
        if (text[after] === ":") unsure("a pair inside a flow list");
        seqItems.push(item);
      }
      this.skipSpaceAndComments();
      if (text[this.pos] === ",") this.pos++;
      else if (text[this.pos] !== close) unsure("a flow collection that does not close");
    }
    this.pos++;
    return isMap ? { type: "map", start, items: mapItems } : { type: "seq", start, items: seqItems };
  }

  /** A key inside a flow mapping and its ':'. */
  private flowKey(): { start: number; end: number; text: string } {
    const { text } = this;
    const start = this.pos;
    let end: number;
    let value: string;
    if (text[start] === "'" || text[start] === '"') {
      end = this.quotedEnd(start);
      const inner = text.slice(start + 1, end - 1);
      if (/[\r\n]/.test(inner) || (text[start] === '"' && inner.includes("\\"))) unsure("quoted key with escapes or line breaks");
      value = text[start] === "'" ? inner.replaceAll("''", "'") : inner;
      this.pos = end;
    } else {
      end = this.plainFlow().end;
      value = text.slice(start, end);
      if (notString(value)) unsure("plain key that is not a string");
    }
    while (isBlank(text[this.pos])) this.pos++;
    if (text[this.pos] !== ":") unsure("a flow mapping entry without ':'");
    this.pos++;
    return { start, end, text: value };
  }

  /** A literal or folded block scalar: from its indicator to the end of its last line that holds text, line break included. */
  private blockScalar(parent: number): RangeNode {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    const header = /^[-+0-9]*/.exec(text.slice(this.pos, this.pos + 3))![0];
    if (/[+0-9]/.test(header)) unsure("a keep-chomped or indented block scalar");
    this.pos += header.length;
    if (!isEnd(text[this.pos])) unsure("a block scalar header followed by text");
    if (!this.restOfLineEmpty()) unsure("a block scalar header followed by text");
    let end = this.pos < text.length ? this.lineBreakEnd(this.pos) : this.pos;
    let contentIndent = -1;
    let at = end;
    while (at < text.length) {
      let indent = 0;
      while (text.charCodeAt(at + indent) === SPACE) indent++;
      const first = text[at + indent];
      const lineEnd = this.lineEndOf(at);
      if (first === undefined || isBreak(first)) {
        at = lineEnd;
        continue;
      }
      if (contentIndent < 0) {
        if (indent <= parent) break;
        contentIndent = indent;
      } else if (indent < contentIndent) break;
      if (first === "\t") unsure("a tab in a block scalar");
      end = lineEnd;
      at = lineEnd;
    }
    if (contentIndent < 0) unsure("an empty block scalar");
    this.pos = end;
    return { type: "scalar", start, end };
  }

  /** The position after the line break at `at`. */
  private lineBreakEnd(at: number): number {
    return this.text[at] === "\r" && this.text[at + 1] === "\n" ? at + 2 : at + 1;
  }

  /** The offset of the first line break (\n or \r) at or after `at`, or the text's length. */
  private lineBreakAt(at: number): number {
    const { text } = this;
    if (this.crFree) {
      const end = text.indexOf("\n", at);
      return end < 0 ? Math.max(at, text.length) : end;
    }
    let end = at;
    while (end < text.length && !isBreakCode(text.charCodeAt(end))) end++;
    return end;
  }

  /** The position after the line (and its line break) that `at` is on. */
  private lineEndOf(at: number): number {
    const end = this.lineBreakAt(at);
    return end < this.text.length ? this.lineBreakEnd(end) : end;
  }
}


/** Characters that never end a quoted scalar: all but its quote and, for double quotes, the escape character. */
const DOUBLE_QUOTED_RUN = /[^"\\]*/y;
const SINGLE_QUOTED_RUN = /[^']*/y;

/** Characters that never end a plain scalar's line nor a plain key: everything but a line break, ':' and '#'. */
const PLAIN_RUN = /[^\r\n:#]*/y;

/** The first offset at or after `at` that holds a line break, ':' or '#' (or the text's end), by one native search. */
function plainRunEnd(text: string, at: number): number {
  if (at >= text.length) return at; // (a sticky search that fails from past the end would reset lastIndex to 0)
  PLAIN_RUN.lastIndex = at;
  PLAIN_RUN.test(text);
  return PLAIN_RUN.lastIndex;
}

/**
 * Whether `marker` starts a line at or after `from` (or starts at `from` itself) and is followed by
 * a space, a tab, a line break or the text's end. A search for the marker rather than a regular
 * expression over a copy of the rest of the text: plan files rarely hold one. Line starts are
 * those of a multiline `^` (after \n, \r, U+2028 or U+2029): a few more than YAML's, which only
 * sends a file to `yaml`.
 */
function markerLineFrom(text: string, from: number, marker: string): boolean {
  for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
    const before = at === from ? 0x0a : text.charCodeAt(at - 1);
    if (before !== 0x0a && before !== 0x0d && before !== 0x2028 && before !== 0x2029) continue;
    const after = text.charCodeAt(at + 3);
    // `$` of a multiline expression: the text's end or a line terminator as above.
    if (Number.isNaN(after) || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x2028 || after === 0x2029) return true;
  }
  return false;
}

/** The span of the node at `path` (its key with `atKey`), as `yaml`'s positions walk it: the nearest ancestor that exists when it does not. */
export function rangeAt(root: RangeNode, path: readonly (string | number)[], atKey: boolean): [number, number, boolean] | undefined {
  let node: RangeNode | null = root;
  let best = spanOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (node?.type === "map") {
      const pair: { key: { start: number; end: number }; value: RangeNode } | undefined = node.items.find((item) => item.key.text === String(segment));
      if (!pair) return best;
      const keySpan: [number, number, boolean] = [pair.key.start, pair.key.end, false];
      if (last && atKey) return keySpan;
      node = pair.value;
      // A key with no value (`notes:`): point at the key.
      best = (node.type === "scalar" && node.empty ? undefined : spanOf(node)) ?? keySpan;
    } else if (node?.type === "seq" && typeof segment === "number") {
      node = node.items[segment] ?? null;
      best = spanOf(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function spanOf(node: RangeNode | null): [number, number, boolean] | undefined {
  if (!node) return undefined;
  return node.type === "scalar" ? [node.start, node.end, false] : [node.start, node.start, true];
}
