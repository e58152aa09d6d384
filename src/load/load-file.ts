import { readFileSync, statSync } from "node:fs";
import { sha256Hex } from "../core/crypto.js";
import { ioProblem, UsageError } from "../core/errors.js";
import type { Finding } from "../core/problem.js";
import { INVALID_FILE_MESSAGES } from "./messages.js";
import { sizeLimitData } from "./size-limit.js";
import { positionKey, type CachedParse, type FileStamp, type ParseCache } from "./cache.js";
import { formatOf, type PlanFormat } from "./formats.js";
import { maxFileBytes } from "./limits.js";
import { fileProblem, parsedFile, unreadFile, type FileName, type LoadedFile, type PositionOf } from "./loaded-file.js";

// A file's way through the loader, one stage after the other, each returning a new value:
// read the bytes, decode them as the file's format says, parse the text with the format's reader
// (or take what the cache kept of the same content), and make the document of it.

/** Reads one file in the first of `formats` it matches; with a `cache`, a file whose content was parsed before is not parsed again. */
export async function loadFile(name: FileName, formats: readonly PlanFormat[], cache?: ParseCache): Promise<LoadedFile> {
  const read = await readBytes(name);
  if (!read.ok) return unreadFile(name, [read.finding]);
  return loadBytes(name, read.bytes, formats, cache, read.stamp);
}

/**
 * A plan file's bytes, read from disk or from git (project/git-ref.ts), decoded and parsed in the
 * first of `formats` it matches: one way for both, so a plan reads the same at a revision.
 */
export async function loadBytes(name: FileName, bytes: Uint8Array, formats: readonly PlanFormat[], cache?: ParseCache, stamp?: Omit<FileStamp, "hash">): Promise<LoadedFile> {
  const oversized = sizeProblem(name, bytes.length);
  if (oversized) return unreadFile(name, [oversized]);
  const format = formatOf(formats, name.absolutePath);
  const decoded = await format.decode(name, bytes);
  if (!decoded.ok) return unreadFile(name, [decoded.finding]);
  const { text } = decoded;
  if (!cache || !format.cacheable) return parsedFile(name, (await format.reader()).parse(name, text));
  const hash = hashOf(name, bytes, cache, stamp);
  const hit = cache.get(hash);
  if (hit) return fromCache(name, text, hash, hit, format, cache);
  const parsed = (await format.reader()).parse(name, text);
  const entry: CachedParse = { data: parsed.data, findings: parsed.findings, positions: {} };
  if (!cache.set(hash, entry)) return { ...parsedFile(name, parsed), contentHash: hash };
  return { ...parsedFile(name, parsed), positionOf: recording(parsed.positionOf, entry, cache), contentHash: hash, cacheEntry: entry };
}

/** The content hash of a file's bytes: by its stamp when the cache knows it unchanged, else computed (and the stamp kept). */
function hashOf({ absolutePath }: FileName, bytes: Uint8Array, cache: ParseCache, stamp: Omit<FileStamp, "hash"> | undefined): string {
  const known = stamp && cache.hashByStamp(absolutePath, stamp);
  if (known) return known;
  // The content's sha256 (core/crypto.ts: a warm run whose files keep their stamps never loads node:crypto).
  const hash = sha256Hex(bytes);
  if (stamp) cache.recordStamp(absolutePath, stamp, hash);
  return hash;
}

/** The file's bytes and its stamp (taken before reading, so a later edit changes it); an oversized file is a problem of the file, refused unread. */
async function readBytes({ file, absolutePath }: FileName): Promise<{ ok: true; bytes: Buffer; stamp: Omit<FileStamp, "hash"> } | { ok: false; finding: Finding }> {
  const limit = maxFileBytes();
  try {
    // Size first, so an oversized file is refused without reading it into memory.
    const { size, ino, mtimeMs, ctimeMs } = statSync(absolutePath);
    const oversized = sizeProblem({ file, absolutePath }, size, limit);
    if (oversized) return { ok: false, finding: oversized };
    // Synchronous, as the folder search (files.ts): node:fs/promises alone costs a warm run about 2 ms to load.
    return { ok: true, bytes: readFileSync(absolutePath), stamp: { size, ino, mtimeMs, ctimeMs } };
  } catch (error) {
    // A file that cannot be read at all is an unreadable path (exit 2), not a problem in a plan.
    throw new UsageError(`${file}: ${ioProblem(error)}`);
  }
}

