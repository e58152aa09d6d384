import type { Location } from "../core/problem.js";
import { declaredDocumentId } from "../load/document-id.js";
import type { Project } from "./open.js";

/** A document that is missing from the graph because its file failed to load (syntax, not a plan, unknown kind). */
export interface FailedDocument {
  id: string;
  file: string;
  /** The file's first problem: why it failed. */
  at: Location;
}

/** Documents whose files failed to load, by the id they declare (files without a recognisable id are left out). */
export function failedDocuments(project: Project): Map<string, FailedDocument> {
  const inGraph = new Set([...project.graph.documents.values()].map((d) => d.file));
  const failed = new Map<string, FailedDocument>();
  for (const file of project.files) {
    if (inGraph.has(file.file)) continue;
    const id = declaredDocumentId(file);
    const first = project.findings.find((f) => f.at.file === file.file);
    // A document id another file already holds is a duplicate (duplicate-id), not a failed load.
    if (!id || !first || failed.has(id) || project.graph.documents.has(id)) continue;
    failed.set(id, { id, file: file.file, at: first.at });
  }
  return failed;
}
