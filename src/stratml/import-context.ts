import { renderMessage, type MessageData } from "../core/messages.js";
import type { Position } from "../core/problem.js";
import { IdAllocator, isPlaceholder, isUsableId, looksGenerated } from "./identifiers.js";
import { STRATML_MESSAGES, type StratmlMessageId } from "./messages.js";
import { hasContent, type XmlElement } from "./xml.js";

/** What the import did to one piece of the source that did not map one to one. */
export type ChangeKind =
  | "dropped-empty" // an element without content (forms leave many)
  | "placeholder" // template text standing for a missing value ("[To_be_identified]")
  | "duplicate-identifier" // an Identifier used before in the same document
  | "new-id" // an Identifier that is no usable, stable id (a GUID, "_..."): replaced by a readable id, kept under data.stratml for export
  | "nesting" // a SequenceIndicator that contradicts where the objective is written
  | "renamed-element" // a legacy element name read as its ISO name (FirstName -> GivenName)
  | "kept-in-data" // content with no home in the plan model, kept under data.stratml
  | "unresolved-relationship" // a ReferentIdentifier that names no element of the document
  | "invalid-date" // a date that is not YYYY-MM-DD, kept as text under data.stratml
  | "defaulted"; // a required value StratML does not have (status) or the file left out (title)

/** Kinds that are slips of the source, reported as lint findings of the imported file (the rest only in the summary). */
export const PROBLEM_KINDS: ReadonlySet<ChangeKind> = new Set(["placeholder", "duplicate-identifier", "nesting", "unresolved-relationship", "invalid-date"]);

export interface ImportChange {
  kind: ChangeKind;
  /** The StratML element concerned (local name). */
  element: string;
  /** The wording's key in STRATML_MESSAGES, and what fills it in. */
  messageId: StratmlMessageId;
  data: MessageData;
  /** The message rendered from the table. */
  message: string;
  position: Position;
  related?: { messageId: StratmlMessageId; data: MessageData; message: string; position: Position }[];
}

/** A place a change speaks of besides its own (where a duplicate Identifier was first used). */
export interface RelatedChange {
  messageId: StratmlMessageId;
  data: MessageData;
  position: Position;
}

/** A node's kind and name as the messages about its Identifier give them ("indicator", "Plans Converted"). */
export interface NodeNaming {
  nodeKind: string;
  name?: string;
}

interface Placed {
  self: Position;
  fields: Map<string, Position>;
}

/** State of one document's import: ids handed out, identifiers seen, changes made, and where each value came from. */
export class ImportContext {
  readonly changes: ImportChange[] = [];
  readonly ids = new IdAllocator();
  /** Original Identifier -> the node that carries it, for Relationship referents and duplicate reports. */
  readonly identifiers = new Map<string, { id: string; position: Position }>();
  // Maps, not WeakMaps: the context lives for one import only, and thousands of ephemerons slow every garbage collection.
  private readonly places = new Map<object, Placed>();
  /** Relationships read for an indicator node, resolved to links once every node has its id. */
  readonly relationships = new Map<object, { data: Record<string, unknown>; referents: { value: string; element: XmlElement }[] }[]>();

  change(kind: ChangeKind, element: XmlElement, messageId: StratmlMessageId, data: MessageData = {}, related?: RelatedChange[]): void {
    const change: ImportChange = { kind, element: element.name, messageId, data, message: renderMessage(STRATML_MESSAGES[messageId], data), position: element.position };
    if (related) change.related = related.map((r) => ({ ...r, message: renderMessage(STRATML_MESSAGES[r.messageId], r.data) }));
    this.changes.push(change);
  }

  /** Records that `target` (a node or mapping of the plan data) was read from `element`, and each field from its child element. */
  place(target: object, element: XmlElement, fields: Record<string, XmlElement | undefined> = {}): void {
    const placed: Placed = { self: element.position, fields: new Map() };
    for (const [key, child] of Object.entries(fields)) if (child) placed.fields.set(key, child.position);
    this.places.set(target, placed);
  }

