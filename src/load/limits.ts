/** The bounds loading keeps against hostile input (issue 23): each refused with its own invalid-file finding. */
export const LIMITS = {
  /**
   * Larger files are refused unread. The biggest shipped plan is 60 KB. Resolving positions parses
   * a file with `yaml`, whose document costs up to about 200 bytes of memory per byte of text (a
   * 10 MiB file of short flow lists ran out of a 2 GB heap): 6 MiB keeps every shape within 2 GB.
   */
  maxBytes: 6 * 1024 * 1024,
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
