import type { LoadedFile } from "./loaded-file.js";

/** A top-level `id:` line, as a plan file begins: `id: ogp-strategy-2023` (quoted or not). */
const TOP_LEVEL_ID = /^id:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?[ \t]*(?:#.*)?$/m;

/**
 * The document id a file declares, even when the file failed to load: from its data when it
 * parsed, else from a top-level `id:` line of its text (a syntax error further down does not hide
 * it). Used to tell "a reference into a file that failed to load" from "a reference to nothing".
 */
export function declaredDocumentId(file: LoadedFile): string | undefined {
  const data = file.data as { id?: unknown } | null | undefined;
  if (data && typeof data === "object" && typeof data.id === "string") return data.id;
  if (data && typeof data === "object" && typeof data.id === "number") return String(data.id);
  return file.text === undefined ? undefined : TOP_LEVEL_ID.exec(file.text)?.[1];
}
