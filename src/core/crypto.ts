import { createRequire } from "node:module";
import type * as NodeCrypto from "node:crypto";
import type * as NodeZlib from "node:zlib";

// node:crypto and node:zlib on first use, not when a module that may need them loads: loading
// node:crypto costs about 4 ms, and a warm `ogp lint --cache` over unchanged files (which knows
// every file's hash by its stamp, load/cache.ts) needs no hash at all. A plain `import` would load
// them with the bundle's chunk.
const requireBuiltin = createRequire(import.meta.url);
let loaded: typeof NodeCrypto | undefined;

/** node:crypto, loaded the first time it is asked for. */
export function crypto(): typeof NodeCrypto {
  return (loaded ??= requireBuiltin("node:crypto") as typeof NodeCrypto);
}

/**
 * The sha256 of a text or bytes, in hex: Node's one-shot `crypto.hash` where it has it (20.12+: no
 * Hash object per call, which a large diff's thousands of change ids felt), else createHash; the
 * same digest either way.
 */
export function sha256Hex(data: string | Uint8Array): string {
  const node = crypto() as typeof NodeCrypto & { hash?: (algorithm: string, data: string | Uint8Array) => string };
  return typeof node.hash === "function" ? node.hash("sha256", data) : node.createHash("sha256").update(data).digest("hex");
}

/**
 * A checksum of bytes, to tell a damaged file from a sound one (not meant against tampering):
 * zlib's CRC-32 where Node has it (20.15+; native, and node:zlib is already loaded by bin/ogp.js
 * for its code caches), else the first 8 hex digits of a sha256.
 */
export function checksum(bytes: Uint8Array): string {
  const { crc32 } = requireBuiltin("node:zlib") as typeof NodeZlib & { crc32?: (data: Uint8Array) => number };
  if (typeof crc32 === "function") return crc32(bytes).toString(16).padStart(8, "0");
  return crypto().createHash("sha256").update(bytes).digest("hex").slice(0, 8);
}
