import { UsageError } from "../core/errors.js";

/** The bounds loading keeps against hostile input (issue 23): each refused with its own invalid-file finding. */
export const LIMITS = {
  /**
   * Larger files (YAML or StratML) are refused unread. Chosen for "at most 2 s of CPU and 300 MB
   * for any file under the limit" (issue 23; BENCHMARKS.md, "Hostile input"): a YAML file that
   * `yaml` must parse (a syntax error, an alias) costs about 2-4 s of CPU and 450 MB per MiB on a
   * busy machine, so 6 MiB took up to 14 s and 1.2 GB. Real plans are far smaller: the biggest shipped
   * plan is 60 KB, the biggest StratML sample 223 KB (196 KB as imported YAML), the bench's
   * workplans of 10,000 deliverables 125 KB each.
   */
  maxBytes: 256 * 1024,
  /** Aliases expanded per document: plans have no use for more; "billion laughs" bombs have millions. */
  maxAliasCount: 1000,
  /** Keys copied by `%YAML 1.1` merge keys (`<<: *anchor`), per document: each merge copies its anchor's keys. */
  maxMergedKeys: 10_000,
  /** Nesting deeper than this is refused before validation walks it. */
  maxDepth: 200,
  /**
   * Flow brackets or compact list dashes nested deeper than this are refused before `yaml` parses
   * them (it slows down with flow depth and recurses per dash): well past maxDepth, so that nesting
   * just past the limit is still reported by the check of the data, with its own message.
   */
  maxParseDepth: 1000,
  /** Parser errors gathered per file before `yaml` stops: only the first 100 problems of a file are listed. */
  maxParseErrors: 1000,
} as const;

/** The environment variable that sets another size limit, for plan files one trusts (README, "Limits and speed"). */
export const MAX_FILE_SIZE_VARIABLE = "OGP_MAX_FILE_SIZE";

/** Bytes per unit of an OGP_MAX_FILE_SIZE value (none, KiB, MiB). */
const UNIT_BYTES: Record<string, number> = { "": 1, kib: 1024, mib: 1024 * 1024 };

/**
 * The largest plan file read, in bytes: LIMITS.maxBytes, unless OGP_MAX_FILE_SIZE gives a size
 * (bytes, or a number with KiB or MiB, such as "2MiB"). An environment variable rather than a
 * config key, since the config travels in the same pull request as the files it would let in;
 * a CI job's environment does not.
 */
export function maxFileBytes(environment: NodeJS.ProcessEnv = process.env): number {
  const value = environment[MAX_FILE_SIZE_VARIABLE];
  if (value === undefined || value.trim() === "") return LIMITS.maxBytes;
  const match = /^\s*(\d+)\s*(KiB|MiB)?\s*$/i.exec(value);
  const bytes = match ? Number(match[1]) * (UNIT_BYTES[(match[2] ?? "").toLowerCase()] ?? NaN) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`${MAX_FILE_SIZE_VARIABLE} is '${value}': give a size in bytes, or with KiB or MiB, such as 2MiB`);
  return bytes;
}
