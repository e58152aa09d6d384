import { shorten } from "../core/fit-text.js";
import { levelName, type PlanDocument, type PlanNode } from "./model.js";

// How a node is spelled for people, in two shapes: a caption (label, then title: `2.1 Civic space`)
// where a drawing or page shows the node, and a spoken name (kind, number, quoted short title:
// `goal 3 "Protect and expand civic space."`) where a sentence names it. Spell a node through these.
// Shapes of their own, fixed by their goldens: the coverage gate's `goal 1 'ref' ("title")`, the
// coverage tables' label and title two spaces apart, and the language server's outline (src/lsp).

/** How long a title may be in a message line (lint, the coverage gate) before it is shortened with an ellipsis. */
export const MESSAGE_TITLE = 50;

/** A title on one line (runs of white space as one space), cut to `max` characters. */
export function shortTitle(title: string, max = MESSAGE_TITLE): string {
  return shorten(title.replace(/\s+/g, " ").trim(), max);
}

/** What every spelling of a node reads from; a view's node, a coverage row or a change's name alike. */
export interface NodeParts {
  ref: string;
  label?: string | null;
  title?: string | null;
}

/** A node's own id: the last part of its reference (`ogp-strategy-2023/civic-space` -> `civic-space`). */
export function idOf(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

export interface CaptionOptions {
  /** Cut the title (or what stands for it) to this many characters exactly, as `ogp graph` draws a box; whole when not given. */
  titleMax?: number;
  /** What stands for a missing title; the node's reference when not given. */
  untitled?: string;
}

/** A node's caption as people name it: its label, then its title (`2.1 Civic space`). */
export function caption(node: NodeParts, options: CaptionOptions = {}): string {
  const text = node.title ?? options.untitled ?? node.ref;
  const shown = options.titleMax === undefined ? text : shorten(text, options.titleMax, { keepSpaces: true });
  return node.label ? `${node.label} ${shown}` : shown;
}

/** A node as a sentence names it: kind, number, then the short title in quotes (none when it has no title). */
export function spokenName(kind: string, number: string, title: string | null | undefined, titleMax = MESSAGE_TITLE): string {
  return title ? `${kind} ${number} "${shortTitle(title, titleMax)}"` : `${kind} ${number}`;
}

/**
 * A node named the way a reader of the plan says it, as lint findings and the language server name
 * one: kind, then label (or the id in quotes when the source gives no number), then the short title:
 * `goal 3 "Protect and expand civic space."`, `deliverable 'fundraising' "Fundraising"`.
 */
export function nodeName(node: PlanNode): string {
  return spokenName(levelName(node), node.label ?? `'${node.id}'`, node.title);
}

/** A document named in messages: its kind and id (`strategy 'ogp-strategy-2023'`). */
export function documentName(document: PlanDocument): string {
  return `${document.kind} '${document.id}'`;
}