  /** Every recorded place by document path (JSON-encoded), found by walking the finished plan data. */
  positions(data: unknown): Map<string, Position> {
    const out = new Map<string, Position>();
    const walk = (value: unknown, path: (string | number)[]) => {
      if (value === null || typeof value !== "object") return;
      const placed = this.places.get(value);
      if (placed) {
        out.set(JSON.stringify(path), placed.self);
        for (const [key, position] of placed.fields) out.set(JSON.stringify([...path, key]), position);
      }
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(data, []);
    return out;
  }

  /** An element's text, or undefined when it is empty (dropped) or a placeholder (reported). */
  valueOf(element: XmlElement): string | undefined {
    const value = element.text.trim();
    if (value === "" && !element.children.some(hasContent)) {
      this.change("dropped-empty", element, "emptyDropped", { element: element.name });
      return undefined;
    }
    if (isPlaceholder(value)) {
      this.change("placeholder", element, "placeholder", { element: element.name, value });
      return undefined;
    }
    return value;
  }

  /**
   * Picks a node's id. An Identifier a person wrote ("growth", "uid-goal-membership", an id ogp
   * exported) is kept when usable and unique. One a tool generated (a GUID) changes from one
   * version of a plan to the next, so the node gets a readable id from what is stable instead:
   * kind and sequence indicator ("objective-1.1"), else kind and name, else its place. The
   * original Identifier is returned for `data.stratml.identifier`, so that export gives it back,
   * and recorded for Relationship referents; a replaced Identifier is reported.
   */
  nodeId(identifier: XmlElement | undefined, readable: string, what: NodeNaming): { id: string; original?: string; idElement?: XmlElement } {
    const raw = identifier ? identifier.text.trim() : "";
    if (!identifier || raw === "") return { id: this.ids.allocate(readable) };
    if (isPlaceholder(raw)) {
      this.valueOf(identifier);
      return { id: this.ids.allocate(readable) };
    }
    const first = this.identifiers.get(raw);
    if (first) {
      const id = this.ids.allocate(readable);
      this.change("duplicate-identifier", identifier, what.name ? "duplicateIdentifier" : "duplicateIdentifierUnnamed", { ...naming(what), identifier: raw, id }, [
        { messageId: "duplicateIdentifierFirst", data: { id: first.id }, position: first.position },
      ]);
      return { id, original: raw };
    }
    const id = isUsableId(raw) && !looksGenerated(raw) && this.ids.reserve(raw) ? raw : this.ids.allocate(readable);
    if (raw !== id) this.change("new-id", identifier, what.name ? "identifierReplaced" : "identifierReplacedUnnamed", { ...naming(what), identifier: raw, id });
    this.identifiers.set(raw, { id, position: identifier.position });
    // The id written as it is: placed at its Identifier, so that an editor can go to it (lsp/occurrences.ts).
    return { id, original: raw, ...(id === raw ? { idElement: identifier } : {}) };
  }
}

/**
 * Reads one element's children by name. Whatever is not read by the end goes to `rest()`:
 * empty children are dropped (and counted), children with content are kept as generic data.
 */
export class ElementReader {
  private readonly used = new Set<XmlElement>();

  constructor(
    readonly element: XmlElement,
    private readonly context: ImportContext,
  ) {}

  /** The first unread child of that name (or of one of the names: legacy spellings), marked read. */
  first(isoName: string, ...legacyNames: string[]): XmlElement | undefined {
    const names = [isoName, ...legacyNames];
    const found = this.element.children.find((c) => names.includes(c.name) && !this.used.has(c));
    if (!found) return undefined;
    this.used.add(found);
    if (found.name !== isoName) this.context.change("renamed-element", found, "legacyElement", { element: found.name, isoName });
    return found;
  }

  all(name: string): XmlElement[] {
    const found = this.element.children.filter((c) => c.name === name);
    for (const child of found) this.used.add(child);
    return found;
  }

  /** The trimmed text of the first child of that name; undefined (and reported) when empty or a placeholder. */
  text(isoName: string, ...legacyNames: string[]): { value?: string; element?: XmlElement } {
    const element = this.first(isoName, ...legacyNames);
    if (!element) return {};
    return { value: this.context.valueOf(element), element };
  }

  /** Children nobody read: content kept generically (reported), empty ones dropped (reported). */
  rest(): Record<string, unknown> | undefined {
    let kept: Record<string, unknown> | undefined;
    for (const child of this.element.children) {
      if (this.used.has(child)) continue;
      if (!hasContent(child)) {
        this.context.change("dropped-empty", child, "emptyDropped", { element: child.name });
        continue;
      }
      kept ??= {};
      addGeneric(kept, child.name, generic(child));
      this.context.change("kept-in-data", child, "keptInData", { element: child.name });
    }
    return kept;
  }
}

function naming(what: NodeNaming): MessageData {
  return what.name ? { nodeKind: what.nodeKind, name: what.name } : { nodeKind: what.nodeKind };
}

function addGeneric(target: Record<string, unknown>, key: string, value: unknown): void {
  const existing = target[key];
  if (existing === undefined) target[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else target[key] = [existing, value];
}

/** An element as plain data: its text alone, or { "@attribute": ..., "#text": ..., Child: ... } without empty parts. */
export function generic(element: XmlElement): unknown {
  const attributes = Object.entries(element.attributes).filter(([, v]) => v.trim() !== "");
  const children = element.children.filter(hasContent);
  const text = element.text.trim();
  if (attributes.length === 0 && children.length === 0) return text;
  const out: Record<string, unknown> = {};
  for (const [key, value] of attributes) out[`@${key}`] = value;
  if (text) out["#text"] = text;
  for (const child of children) addGeneric(out, child.name, generic(child));
  return out;
}
