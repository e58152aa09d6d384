import type { MessageData } from "../../core/messages.js";
import type { Location } from "../../core/problem.js";
import { alternatives, comparisonCost, suggestionFor } from "../../core/suggest.js";
import type { PlanGraph } from "../../graph/graph.js";
import type { Edge, PlanNode } from "../../graph/model.js";
import { failedDocuments } from "../../project/failed.js";
import type { Project } from "../../project/open.js";
import { defineRule } from "../rule.js";
import { itemAt } from "../../core/item-at.js";

// Each message comes in the variants a reader needs: with the nearest ids ("...Suggest", data
// {{suggestions}}: up to three, worded as alternatives, "'a' or 'b'"), or, where none is near, with what to do instead. Every sentence
// is in this table; code only picks the message id.
const MESSAGES = {
  nodeRefForDocument: "'{{linkType}}' names '{{written}}', a node reference; it takes a document id: '{{documentId}}'",
  unknownDocument: "'{{linkType}}' names '{{written}}', but no loaded document has that id; if it is defined in another file, lint that file too (or the whole plans folder)",
  unknownDocumentSuggest: "'{{linkType}}' names '{{written}}', but no loaded document has that id; did you mean {{suggestions}}?",
  unknownDocumentInRef: "unresolved reference '{{written}}': no loaded document '{{documentId}}'; if it is defined in another file, lint that file too (or the whole plans folder)",
  unknownDocumentInRefSuggest: "unresolved reference '{{written}}': no loaded document '{{documentId}}'; did you mean {{suggestions}}?",
  unknownNode: "unresolved reference '{{written}}': document '{{documentId}}' has no node '{{nodeId}}'",
  unknownNodeSuggest: "unresolved reference '{{written}}': document '{{documentId}}' has no node '{{nodeId}}'; did you mean {{suggestions}}?",
  notCheckedOne: "a reference from {{from}} into document '{{documentId}}' is not checked until this file loads",
  notChecked: "{{count}} references from {{from}} into document '{{documentId}}' are not checked until this file loads",
  firstReference: "first reference into '{{documentId}}'",
  unknownLocalNode: "unresolved reference '{{written}}': document '{{documentId}}' has no node '{{written}}' (a bare id refers to the same document)",
  unknownLocalNodeSuggest: "unresolved reference '{{written}}': document '{{documentId}}' has no node '{{written}}' (a bare id refers to the same document); did you mean {{suggestions}}?",
  unknownLocalNodeElsewhere: "unresolved reference '{{written}}': document '{{documentId}}' has no node '{{written}}' (a bare id refers to the same document); to link to another document write {{suggestions}}",
} as const;

type MessageId = keyof typeof MESSAGES;

export default defineRule(
  {
    id: "unresolved-ref",
    defaultSeverity: "error",
    description: "A link (advances, refs, derivedFrom, serves, strategy, workplan) names a document or node that does not exist.",
    messages: MESSAGES,
  },
  ({ project, addFinding, inform }) => {
    const { graph } = project;
    const failed = failedDocuments(project);
    // References into a document whose file failed to load are noted once per document, as information
    // at the broken file: the files that hold them may be untouched (a pull request's annotation on a
    // file it did not change would mislead), and the broken file's own error says what to fix.
    const intoFailed = new Map<string, Edge[]>();
    // Document ids, node ids and suggestions, built once per run rather than once per reference.
    const lookups = new Lookups(graph);
    for (const edge of graph.edges) {
      if (edge.resolved || !edge.at) continue;
      const target = targetDocumentId(edge);
      if (target !== undefined && failed.has(target)) {
        intoFailed.set(target, [...(intoFailed.get(target) ?? []), edge]);
        continue;
      }
      const [messageId, data] = explain(graph, edge, lookups);
      addFinding(messageId, data, edge.at);
    }
    for (const [documentId, edges] of intoFailed) {
      const first = firstInSource(project, edges);
      const related = [{ at: first, messageId: "firstReference" as const, data: { documentId } }];
      const files = [...new Set(edges.map((edge) => edge.at!.file))].sort();
      const [onlyFile] = files;
      const from = files.length === 1 && onlyFile ? onlyFile : `${files.length} files`;
      const at = failed.get(documentId)!.at;
      if (edges.length === 1) inform("notCheckedOne", { documentId, from }, at, related);
      else inform("notChecked", { documentId, count: edges.length, from }, at, related);
    }
  },
);

/** Where the first of some references is written, in file and source order (edges are in graph order). */
function firstInSource(project: Project, edges: readonly Edge[]): Location {
  const placed = edges.map((edge) => ({ at: edge.at!, ...project.index.position(edge.at!) }));
  placed.sort((a, b) => a.at.file.localeCompare(b.at.file) || a.line - b.line || a.column - b.column);
  return itemAt(placed, 0).at;
}

