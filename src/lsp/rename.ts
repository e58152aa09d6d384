import type { Range } from "vscode-languageserver/node";
import type { PlanGraph } from "../graph/graph.js";
import { documentName, nodeName } from "../graph/naming.js";
import type { Pick } from "./navigation.js";
import { declaredInStratml, type Mention, type Occurrences } from "./occurrences.js";

/** The schema's id pattern (schemas/common.schema.json, $defs/id): a rename may not produce an id the schema rejects. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_ID_LENGTH = 200;

/** A reason a rename cannot be made, worded for the user. */
export class RenameRefused extends Error {
  override name = "RenameRefused";
}

/** What may be renamed at the cursor: the id's range and text; refused on a broken link or a duplicate's id. */
export function prepareRename(graph: PlanGraph, occurrences: Occurrences, pick: Pick): { range: Range; placeholder: string } {
  const { occurrence, target } = pick;
  if (occurrence.role === "reference" && !occurrence.resolved && target === occurrence.target) {
    throw new RenameRefused(`'${occurrence.written}' names no node or document, so there is nothing to rename; fix the reference first`);
  }
  const declaration = occurrences.declarationOf(target);
  const node = graph.node(target);
  if (target.includes("~")) throw new RenameRefused("this id is declared twice in its document; rename the first declaration, or make the ids unique first");
  if (!declaration) throw new RenameRefused(`the id '${target}' is not written as plain text at its declaration (an alias, an escape, or an id a StratML import made up), so it cannot be renamed here`);
  if (declaredInStratml(declaration)) throw new RenameRefused(`'${target}' is declared in the StratML file ${declaration.file}: change its Identifier there (its Relationships may name it too), then the links to it`);
  const isDocument = graph.document(target) !== undefined;
  return { range: occurrences.idPart(occurrence, target), placeholder: isDocument ? target : (node?.id ?? target) };
}

/**
 * Renames the id under the cursor: its declaration and every mention of it across files, each
 * an edit of the id's text alone (formatting, quoting and comments stay as they are).
 */
export function rename(graph: PlanGraph, occurrences: Occurrences, pick: Pick, newId: string): Mention[] {
  prepareRename(graph, occurrences, pick);
  const { target } = pick;
  const document = graph.document(target);
  const node = document ? undefined : graph.node(target);
  const oldId = document ? document.id : node!.id;
  if (newId === oldId) return [];
  if (!ID.test(newId) || newId.length > MAX_ID_LENGTH) {
    throw new RenameRefused(`'${newId}' is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit (at most ${MAX_ID_LENGTH} characters)`);
  }
  if (document) {
    const clash = graph.document(newId);
    if (clash) throw new RenameRefused(`'${newId}' is already the id of ${documentName(clash)} (${clash.file}); choose another id`);
  } else {
    const clash = graph.node(`${node!.document}/${newId}`);
    if (clash) throw new RenameRefused(`'${newId}' is already the id of ${nodeName(clash)} in the same document; choose another id`);
    // A bare id resolves to a node of the same document before a document: the new name would capture links to that document.
    const captured = graph.document(newId);
    if (captured) throw new RenameRefused(`'${newId}' is the id of ${documentName(captured)}: bare links to it would then name this node; choose another id`);
  }
  return occurrences.mentionsOf(target, true);
}
