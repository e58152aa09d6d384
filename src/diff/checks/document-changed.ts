import type { FieldChange } from "../model.js";
import type { Check, ChangeDraft } from "./check.js";

export const DOCUMENT_CHANGED = "document-changed";

const FIELDS = ["title", "status", "period", "published"] as const;

/** A paired document whose title, status, period or publication date changed. */
export const documentChanged: Check = (facts) => {
  const changes: ChangeDraft[] = [];
  for (const [oldId, newId] of facts.matching.documents) {
    if (facts.oldSide.root) continue;
    const a = facts.oldSide.graph.document(oldId);
    const b = facts.newSide.graph.document(newId);
    if (!a || !b) continue;
    const fields: FieldChange[] = [];
    for (const field of FIELDS) {
      if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) fields.push({ field, ...(a[field] !== undefined ? { old: a[field] } : {}), ...(b[field] !== undefined ? { new: b[field] } : {}) });
    }
    if (fields.length === 0) continue;
    const name = (id: string, title?: string) => ({ ref: id, ...(title ? { title } : {}), type: "document" });
    changes.push({ check: DOCUMENT_CHANGED, type: "document", nodeType: "document", old: name(a.id, a.title), new: name(b.id, b.title), fields });
  }
  return changes;
};
