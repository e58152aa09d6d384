import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checksum, sha256Hex } from "../../src/core/crypto.js";

describe("core/crypto", () => {
  it("sha256Hex is the sha256 of a text or of bytes, as createHash gives it", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const bytes = new TextEncoder().encode("plans: ünïcode\n");
    expect(sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(sha256Hex("plans: ünïcode\n")).toBe(sha256Hex(bytes));
  });
  it("checksum tells a flipped byte from the bytes it was", () => {
    const bytes = new TextEncoder().encode("{}");
    expect(checksum(bytes)).toMatch(/^[0-9a-f]{8}$/);
    expect(checksum(new TextEncoder().encode("{ "))).not.toBe(checksum(bytes));
  });
});
