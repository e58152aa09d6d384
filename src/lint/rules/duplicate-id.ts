import type { Finding } from "../../core/problem.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "duplicate-id",
  defaultSeverity: "error",
  description: "Two nodes of one document share an id, or two documents share a document id; references to it would be ambiguous.",
  check({ project: { graph }, where }) {
    const findings: Finding[] = [];
    for (const { first, again } of graph.duplicateDocuments) {
      const firstAt = { file: first.file, path: ["id"] };
      findings.push({
        rule: rule.id,
        message: `document id '${again.id}' is already used by ${where(firstAt)}; give one of the documents another id`,
        at: { file: again.file, path: ["id"] },
        related: [{ at: firstAt, message: "first defined here" }],
      });
    }
    for (const { first, again } of graph.duplicateNodes) {
      const firstAt = { file: first.file, path: [...first.path, "id"] };
      findings.push({
        rule: rule.id,
        message: `id '${again.id}' is already used in document '${again.document}' at ${where(firstAt)}; node ids must be unique within a document`,
        at: { file: again.file, path: [...again.path, "id"] },
        related: [{ at: firstAt, message: "first defined here" }],
      });
    }
    return findings;
  },
});
export default rule;
