import { SymbolKind, type CodeLens, type DocumentSymbol, type Range } from "vscode-languageserver/node";
import { advancersOf } from "../graph/advancement.js";
import type { PlanGraph } from "../graph/graph.js";
import { caption } from "../graph/naming.js";
import { levelName, type NodeType, type PlanNode } from "../graph/model.js";
import type { Project } from "../project/open.js";
import { rangeOf } from "./diagnostics.js";

const KIND: Partial<Record<NodeType, SymbolKind>> = {
  goal: SymbolKind.Module,
  objective: SymbolKind.Namespace,
  approach: SymbolKind.Namespace,
  deliverable: SymbolKind.Package,
  action: SymbolKind.Method,
  activity: SymbolKind.Event,
  indicator: SymbolKind.Number,
};

/** The documents written in one file (one, unless the file is broken). */
function documentsIn(graph: PlanGraph, file: string) {
  return [...graph.documents.values()].filter((d) => d.file === file);
}

/** The outline of a file: its document's nodes (goals, objectives, deliverables, actions ...) as a tree. */
export function documentSymbols(project: Project, file: string, lineCount: number): DocumentSymbol[] {
  const { graph, index } = project;
  const symbols: DocumentSymbol[] = [];
  for (const document of documentsIn(graph, file)) {
    const nodes = document.nodes.filter((n) => n.ref !== document.id);
    const order = new Map(nodes.map((n, i) => [n.ref, i]));
    const symbolOf = (node: PlanNode): DocumentSymbol => {
      const start = rangeOf(index.position({ file, path: node.path }));
      const selection = rangeOf(index.position({ file, path: [...node.path, "id"] }));
      // A node's text runs to where the next node outside its subtree begins (or to the end of the file).
      const last = [...graph.subtree(node)].reduce((max, n) => Math.max(max, order.get(n.ref) ?? 0), order.get(node.ref) ?? 0);
      const next = nodes[last + 1];
      const endLine = next ? Math.max(start.start.line, rangeOf(index.position({ file, path: next.path })).start.line - 1) : lineCount - 1;
      const range: Range = { start: before(selection.start, start.start), end: after(selection.end, { line: endLine, character: (index.line(file, endLine + 1) ?? "").length }) };
      return {
        name: caption(node, { untitled: node.id }),
        detail: `${levelName(node)} '${node.id}'`,
        kind: KIND[node.type] ?? SymbolKind.Object,
        range,
        selectionRange: selection,
        children: graph.children(node).map(symbolOf),
      };
    };
    // A deliverable document is its own node: its actions hang beneath it rather than at the top.
    const own = graph.node(document.id);
    symbols.push(...(own ? graph.children(own) : graph.roots(document.id)).map(symbolOf));
  }
  return symbols;
}

/** A code lens over each goal of a file: how many deliverables advance it, through any path. */
export function codeLenses(project: Project, file: string): CodeLens[] {
  const { graph, index } = project;
  const lenses: CodeLens[] = [];
  for (const document of documentsIn(graph, file)) {
    for (const node of document.nodes) {
      if (node.type !== "goal") continue;
      const count = new Set(advancersOf(graph, node).map((p) => p.deliverable)).size;
      const title = `advanced by ${count} ${count === 1 ? "deliverable" : "deliverables"}`;
      // No command to run: the lens informs. An empty command id is how a client shows a label-only lens.
      lenses.push({ range: rangeOf(index.position({ file, path: [...node.path, "id"] })), command: { title, command: "" } });
    }
  }
  return lenses;
}

type Pos = Range["start"];
const before = (a: Pos, b: Pos): Pos => (a.line < b.line || (a.line === b.line && a.character < b.character) ? a : b);
const after = (a: Pos, b: Pos): Pos => (a.line > b.line || (a.line === b.line && a.character > b.character) ? a : b);
