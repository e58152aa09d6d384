import { describe, expect, it } from "vitest";
import { decodeText, lineColumnAtByte } from "../../src/load/decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...utf8(part)] : part)));

describe("decodeText", () => {
  it("decodes plain UTF-8 text unchanged", () => {
    expect(decodeText(utf8("kind: strategy\ntitle: OGP’s 2023–2028 Strategy\n"))).toEqual({ ok: true, text: "kind: strategy\ntitle: OGP’s 2023–2028 Strategy\n" });
  });

  it("decodes an empty file to empty text", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "" });
  });

  it("drops a UTF-8 byte order mark", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "kind: strategy\n"))).toEqual({ ok: true, text: "kind: strategy\n" });
  });

  it("keeps a U+FEFF that is not at the start of the file", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "a: \uFEFF"))).toEqual({ ok: true, text: "a: \uFEFF" });
  });

  it("keeps CRLF line ends (the YAML parser handles them)", () => {
    expect(decodeText(utf8("a: 1\r\nb: 2\r\n"))).toEqual({ ok: true, text: "a: 1\r\nb: 2\r\n" });
  });

  it("refuses a file with NUL bytes as binary, without an offset", () => {
    const result = decodeText(bytes("kind", [0, 1, 2, 0xff]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("binary");
    expect(result.offset).toBeUndefined();
  });

  it("names UTF-16 text with a byte order mark as such, and asks for UTF-8", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."kind: strategy\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
    const result = decodeText(utf16);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("utf16");
  });

  it("calls UTF-16 text without a byte order mark binary (NUL bytes between ASCII letters)", () => {
    const utf16 = Uint8Array.from([..."kind: strategy\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    const result = decodeText(utf16);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("binary");
  });

  it("finds a NUL byte anywhere in the file, not only near its start", () => {
    const late = Uint8Array.from([...Buffer.from("a: 1\n".repeat(5000)), 0]);
    const result = decodeText(late);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("binary");
  });

  it.each([
    ["a lone continuation byte", bytes("ab", [0x80], "cd"), 2],
    ["a Latin-1 é", bytes("title: caf", [0xe9], "\n"), 10],
    ["a byte that never starts a sequence (0xff)", bytes("x", [0xff]), 1],
    ["0xf8 (5-byte lead, not UTF-8)", bytes("xy", [0xf8, 0x80, 0x80, 0x80, 0x80]), 2],
    ["a sequence cut short by the end of the file", bytes("abc", [0xe2, 0x82]), 3],
    ["a sequence cut short by an ASCII byte", bytes("abc", [0xe2, 0x82], "d"), 3],
    ["an overlong encoding of '/'", bytes("ok ", [0xc0, 0xaf]), 3],
    ["an encoded UTF-16 surrogate", bytes("ok ", [0xed, 0xa0, 0x80]), 3],
    ["a code point above U+10FFFF", bytes("ok ", [0xf4, 0x90, 0x80, 0x80]), 3],
    ["an invalid byte after valid multi-byte characters", bytes("–’€😀", [0xc3]), 3 + 3 + 3 + 4],
  ])("refuses invalid UTF-8 (%s) and gives the offset of the first bad byte", (_name, input, offset) => {
    const result = decodeText(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("invalidUtf8");
    expect(result.offset).toBe(offset);
  });

  it("reports NUL bytes before invalid UTF-8 (binary wins)", () => {
    const result = decodeText(bytes([0xff, 0x00]));
    expect(result).toMatchObject({ ok: false, reason: "binary" });
  });
});

describe("lineColumnAtByte", () => {
  it("is 1:1 at the start of the file", () => {
    expect(lineColumnAtByte(utf8("abc"), 0)).toEqual({ line: 1, column: 1 });
  });

  it("counts lines and columns from 1", () => {
    const input = utf8("kind: strategy\nid: s\ntitle: caf");
    expect(lineColumnAtByte(input, input.length)).toEqual({ line: 3, column: 11 });
  });

  it("counts characters, not bytes, before the offset", () => {
    const input = bytes("title: ’–", [0xff]);
    expect(lineColumnAtByte(input, input.length - 1)).toEqual({ line: 1, column: 10 });
  });

  it("counts CRLF as one line break", () => {
    const input = bytes("a: 1\r\nb: 2\r\nc: ", [0xe9]);
    expect(lineColumnAtByte(input, input.length - 1)).toEqual({ line: 3, column: 4 });
  });

  it("does not count a UTF-8 byte order mark as a column", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "ab", [0xe9]);
    expect(lineColumnAtByte(input, input.length - 1)).toEqual({ line: 1, column: 3 });
  });

  it("agrees with decodeText's offset for an invalid byte", () => {
    const input = bytes("kind: strategy\nid: s\ntitle: caf", [0xe9], "\n");
    const result = decodeText(input);
    expect(result.ok).toBe(false);
    if (result.ok || result.offset === undefined) throw new Error("expected an offset");
    expect(lineColumnAtByte(input, result.offset)).toEqual({ line: 3, column: 11 });
  });
});
