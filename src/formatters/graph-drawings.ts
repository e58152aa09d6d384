import { caption } from "../graph/naming.js";
import { dotQuote } from "./dot.js";
import type { GraphView } from "../analyses/graph-view.js";

export function formatGraphJson(view: GraphView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}

const EDGE_STYLE: Record<string, string> = { contains: "solid", advances: "bold", refs: "dashed", derivedFrom: "dotted", serves: "bold", strategy: "bold", workplan: "bold" };

/** How long a box's title may be in `ogp graph`'s drawings: two words shorter than a message's, since the label shares the box. */
const BOX_TITLE = 48;

/** Graphviz: one cluster per document, edges styled by type. */
export function formatGraphDot(view: GraphView): string {
  const lines = ["digraph ogp {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica", fontsize=10];', '  edge [fontname="Helvetica", fontsize=8];'];
  view.documents.forEach((document, i) => {
    lines.push(`  subgraph cluster_${i} {`, `    label=${dotQuote(`${document.id} (${document.kind}${document.status ? `, ${document.status}` : ""})`)};`);
    lines.push(`    ${dotQuote(document.id)} [shape=folder, label=${dotQuote(document.title ?? document.id)}];`);
    for (const node of view.nodes) if (node.document === document.id && node.ref !== document.id) lines.push(`    ${dotQuote(node.ref)} [label=${dotQuote(caption(node, { titleMax: BOX_TITLE }))}];`);
    lines.push("  }");
  });
  for (const edge of view.edges) {
    lines.push(`  ${dotQuote(edge.from)} -> ${dotQuote(edge.to)} [style=${EDGE_STYLE[edge.type] ?? "solid"}${edge.type === "contains" ? "" : `, label=${dotQuote(edge.type)}`}];`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** Mermaid flowchart: ids are made safe, captions keep the labels and titles. */
export function formatGraphMermaid(view: GraphView): string {
  // Ids derived from the references, so a change to one node does not renumber the whole chart in a diff.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const idOf = (ref: string) => {
    let id = ids.get(ref);
    if (!id) {
      const base = `n_${ref.replace(/[^A-Za-z0-9]/g, "_")}`;
      id = base;
      for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
      ids.set(ref, id);
      used.add(id);
    }
    return id;
  };
  const text = (s: string) => s.replace(/"/g, "#quot;").replace(/[\n\r]+/g, " ");
  const lines = ["flowchart LR"];
  for (const document of view.documents) {
    lines.push(`  subgraph ${idOf(document.id)}["${text(`${document.id} (${document.kind})`)}"]`);
    for (const node of view.nodes) if (node.document === document.id && node.ref !== document.id) lines.push(`    ${idOf(node.ref)}["${text(caption(node, { titleMax: BOX_TITLE }))}"]`);
    lines.push("  end");
  }
  for (const edge of view.edges) {
    const arrow = edge.type === "contains" ? "-->" : edge.type === "refs" || edge.type === "derivedFrom" ? `-.${edge.type}.->` : `==${edge.type}==>`;
    lines.push(`  ${idOf(edge.from)} ${arrow} ${idOf(edge.to)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Mermaid's default maxTextSize: renderers refuse larger diagrams ("Maximum text size in diagram exceeded"). */
export const MERMAID_MAX_TEXT = 50_000;

/** A warning for a Mermaid diagram too large for renderers' defaults, or undefined when it fits. */
export function mermaidSizeWarning(text: string): string | undefined {
  if (text.length <= MERMAID_MAX_TEXT) return undefined;
  return `the Mermaid output is ${text.length.toLocaleString("en")} characters, over the ${MERMAID_MAX_TEXT.toLocaleString("en")} that Mermaid renders by default (maxTextSize): scope it with --document <id> or --depth <n>`;
}
