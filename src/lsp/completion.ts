import { CompletionItemKind, type CompletionItem } from "vscode-languageserver/node";
import type { PlanGraph } from "../graph/graph.js";
import { ADVANCEABLE, levelName, type EdgeType, type PlanDocument, type PlanNode } from "../graph/model.js";
import { itemAt } from "../core/item-at.js";

/** The keys whose values (or list items, or their `ref`) are references, and the edge each makes. */
const LINK_KEYS = new Set<EdgeType>(["advances", "refs", "derivedFrom", "serves", "strategy", "workplan"]);
/** What each kind of link may name (as the wrong-target rule checks): the rest is not offered. */
const WANTS: Record<string, { documents: (d: PlanDocument) => boolean; nodes: (n: PlanNode, d: PlanDocument) => boolean }> = {
  advances: { documents: () => false, nodes: (n, d) => d.kind === "strategy" && ADVANCEABLE.has(n.type) },
  serves: { documents: () => false, nodes: (n) => n.type === "goal" || n.type === "objective" },
  strategy: { documents: (d) => d.kind === "strategy", nodes: () => false },
  workplan: { documents: (d) => d.kind === "workplan", nodes: () => false },
  refs: { documents: () => true, nodes: () => true },
  derivedFrom: { documents: () => true, nodes: () => true },
};

const TOKEN = /[A-Za-z0-9._/-]*$/;
const KEY_ONLY = /^(\s*)(?:-\s+)?([A-Za-z]+):\s*(#.*)?$/;

/**
 * The link key a reference typed at the cursor belongs to, read from the text (the buffer being
 * typed in rarely parses): `strategy: |`, `- |` or `- ref: |` under `advances:`, `[a, |` after `refs:`.
 */
export function linkKeyAt(lines: readonly string[], line: number, character: number): string | undefined {
  const before = (lines[line] ?? "").slice(0, character).replace(TOKEN, "");
  const inline = /(?:^|[\s{,])([A-Za-z]+):\s*\[(?:[^\]]*,)?\s*(?:\{\s*ref:\s*)?["']?$/.exec(before) ?? /(?:^|\s)([A-Za-z]+):\s*\{\s*ref:\s*["']?$/.exec(before) ?? /^\s*(?:-\s+)?([A-Za-z]+):\s*["']?$/.exec(before);
  if (inline && inline[1] !== "ref") return LINK_KEYS.has(inline[1] as EdgeType) ? inline[1] : undefined;
  let threshold: number;
  const item = /^(\s*)-\s+(?:\{\s*)?(?:ref:\s*)?["']?$/.exec(before);
  const ref = /^(\s*)ref:\s*["']?$/.exec(before);
  if (item) threshold = (item[1] ?? "").length + 1;
  else if (ref) threshold = (ref[1] ?? "").length - 1;
  else return undefined;
  // The nearest key above with nothing after its colon, to the left of this item: the list (or mapping) it is in.
  for (let l = line - 1; l >= 0; l--) {
    const text = itemAt(lines, l);
    const key = KEY_ONLY.exec(text);
    if (!key) continue;
    const column = text.indexOf(key[2] ?? "");
    if (column < threshold) return LINK_KEYS.has(key[2] as EdgeType) ? key[2] : undefined;
  }
  return undefined;
}

/**
 * Completion of a reference: document ids first, then node references with their titles as
 * detail (bare ids for nodes of the file's own document); after 'doc/', that document's nodes.
 */
export function complete(graph: PlanGraph, lines: readonly string[], line: number, character: number, ownDocument: string | undefined): CompletionItem[] {
  // A position past the end of the document (a client's stale view of it) has nothing to complete.
  // (lines[line] is undefined for a line number that is negative, fractional or past the end.)
  const text = lines[line];
  if (text === undefined || !Number.isInteger(character) || character < 0 || character > text.length) return [];
  const key = linkKeyAt(lines, line, character);
  if (!key) return [];
  const wants = WANTS[key];
  if (!wants) return [];
  const token = TOKEN.exec(text.slice(0, character))![0];
  const range = { start: { line, character: character - token.length }, end: { line, character } };
  const slash = token.indexOf("/");
  const items: CompletionItem[] = [];
  for (const document of graph.documents.values()) {
    if (slash >= 0 && document.id !== token.slice(0, slash)) continue;
    if (slash < 0 && wants.documents(document)) {
      items.push({ label: document.id, kind: CompletionItemKind.Module, detail: `${document.kind}${document.title ? `: ${document.title}` : ""}`, sortText: `0 ${document.id}`, textEdit: { range, newText: document.id } });
    }
    for (const node of document.nodes) {
      if (node.ref === document.id || node.ref.includes("~") || !wants.nodes(node, document)) continue;
      const local = slash < 0 && document.id === ownDocument;
      const text = local ? node.id : node.ref;
      items.push({ label: text, kind: CompletionItemKind.Reference, detail: `${levelName(node)}${node.label ? ` ${node.label}` : ""}${node.title ? `: ${node.title}` : ""}`, sortText: `${local ? 1 : 2} ${text}`, textEdit: { range, newText: text } });
    }
  }
  return items;
}
