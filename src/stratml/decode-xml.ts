import { decodeText, lineColumnAtByte } from "../load/decode.js";
import type { MessageData } from "../core/messages.js";
import type { Position } from "../core/problem.js";
import type { XmlSyntaxMessageId } from "./messages.js";

/** A StratML file's text, or why its bytes cannot be read (an xml-syntax message and where). */
export type XmlDecoded = { ok: true; text: string; encoding: string } | { ok: false; messageId: XmlSyntaxMessageId; data: MessageData; position: Position };

const START = { line: 1, column: 1 };

/**
 * Reads an XML file's bytes in the encoding they are in, as the XML specification's appendix F
 * detects it: a byte order mark; else the bytes of "<?xml" in UTF-16 (big or little endian)
 * without one; else an ASCII-compatible encoding, the one the XML declaration names (UTF-8 when
 * it names none). Latin-1 is read as the WHATWG Encoding Standard reads it, as windows-1252 (the
 * superset every browser and most editors write under that name). UCS-4 and EBCDIC are refused.
 */
export function decodeXml(bytes: Uint8Array): XmlDecoded {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xfe && b1 === 0xff) return decodeAs(bytes.subarray(2), "utf-16be");
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? unsupported("UCS-4") : decodeAs(bytes.subarray(2), "utf-16le");
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return decodeAs(bytes, "utf-16be");
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return decodeAs(bytes, "utf-16le");
  if ((b0 === 0 && b1 === 0 && (b2 === 0 || b2 === 0x3c || b2 === 0xfe)) || (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0)) return unsupported("UCS-4");
  if (b0 === 0x4c && b1 === 0x6f && b2 === 0xa7 && b3 === 0x94) return unsupported("EBCDIC");
  const declared = declaredEncoding(bytes);
  if (declared === undefined || /^utf-?8$/i.test(declared) || /^utf-?16/i.test(declared)) {
    // UTF-8, the default; a UTF-16 declaration over bytes that are not UTF-16 is read as what the bytes are.
    const decoded = decodeText(bytes);
    if (decoded.ok) return { ok: true, text: decoded.text, encoding: "utf-8" };
    if (decoded.reason === "invalidUtf8") return { ok: false, messageId: "invalidUtf8", data: {}, position: decoded.offset === undefined ? START : lineColumnAtByte(bytes, decoded.offset) };
    return { ok: false, messageId: "nulBytes", data: {}, position: START };
  }
  if (bytes.indexOf(0) >= 0) return { ok: false, messageId: "nulBytes", data: {}, position: START };
  return decodeAs(bytes, declared);
}

/** The encoding named in the XML declaration at the start of ASCII-compatible bytes, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256)).replace(/^\u00ef\u00bb\u00bf/, "");
  return /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1];
}

function decodeAs(bytes: Uint8Array, label: string): XmlDecoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return unsupported(label);
  }
  if (decoder.encoding === "windows-1252") return { ok: true, text: windows1252(bytes), encoding: decoder.encoding };
  try {
    const text = decoder.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: decoder.encoding };
  } catch {
    return { ok: false, messageId: "invalidInEncoding", data: { encoding: label }, position: START };
  }
}

function unsupported(encoding: string): XmlDecoded {
  return { ok: false, messageId: "unsupportedEncoding", data: { encoding }, position: START };
}

/** windows-1252's characters for the bytes 0x80-0x9F (the rest are Latin-1's); the five bytes it leaves undefined stay C1 controls, as WHATWG reads them. */
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Latin-1 as the WHATWG Encoding Standard reads every label of it (ISO-8859-1, latin1, US-ASCII):
 * windows-1252. Node 20's TextDecoder reads those labels as ISO-8859-1 proper, which turns a
 * curly quote (0x93) into a C1 control, so the 32 bytes that differ are mapped here.
 */
function windows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("latin1").decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
