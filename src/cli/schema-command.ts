import { EXIT } from "../core/errors.js";
import { schemaFile, selfContainedSchema } from "../project/schema-files.js";
import { SCHEMA_KINDS, type SchemaKind } from "../project/schema-kinds.js";
import { write } from "./common.js";

/** `ogp schema [kind]`: one kind's schema as self-contained JSON, or without a kind the list of schema files. */
export function runSchema(kind: SchemaKind | undefined): number {
  if (kind) write(`${JSON.stringify(selfContainedSchema(kind), null, 2)}\n`);
  else write(SCHEMA_KINDS.map((k) => `${k.padEnd(12)} ${schemaFile(k)}\n`).join(""));
  return EXIT.ok;
}
