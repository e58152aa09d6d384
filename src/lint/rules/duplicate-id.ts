import { documentName, nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "duplicate-id",
    defaultSeverity: "error",
    description: "Two nodes of one document share an id, or two documents share a document id; references to it would be ambiguous.",
    messages: {
      documentId: "document id '{{id}}' is already used by another document ({{first}}); give one of the documents another id",
      nodeId: "{{node}} has id '{{id}}', already used by {{first}} in document '{{document}}'; node ids must be unique within a document",
      firstDefined: "'{{id}}' first defined here",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const { first, again } of graph.duplicateDocuments) {
      const firstAt = { file: first.file, path: ["id"] };
      addFinding("documentId", { id: again.id, first: documentName(first) }, { file: again.file, path: ["id"] }, [{ at: firstAt, messageId: "firstDefined", data: { id: again.id } }]);
    }
    for (const { first, again } of graph.duplicateNodes) {
      const firstAt = { file: first.file, path: [...first.path, "id"] };
      addFinding("nodeId", { node: nodeName(again), id: again.id, first: nodeName(first), document: again.document }, { file: again.file, path: [...again.path, "id"] }, [
        { at: firstAt, messageId: "firstDefined", data: { id: again.id } },
      ]);
    }
  },
);
