import { promises as fsp, readFileSync } from "node:fs";
import { checksum } from "../core/crypto.js";
import { BUILD } from "../core/version.js";
import type { DocPath, Finding, Position } from "../core/problem.js";
import { schemaHash } from "../generated/schema-hash.js";

/**
 * `ogp lint --cache`: what is fixed for a given content, kept by a hash of the file's content
 * (never its modification time, which every CI checkout changes: ESLint #11319; a file's stamp
 * only spares hashing it again, see FileStamp): its data (as
 * JSON text, decoded only when the graph is built) and load problems, its schema check's result,
 * and the positions asked of it (so a warm run parses nothing), under a key of the tool's version,
 * Node's version, the schemas and the config. Beside the entries, the last run's record
 * (RunRecord): its files' hashes and its findings, so that a run over the same files does no check
 * again, and a run where files changed redoes the checks across files over the whole set (results
 * that depend on other files never go stale: ESLint #19869) and the one-file checks of the changed
 * files (lint/cached-run.ts). A cache that is unreadable, corrupt or made under another key is
 * ignored and rewritten, never trusted; it is written atomically (temp + rename).
 */
export const DEFAULT_CACHE_LOCATION = ".ogpcache";
const SCHEMA_VERSION = 3;

/** A content's schema check, as kept (LoadedFile.schema). */
export interface CachedSchema {
  readonly kind?: string;
  readonly findings: readonly Finding[];
}

export interface CachedParse {
  /**
   * Whether the content's data is kept: as JSON text, in the cache file's data part
   * (`ParseCache.dataJsonOf`), which a run decodes only when it needs the data (when the graph is
   * built: see RunRecord). A warm run over unchanged files never decodes it.
   */
  hasData?: boolean;
  /** In memory only (never written): the data of a file parsed by this run, stringified on save. */
  data?: unknown;
  /** Problems of reading and parsing. */
  findings: readonly Finding[];
  /** The schema check's result (absent: checked on use). */
  schema?: CachedSchema;
  /** Positions asked of this content, by positionKey. */
  positions?: Record<string, Position>;
  /**
   * The comments of this content that hold `ogp-disable` (src/suppress/directives.ts), as the YAML
   * lexer found them: a warm run then needs no lexer (loading and running it was about a third of
   * a warm run over the shipped plans, two of which hold such comments).
   */
  disableComments?: { line: number; column: number; text: string }[];
}

/** The key of a position in `CachedParse.positions`: a document path, and whether the key (not the value) is meant. */
export function positionKey(path: DocPath, atKey: boolean): string {
  return (atKey ? "k" : "v") + JSON.stringify(path);
}

/**
 * What the last run found over the whole set of files, so that a run over the same files (every
 * path with the same content hash, the same day) needs neither the graph nor the rules, and a run
 * where some files changed redoes only the checks across files and the changed files' own ones.
 * Findings are kept raw (before severities: those come from the config, which is in the cache key).
 */
export interface RunRecord {
  /** The day the date rules were judged on (YYYY-MM-DD). */
  today: string;
  /** Every file of the run (as shown) and its content hash. */
  files: Record<string, string>;
  /** Findings of the rules that read more than one file (and the load stage's): valid only for exactly these files. */
  crossFile: Finding[];
  /** Per file that owns its document: its findings from the rules that read that document alone, and the hash they were made of. */
  perFile: Record<string, { hash: string; findings: Finding[] }>;
  /** The graph's size, for the report's counts. */
  documents: number;
  nodes: number;
  /** The files in the order their problems are listed (see lint's KnownFacts). */
  fileOrder?: string[];
  /**
   * The node each finding is about (by `placeKey`, core/problem.ts), as this run's graph named it: a run
   * served by the record then needs no graph to say so. A ref can depend on other files (a
   * duplicate id's `~2`), so the whole map is made anew whenever the graph is built.
   */
  nodeRefs?: Record<string, string>;
}

/**
 * The cache file: this head as one line of JSON, then the data part, one line of JSON mapping a
 * content hash to its data's JSON text. The head says the data part's length and checksum, so a
 * damaged or cut file is never trusted (the data part is read only when a run needs the data).
 */
interface CacheFile {
  schemaVersion: number;
  key: string;
  /** Content hash -> parse result. */
  entries: Record<string, CachedParse>;
  /** The data part's length in bytes and its checksum (core/crypto.ts). */
  data: { length: number; checksum: string };
  run?: RunRecord;
  /** Absolute path -> the stamp and content hash the file had when last hashed (see FileStamp). */
  stamps?: Record<string, FileStamp>;
}

/**
 * What the file system says of a file (size, inode, modification and change times) with the hash
 * of the content it had then. A file whose stamp is unchanged is not hashed again (a warm run then
 * needs no node:crypto, about 4 ms of start-up); the change time cannot be set back by hand as
 * the modification time can. A file changed within 2 seconds of being hashed gets no stamp (git's
 * "racily clean" rule: on a file system with coarse times, a second edit in the same tick would
 * keep the stamp): it is hashed again next run.
 */
