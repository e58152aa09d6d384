import { documentFieldChanges } from "../facts.js";
import type { Finder, Finding } from "./check.js";

/** document-changed: a paired document whose title, description or any field its kind's schema lists (vision, mission, status, period, ...) changed. */
export const documentChanged: Finder = (facts) => {
  const found: Finding[] = [];
  if (facts.oldSide.root) return found;
  for (const [oldId, newId] of facts.matching.documents) {
    const a = facts.oldSide.graph.document(oldId);
    const b = facts.newSide.graph.document(newId);
    if (!a || !b) continue;
    const fields = documentFieldChanges(a, b, facts.strict);
    if (fields.length === 0) continue;
    const name = (id: string, title?: string) => ({ ref: id, ...(title ? { title } : {}), type: "document" });
    found.push({ type: "document", nodeType: "document", old: name(a.id, a.title), new: name(b.id, b.title), fields });
  }
  return found;
};
