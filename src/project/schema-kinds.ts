/** The JSON Schemas of files people write, by the name `ogp schema <kind>` takes (kept apart so the CLI's wiring imports no file code). */
export const INPUT_SCHEMA_KINDS = ["strategy", "workplan", "deliverable", "common", "config", "baseline"] as const;

/** The JSON Schemas of what the commands print with --format json (and the report's download), the contracts of their output. */
export const OUTPUT_SCHEMA_KINDS = ["lint-report", "coverage-output", "diff-output", "diff-evolution", "report-data", "stratml-import"] as const;

export const SCHEMA_KINDS = [...INPUT_SCHEMA_KINDS, ...OUTPUT_SCHEMA_KINDS] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];