/**
 * A text that did not come from a file read here (an editor's buffer) over the size limit: the file
 * it would be, refused unread as `ogp lint` refuses the same text on disk; undefined within the limit.
 */
export function oversizedText(name: FileName, text: string): LoadedFile | undefined {
  const oversized = sizeProblem(name, Buffer.byteLength(text));
  return oversized ? unreadFile(name, [oversized]) : undefined;
}

/** The problem of a file over the size limit (OGP_MAX_FILE_SIZE, else LIMITS.maxBytes), refused unread; none for a file within it. */
function sizeProblem({ file }: FileName, size: number, limit = maxFileBytes()): Finding | undefined {
  return size > limit ? fileProblem(file, "invalid-file", INVALID_FILE_MESSAGES, "tooLarge", sizeLimitData(size, limit)) : undefined;
}

/** A file served by the cache: kept by content, so another file may have stored it, and its problems are re-addressed to this one. */
function fromCache(name: FileName, text: string, hash: string, hit: CachedParse, format: PlanFormat, cache: ParseCache): LoadedFile {
  const { file } = name;
  const readdress = (f: Finding): Finding => ({ ...f, at: { ...f.at, file }, ...(f.related ? { related: f.related.map((r) => ({ ...r, at: { ...r.at, file } })) } : {}) });
  const positions = (hit.positions ??= {});
  // Positions not cached (a finding this content did not have on the run that filled the cache) need the reader: see preparePosition.
  let fromText: PositionOf | undefined;
  const uncached: PositionOf = (path, atKey = false) => {
    const reader = format.loadedReader();
    if (!reader?.positionsIn) throw new Error(`${file}: a position was asked that the cache does not hold, before the parser was loaded`);
    return (fromText ??= reader.positionsIn(text))(path, atKey);
  };
  const served: Omit<LoadedFile, "data"> = {
    file,
    absolutePath: name.absolutePath,
    text,
    hasData: hit.hasData === true,
    findings: hit.findings.map(readdress),
    ...(hit.schema ? { schema: { ...(hit.schema.kind ? { kind: hit.schema.kind } : {}), findings: hit.schema.findings.map(readdress) } } : {}),
    positionOf: recording(uncached, hit, cache),
    preparePosition: (path, atKey) => (format.loadedReader() || positionKey(path, atKey) in positions ? undefined : format.reader()),
    contentHash: hash,
    cacheEntry: hit,
  };
  return hit.hasData === true ? withLazyData(served, () => cache.dataJsonOf(hash)) : served;
}

/** The data of a cached file, decoded from its JSON text when first read (a warm run over unchanged files never reads it). */
function withLazyData(served: Omit<LoadedFile, "data">, jsonOf: () => string | undefined): LoadedFile {
  let data: unknown;
  let decoded = false;
  return Object.defineProperty(served as LoadedFile, "data", {
    get: () => {
      if (!decoded) {
        const json = jsonOf();
        // The data part was checked whole when the cache was opened, so this is a fault of ours.
        if (json === undefined) throw new Error(`${served.file}: the cache says it keeps this content's data, and has none`);
        data = JSON.parse(json);
      }
      decoded = true;
      return data;
    },
    enumerable: true,
  });
}

/** Positions resolved for a file go into its cache entry, so the next run over the same content needs no parse for them. */
function recording(resolve: PositionOf, entry: CachedParse, cache: ParseCache): PositionOf {
  return (path, atKey = false) => {
    const key = positionKey(path, atKey);
    const known = entry.positions?.[key];
    if (known) return known;
    const position = resolve(path, atKey);
    cache.recordPosition(entry, key, position);
    return position;
  };
}
