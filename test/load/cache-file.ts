/**
 * Reading and writing `ogp lint --cache`'s file in tests (src/load/cache.ts): a head of one JSON
 * line, then the data part (content hash -> the data's JSON text), whose length and checksum the
 * head gives. Tests plant values in the head and write the file back sound.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { checksum } from "../../src/core/crypto.js";

/** The cache file's head, loosely typed for planting values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CacheHead = Record<string, any>;

export function readCache(file: string): { head: CacheHead; data: Record<string, string> } {
  const text = readFileSync(file, "utf8");
  const newline = text.indexOf("\n");
  return { head: JSON.parse(text.slice(0, newline)) as CacheHead, data: JSON.parse(text.slice(newline + 1)) as Record<string, string> };
}

/** Writes a head and a data part as the cache writes them, the head's data length and checksum made to match. */
export function writeCache(file: string, head: CacheHead, data: Record<string, string> | string): void {
  const dataPart = Buffer.from(typeof data === "string" ? data : JSON.stringify(data));
  const sound = { ...head, data: { length: dataPart.length, checksum: checksum(dataPart) } };
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(sound)}\n`), dataPart]));
}
