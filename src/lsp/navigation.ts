import type { MarkupContent, Range } from "vscode-languageserver/node";
import type { PlanGraph } from "../graph/graph.js";
import { levelName } from "../graph/model.js";
import { documentName } from "../graph/naming.js";
import type { Mention, Occurrence, Occurrences } from "./occurrences.js";

/** A place in a plan file, by the project's name for the file. */
export interface FileRange {
  file: string;
  range: Range;
}

/** What the cursor is on: an occurrence, and which id of it (the document or the node of 'doc/node'). */
export interface Pick {
  occurrence: Occurrence;
  target: string;
}

export function pickAt(occurrences: Occurrences, file: string, line: number, character: number): Pick | undefined {
  const occurrence = occurrences.at(file, line, character);
  return occurrence ? { occurrence, target: occurrences.targetAt(occurrence, character) } : undefined;
}

/** Go to definition: from a reference to the `id:` of the node or document it names; from a declaration to itself. */
export function definition(occurrences: Occurrences, pick: Pick): FileRange | undefined {
  if (pick.occurrence.role === "reference" && !pick.occurrence.resolved && pick.target === pick.occurrence.target) return undefined;
  const declaration = occurrences.declarationOf(pick.target);
  return declaration ? { file: declaration.file, range: occurrences.idPart(declaration, pick.target) } : undefined;
}

/** Find references: every link naming the id under the cursor, across files (and its declaration on request). */
export function references(occurrences: Occurrences, pick: Pick, includeDeclaration: boolean): Mention[] {
  if (pick.occurrence.role === "reference" && !pick.occurrence.resolved && pick.target === pick.occurrence.target) return [];
  return occurrences.mentionsOf(pick.target, includeDeclaration);
}

/** Hover: what the id names, the way a reader says it, with its document; for a broken link, that it names nothing. */
export function hover(graph: PlanGraph, pick: Pick): MarkupContent {
  const node = graph.node(pick.target);
  const document = graph.document(node?.document ?? pick.target);
  const lines: string[] = [];
  if (node && node.ref !== node.document) {
    // The full title, not the short one messages use: a hover has room for it.
    lines.push(`**${escape(levelName(node))} ${escape(node.label ?? node.id)}**${node.title ? `: ${escape(node.title)}` : ""}`);
  } else if (document) {
    lines.push(`**${escape(documentName(document))}**${document.title ? `: ${escape(document.title)}` : ""}`);
    if (document.status) lines.push(`status: ${escape(document.status)}`);
  } else {
    lines.push(`\`${pick.target}\` names no node or document in the loaded plans`);
  }
  if (node && node.ref !== node.document && document) lines.push(`in ${escape(documentName(document))}${document.title ? `: ${escape(document.title)}` : ""}`);
  if (document) lines.push(`\`${document.file}\``);
  return { kind: "markdown", value: lines.join("\n\n") };
}

/** Markdown that shows the text as written (titles may hold '*' or '_'). */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|])/g, "\\$1");
}
