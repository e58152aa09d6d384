import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import type { DocPath, Finding, Position } from "../core/problem.js";
import { schemaHash } from "../generated/schema-hash.js";

/**
 * `ogp lint --cache`: what is fixed for a given content, kept by a hash of the file's content
 * (never its modification time, which every CI checkout changes: ESLint #11319): its data and
 * load problems, its schema check's result, and the positions asked of it (so a warm run parses
 * nothing), under a key of the tool's version, Node's version, the schemas and the config. The
 * graph checks always run over the whole set, so results that depend on other files never go
 * stale (ESLint #19869). A cache that is unreadable, corrupt or made under another key is ignored
 * and rewritten, never trusted; it is written atomically (temp + rename).
 */
export const DEFAULT_CACHE_LOCATION = ".ogpcache";
const SCHEMA_VERSION = 1;

export interface CachedParse {
  data?: unknown;
  /** Problems of reading and parsing. */
  findings: Finding[];
  /** The schema check's result (absent: checked on use). */
  schema?: { kind?: string; findings: Finding[] };
  /** Positions asked of this content, by positionKey. */
  positions?: Record<string, Position>;
}

/** The key of a position in `CachedParse.positions`: a document path, and whether the key (not the value) is meant. */
export function positionKey(path: DocPath, atKey: boolean): string {
  return (atKey ? "k" : "v") + JSON.stringify(path);
}

interface CacheFile {
  schemaVersion: number;
  key: string;
  /** Content hash -> parse result. */
  entries: Record<string, CachedParse>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The key a cache is valid under; `configHash` is the hash of the config file (issue 13), when there is one. */
export function cacheKey(toolVersion: string, configHash = ""): string {
  return createHash("sha256").update(JSON.stringify([toolVersion, process.version, schemaHash, configHash])).digest("hex");
}

/** The hash of an effective config (plans, rules, overrides and the folder they are relative to), for the cache key; "" without one. */
export function configHash(config?: { dir: string; plans: string[]; rules: unknown; overrides: unknown }): string {
  if (!config) return "";
  return createHash("sha256").update(JSON.stringify([config.dir, config.plans, config.rules, config.overrides])).digest("hex");
}

export class ParseCache {
  private readonly used = new Map<string, CachedParse>();
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly stored: Record<string, CachedParse>,
  ) {}

  /** Opens the cache at `location`; anything but a well-formed cache with this key starts empty. */
  static async open(location: string, key: string): Promise<ParseCache> {
    let stored: Record<string, CachedParse> = {};
    try {
      const parsed = JSON.parse(await readFile(location, "utf8")) as Partial<CacheFile>;
      if (parsed?.schemaVersion === SCHEMA_VERSION && parsed.key === key && parsed.entries && typeof parsed.entries === "object") stored = parsed.entries;
    } catch {
      // missing, unreadable or corrupt: start empty, rewrite on save
    }
    return new ParseCache(location, key, stored);
  }

  get(hash: string): CachedParse | undefined {
    const entry = Object.hasOwn(this.stored, hash) ? this.stored[hash] : undefined;
    if (!entry || !Array.isArray(entry.findings)) return undefined;
    if (entry.schema !== undefined && !Array.isArray(entry.schema?.findings)) return undefined;
    if (entry.positions !== undefined && (entry.positions === null || typeof entry.positions !== "object" || Array.isArray(entry.positions))) return undefined;
    this.used.set(hash, entry);
    return entry;
  }

  /** Keeps a file's parse result, unless its data would not survive JSON (NaN, Infinity): such a file is parsed each run. Whether it was kept. */
  set(hash: string, entry: CachedParse): boolean {
    if (!survivesJson(entry.data)) return false;
    this.used.set(hash, entry);
    this.changed = true;
    return true;
  }

  /** An entry in use was completed (a schema result, a position): the cache is written again. */
  touch(): void {
    this.changed = true;
  }

  /** Writes the entries of this run (others are dropped, so the cache does not grow forever), atomically. */
  async save(): Promise<void> {
    if (!this.changed && this.used.size === Object.keys(this.stored).length) return;
    const file: CacheFile = { schemaVersion: SCHEMA_VERSION, key: this.key, entries: Object.fromEntries(this.used) };
    const temp = `${this.location}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(file));
    await rename(temp, this.location);
  }
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
