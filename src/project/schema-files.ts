import { readFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "./default-paths.js";

import type { SchemaKind } from "./schema-kinds.js";

export function schemaFile(kind: SchemaKind): string {
  return path.join(packageRoot(), "schemas", `${kind}.schema.json`);
}

type JsonObject = Record<string, unknown>;

const readSchema = (kind: SchemaKind) => JSON.parse(readFileSync(schemaFile(kind), "utf8")) as JsonObject;

/**
 * One kind's schema made self-contained: the shared definitions of common.schema.json are copied
 * into its own `$defs` and references to them made local, so a tool given this one document
 * (piped, or saved under another name) resolves every `$ref` without the file beside it.
 */
export function selfContainedSchema(kind: SchemaKind): JsonObject {
  const schema = readSchema(kind);
  // Only the plan schemas share definitions; the others stand alone already.
  if (!JSON.stringify(schema).includes('"common.schema.json#/$defs/')) return schema;
  const common = readSchema("common");
  const local = JSON.parse(JSON.stringify(schema).replaceAll('"common.schema.json#/$defs/', '"#/$defs/')) as JsonObject;
  return { ...local, $defs: { ...(common.$defs as JsonObject), ...((local.$defs as JsonObject | undefined) ?? {}) } };
}
