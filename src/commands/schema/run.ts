import { EXIT } from "../../core/errors.js";
import { schemaFile, selfContainedSchema } from "../../project/schema-files.js";
import { INPUT_SCHEMA_KINDS, OUTPUT_SCHEMA_KINDS, type SchemaKind } from "../../project/schema-kinds.js";
import { write } from "../common.js";

/** `ogp schema [kind]`: one kind's schema as self-contained JSON, or without a kind the list of schema files. */
export function runSchema(kind: SchemaKind | undefined): number {
  if (kind) write(`${JSON.stringify(selfContainedSchema(kind), null, 2)}\n`);
  else {
    const list = (kinds: readonly SchemaKind[]) => kinds.map((k) => `  ${k.padEnd(16)} ${schemaFile(k)}\n`).join("");
    write(`Files you write:\n${list(INPUT_SCHEMA_KINDS)}Output of --format json:\n${list(OUTPUT_SCHEMA_KINDS)}`);
  }
  return EXIT.ok;
}
