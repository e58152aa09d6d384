import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import type { Finding } from "../core/problem.js";
import { schemaHash } from "../generated/validators.js";

/**
 * `ogp lint --cache`: each file's parse result (its data and load problems), kept by a hash of its
 * content (never its modification time, which every CI checkout changes: ESLint #11319), under a
 * key of the tool's version, Node's version, the schemas and the config. Only parsing is cached:
 * the schema check and the graph checks always run over the whole set, so results that depend on
 * other files never go stale (ESLint #19869). A cache that is unreadable, corrupt or made under
 * another key is ignored and rewritten, never trusted; it is written atomically (temp + rename).
 */
export const DEFAULT_CACHE_LOCATION = ".ogpcache";
const SCHEMA_VERSION = 1;

export interface CachedParse {
  data?: unknown;
  findings: Finding[];
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
    this.used.set(hash, entry);
    return entry;
  }

  /** Keeps a file's parse result, unless its data would not survive JSON (NaN, Infinity): such a file is parsed each run. */
  set(hash: string, entry: CachedParse): void {
    if (!survivesJson(entry.data)) return;
    this.used.set(hash, entry);
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