export interface FileStamp {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  hash: string;
}

/** The milliseconds a file must have stood unchanged before it was hashed, for its stamp to be kept. */
const RACY_MS = 2000;

/**
 * The key a cache is valid under: the tool's version and build (core/version.ts: a hash of the
 * sources and locked dependencies, so that a checkout between releases never serves another
 * build's findings), Node's version, the schemas and the effective config (`configKey`). Kept as
 * it is, not hashed: comparing it needs no node:crypto.
 */
export function cacheKey(toolVersion: string, configKey = ""): string {
  return JSON.stringify([`${toolVersion}+${BUILD}`, process.version, schemaHash, configKey]);
}

/** The effective config (plans, rules, overrides and the folder they are relative to), for the cache key; "" without one. */
export function configKey(config?: { dir: string; plans: string[]; rules: unknown; overrides: unknown }): string {
  if (!config) return "";
  return JSON.stringify([config.dir, config.plans, config.rules, config.overrides]);
}

export class ParseCache {
  private readonly used = new Map<string, CachedParse>();
  private readonly stampsUsed = new Map<string, FileStamp>();
  private changed = false;
  private nextRun: RunRecord | undefined;
  private dataTexts: Record<string, unknown> | undefined;

  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly stored: Record<string, CachedParse>,
    /** The last run's record, when well-formed (see RunRecord). */
    readonly lastRun: RunRecord | undefined,
    private readonly stamps: Record<string, FileStamp> = {},
    /** The data part as read (sound: its length and checksum are those the head gives). */
    private readonly dataPart: Buffer = Buffer.alloc(0),
  ) {}

  /** Opens the cache at `location`; anything but a well-formed cache with this key starts empty. */
  static async open(location: string, key: string): Promise<ParseCache> {
    let stored: Record<string, CachedParse> = {};
    let run: RunRecord | undefined;
    let stamps: Record<string, FileStamp> = {};
    let dataPart: Buffer | undefined;
    try {
      // Read synchronously and written through fs.promises (loaded on use): a warm run that writes nothing never loads it.
      const bytes = readFileSync(location);
      const newline = bytes.indexOf(10);
      const parsed = JSON.parse(bytes.toString("utf8", 0, newline < 0 ? bytes.length : newline)) as Partial<CacheFile>;
      const data = newline < 0 ? undefined : bytes.subarray(newline + 1);
      if (parsed?.schemaVersion === SCHEMA_VERSION && parsed.key === key && isObject(parsed.entries) && data && soundDataPart(parsed.data, data)) {
        stored = parsed.entries;
        dataPart = data;
        if (isRunRecord(parsed.run)) run = parsed.run;
        if (isObject(parsed.stamps)) stamps = parsed.stamps;
      }
    } catch {
      // missing, unreadable or corrupt: start empty, rewrite on save
    }
    return new ParseCache(location, key, stored, run, stamps, dataPart);
  }

  get(hash: string): CachedParse | undefined {
    const entry = Object.hasOwn(this.stored, hash) ? this.stored[hash] : undefined;
    if (!entry || !Array.isArray(entry.findings)) return undefined;
    if (entry.schema !== undefined && !Array.isArray(entry.schema?.findings)) return undefined;
    if (entry.positions !== undefined && !isObject(entry.positions)) return undefined;
    if (entry.hasData !== undefined && typeof entry.hasData !== "boolean") return undefined;
    if (entry.disableComments !== undefined && !(Array.isArray(entry.disableComments) && entry.disableComments.every(isComment))) return undefined;
    delete entry.data; // only ever in memory
    this.used.set(hash, entry);
    return entry;
  }

  /** The JSON text of a kept content's data (see CachedParse.hasData); the data part is decoded on the first call. */
  dataJsonOf(hash: string): string | undefined {
    if (!this.dataTexts) {
      const texts: unknown = this.dataPart.length === 0 ? {} : JSON.parse(this.dataPart.toString("utf8"));
      this.dataTexts = isObject(texts) ? texts : {};
    }
    const text = Object.hasOwn(this.dataTexts, hash) ? this.dataTexts[hash] : undefined;
    return typeof text === "string" ? text : undefined;
  }

  /** The content hash of the file at `absolutePath`, when its stamp is the one kept with that hash; else it must be hashed. */
  hashByStamp(absolutePath: string, stamp: Omit<FileStamp, "hash">): string | undefined {
    const kept = Object.hasOwn(this.stamps, absolutePath) ? this.stamps[absolutePath] : undefined;
    if (!kept || typeof kept.hash !== "string" || !sameStamp(kept, stamp)) return undefined;
    this.stampsUsed.set(absolutePath, kept);
    return kept.hash;
  }

  /** Keeps a file's stamp with the hash of the content read under it, unless the file changed too recently to trust (RACY_MS). */
  recordStamp(absolutePath: string, stamp: Omit<FileStamp, "hash">, hash: string, now = Date.now()): void {
    if (now - Math.max(stamp.mtimeMs, stamp.ctimeMs) < RACY_MS) return;
    this.stampsUsed.set(absolutePath, { ...stamp, hash });
    this.changed = true;
  }

  /** Keeps a file's parse result, unless its data would not survive JSON (NaN, Infinity): such a file is parsed each run. Whether it was kept. */
  set(hash: string, entry: CachedParse): boolean {
    if (!survivesJson(entry.data)) return false;
    this.used.set(hash, entry);
    this.changed = true;
    return true;
  }

  /** Completes an entry in use with its content's schema result: the cache is written again. */
  recordSchema(entry: CachedParse, schema: CachedSchema): void {
    entry.schema = schema;
    this.changed = true;
  }

  /** Completes an entry in use with its content's `ogp-disable` comments (suppress/directives.ts): a warm run then lexes nothing. */
  recordDisableComments(entry: CachedParse, comments: { line: number; column: number; text: string }[]): void {
    entry.disableComments = comments;
    this.changed = true;
  }

  /** Completes an entry in use with a position asked of its content (by positionKey): the cache is written again. */
  recordPosition(entry: CachedParse, key: string, position: Position): void {
    (entry.positions ??= {})[key] = position;
    this.changed = true;
  }

  /** What this run found, to be written with its entries (see RunRecord). */
  recordRun(run: RunRecord): void {
    this.nextRun = run;
    this.changed = true;
  }

  /** Writes the entries of this run (others are dropped, so the cache does not grow forever), atomically. */
  async save(): Promise<void> {
    if (!this.changed && this.used.size === Object.keys(this.stored).length && this.stampsUsed.size === Object.keys(this.stamps).length) return;
    const entries: Record<string, CachedParse> = {};
    const texts: Record<string, string> = {};
    for (const [hash, entry] of this.used) {
      const { data, hasData, ...kept } = entry;
      const text = data !== undefined ? JSON.stringify(data) : hasData ? this.dataJsonOf(hash) : undefined;
      if (text !== undefined) texts[hash] = text;
      entries[hash] = text !== undefined ? { ...kept, hasData: true } : kept;
    }
    const stamps = Object.fromEntries(this.stampsUsed);
    // A run served by the last record (which names its files' hashes, so it cannot go stale) keeps it.
    const run = this.nextRun ?? this.lastRun;
    const dataPart = Buffer.from(JSON.stringify(texts));
    const head: CacheFile = { schemaVersion: SCHEMA_VERSION, key: this.key, entries, data: { length: dataPart.length, checksum: checksum(dataPart) }, ...(run ? { run } : {}), stamps };
    const temp = `${this.location}.${process.pid}.tmp`;
    // JSON.stringify writes no line feed of its own (one in a string is "\n"): the first one ends the head.
    await fsp.writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), dataPart]));
    await fsp.rename(temp, this.location);
  }
}

