import { itemAt } from "../core/item-at.js";
/** Turns a file's bytes into text, refusing what is not UTF-8 text. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: DecodeFailure; offset?: number };

/** Why bytes are not plan text: the message id of the invalid-file finding (src/load/messages.ts). */
export type DecodeFailure = "utf16" | "binary" | "invalidUtf8";

const decoder = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: "utf16", offset: 0 };
  }
  // YAML forbids NUL anywhere, so one is taken as binary content wherever it sits (indexOf is a fast scan).
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: "binary" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: "invalidUtf8", offset: firstInvalidByte(bytes) };
  }
  // A UTF-8 byte order mark is allowed (some Windows editors write one) and ignored.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = itemAt(bytes, i);
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || itemAt(bytes, i + k) >> 6 !== 0b10) return i;
    if (length > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + length));
      } catch {
        return i; // overlong encodings and surrogates
      }
    }
    i += length;
  }
  return bytes.length;
}

/** 1-based line and column of a byte offset, counting characters of the valid prefix. */
export function lineColumnAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lines = prefix.split("\n");
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}