/** The document a reference names: the id itself for strategy/workplan links, the part before '/' otherwise (bare ids name their own document). */
function targetDocumentId(edge: Edge): string | undefined {
  if (edge.type === "strategy" || edge.type === "workplan") return edge.written.split("/")[0];
  const slash = edge.written.indexOf("/");
  return slash >= 0 ? edge.written.slice(0, slash) : undefined;
}

function documentOf(graph: PlanGraph, edge: Edge): string {
  return graph.nodes.get(edge.from)?.document ?? edge.from;
}

/**
 * Most work a run spends on suggestions, in pairs of characters compared (about 5 million
 * comparisons of short ids); past it, hints are left out, so many broken references stay linear
 * however long their ids (counting comparisons, 3,000 ids of 196 characters took two minutes).
 */
const SUGGESTION_BUDGET = 250_000_000;

/**
 * What explaining many broken references needs, built once per run rather than once per reference:
 * the document ids, each document's node ids, the nodes by id, and remembered suggestions.
 */
class Lookups {
  readonly documentIds: string[];
  private readonly localIds = new Map<string, string[]>();
  private nodesById?: Map<string, PlanNode[]>;
  private readonly remembered = new Map<string, string | undefined>();
  private budget = SUGGESTION_BUDGET;

  constructor(private readonly graph: PlanGraph) {
    this.documentIds = [...graph.documents.keys()];
  }

  idsOf(document: string): string[] {
    let ids = this.localIds.get(document);
    if (!ids) this.localIds.set(document, (ids = this.graph.documents.get(document)?.nodes.map((n) => n.id) ?? []));
    return ids;
  }

  withId(id: string): PlanNode[] {
    if (!this.nodesById) {
      this.nodesById = new Map();
      for (const node of this.graph.nodes.values()) {
        const same = this.nodesById.get(node.id);
        if (same) same.push(node);
        else this.nodesById.set(node.id, [node]);
      }
    }
    return this.nodesById.get(id) ?? [];
  }

  /** The nearest candidates as a message's {{suggestions}}, remembered per (candidate list, value) and bounded by the run's budget. */
  suggestions(value: string, candidates: string[], among: string): string | undefined {
    const key = `${among}\0${value}`;
    if (this.remembered.has(key)) return this.remembered.get(key);
    const cost = comparisonCost(value, candidates);
    if (this.budget < cost) return undefined;
    this.budget -= cost;
    const suggestions = suggestionFor(value, candidates);
    this.remembered.set(key, suggestions);
    return suggestions;
  }
}

function explain(graph: PlanGraph, edge: Edge, lookups: Lookups): [MessageId, MessageData] {
  const written = edge.written;
  const linkType = edge.type;
  const documentIds = lookups.documentIds;
  if ((edge.type === "strategy" || edge.type === "workplan") && written.includes("/") && graph.documents.has(written.slice(0, written.indexOf("/")))) {
    return ["nodeRefForDocument", { linkType, written, documentId: written.slice(0, written.indexOf("/")) }];
  }
  if (edge.type === "strategy" || edge.type === "workplan") {
    const suggestions = lookups.suggestions(written, documentIds, "");
    return suggestions ? ["unknownDocumentSuggest", { linkType, written, suggestions }] : ["unknownDocument", { linkType, written }];
  }
  const slash = written.indexOf("/");
  if (slash >= 0) {
    const documentId = written.slice(0, slash);
    const nodeId = written.slice(slash + 1);
    const target = graph.documents.get(documentId);
    if (!target) {
      const suggestions = lookups.suggestions(documentId, documentIds, "");
      return suggestions ? ["unknownDocumentInRefSuggest", { written, documentId, suggestions }] : ["unknownDocumentInRef", { written, documentId }];
    }
    const suggestions = lookups.suggestions(nodeId, lookups.idsOf(documentId), `/${documentId}`);
    return suggestions ? ["unknownNodeSuggest", { written, documentId, nodeId, suggestions }] : ["unknownNode", { written, documentId, nodeId }];
  }
  const home = documentOf(graph, edge);
  const elsewhere = lookups.withId(written).filter((n) => n.document !== home).map((n) => n.ref);
  if (elsewhere.length > 0) return ["unknownLocalNodeElsewhere", { written, documentId: home, suggestions: alternatives(elsewhere.slice(0, 3)) }];
  const suggestions = lookups.suggestions(written, lookups.idsOf(home), `/${home}`);
  return suggestions ? ["unknownLocalNodeSuggest", { written, documentId: home, suggestions }] : ["unknownLocalNode", { written, documentId: home }];
}