function soundDataPart(meta: unknown, dataPart: Uint8Array): boolean {
  const { length, checksum: sum } = (isObject(meta) ? meta : {}) as { length?: unknown; checksum?: unknown };
  return length === dataPart.length && sum === checksum(dataPart);
}

function sameStamp(a: Omit<FileStamp, "hash">, b: Omit<FileStamp, "hash">): boolean {
  return a.size === b.size && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function isComment(value: unknown): boolean {
  const comment = value as { line?: unknown; column?: unknown; text?: unknown } | null;
  return isObject(comment) && typeof comment.line === "number" && typeof comment.column === "number" && typeof comment.text === "string";
}

function isObject(value: unknown): value is Record<string, never> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A run record of the right shape (a wrongly shaped one is ignored: the run checks everything). */
function isRunRecord(value: unknown): value is RunRecord {
  if (!isObject(value)) return false;
  const run = value as Partial<RunRecord>;
  return (
    typeof run.today === "string" && isObject(run.files) && Array.isArray(run.crossFile) && isObject(run.perFile) &&
    Object.values(run.perFile).every((p) => isObject(p) && typeof (p as { hash?: unknown }).hash === "string" && Array.isArray((p as { findings?: unknown }).findings)) &&
    typeof run.documents === "number" && typeof run.nodes === "number" &&
    (run.fileOrder === undefined || (Array.isArray(run.fileOrder) && run.fileOrder.every((f) => typeof f === "string"))) &&
    (run.nodeRefs === undefined || (isObject(run.nodeRefs) && Object.values(run.nodeRefs).every((ref) => typeof ref === "string")))
  );
}

function survivesJson(data: unknown): boolean {
  const stack = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "number" && !Number.isFinite(value)) return false;
    if (value !== null && typeof value === "object") for (const item of Object.values(value)) stack.push(item);
  }
  return true;
}
