/** The JSON Schemas the package publishes, by the name `ogp schema <kind>` takes (kept apart so the CLI's wiring imports no file code). */
export const SCHEMA_KINDS = ["strategy", "workplan", "deliverable", "common", "config", "baseline"] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];
