import type { LinkView, NodeSummary, NodeView } from "../analyses/node-view.js";
import { caption } from "../graph/naming.js";
import type { Colors } from "./colors.js";
import { printable } from "../core/printable.js";

function line(summary: NodeSummary, c: Colors): string {
  const label = summary.label ? `${c.bold(printable(summary.label))} ` : "";
  return `${label}${summary.title ? printable(summary.title) : c.dim("(untitled)")}  ${c.dim(`${summary.type} ${printable(summary.ref)}`)}`;
}

function linkLine(link: LinkView, c: Colors): string {
  const target = link.node ? line(link.node, c) : link.resolved ? printable(link.ref) : `${printable(link.ref)} ${c.red("(unresolved)")}`;
  const cite = link.cite ? `\n      ${c.dim(`“${printable(link.cite)}”`)}` : "";
  return `    ${c.cyan(link.type.padEnd(11))} ${target}${cite}`;
}

/** A node for a person at a terminal: what it is, its text, where it sits and everything linked to it. */
export function formatShow(view: NodeView, c: Colors): string {
  const { node } = view;
  const location = `${printable(node.file)}:${node.line}:${node.column}`;
  const out: string[] = [];
  out.push(`${c.bold(printable(caption(node, { untitled: "(untitled)" })))}`);
  out.push(c.dim(`${node.type} ${printable(node.ref)} in ${printable(node.document)}${node.documentTitle ? ` (${printable(node.documentTitle)})` : ""}, ${location}`));
  if (node.description) out.push("", ...printable(node.description, { keepNewlines: true }).split("\n").map((l) => `  ${l}`));
  out.push("", c.bold("Parent"), view.parent ? `    ${line(view.parent, c)}` : c.dim("    (top level of its document)"));
  out.push("", c.bold(`Children (${view.children.length})`), ...(view.children.length ? view.children.map((child) => `    ${line(child, c)}`) : [c.dim("    none")]));
  out.push("", c.bold(`Links out (${view.outgoing.length})`), ...(view.outgoing.length ? view.outgoing.map((l) => linkLine(l, c)) : [c.dim("    none")]));
  out.push("", c.bold(`Links in (${view.incoming.length})`), ...(view.incoming.length ? view.incoming.map((l) => linkLine(l, c)) : [c.dim("    none")]));
  return `${out.join("\n")}\n`;
}
