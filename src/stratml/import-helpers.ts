import { isPlaceholder, looksGenerated, slug } from "./identifiers.js";
import { ElementReader, type ImportContext } from "./import-context.js";
import type { XmlElement } from "./xml.js";

// Helpers every part of the StratML import shares: compacting nodes, the data.stratml bag, dates, empty elements.

export type Json = Record<string, unknown>;

/** Removes undefined values and empty objects or lists, so that the plan holds only what the source says. */
export function compact<T extends Json>(value: T): T {
  for (const [key, item] of Object.entries(value)) {
    const empty = item === undefined || (Array.isArray(item) && item.length === 0) || (isPlainObject(item) && Object.keys(item).length === 0);
    if (empty) delete value[key];
  }
  return value;
}

export function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `data: { stratml: bag }` when the bag holds anything. */
export function stratmlData(bag: Json): Json | undefined {
  compact(bag);
  return Object.keys(bag).length > 0 ? { stratml: bag } : undefined;
}

export function dateOf(read: { value?: string; element?: XmlElement }, context: ImportContext, bag: Json, key: string): { value?: string; element?: XmlElement } {
  if (read.value === undefined || !read.element) return read;
  // xsd:date allows a time zone ("2020-01-31Z"); the plan keeps the day.
  const day = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(read.value)?.[1];
  if (day) return { value: day, element: read.element };
  bag[key] = read.value;
  context.change("invalid-date", read.element, "invalidDate", { element: read.element.name, value: read.value, key });
  return {};
}

/** Drops an element that holds nothing but empty elements and placeholders, reporting each placeholder. */
export function dropEmpty(element: XmlElement, context: ImportContext): undefined {
  context.change("dropped-empty", element, "emptyContainerDropped", { element: element.name });
  const visit = (e: XmlElement) => {
    if (isPlaceholder(e.text)) context.valueOf(e);
    e.children.forEach(visit);
  };
  element.children.forEach(visit);
  return undefined;
}

export function hasAnyContent(element: XmlElement): boolean {
  // An element whose only text is placeholders (a template's "ID-${uuid}") counts as empty.
  const text = element.text.trim();
  if (text !== "" && !isPlaceholder(text)) return true;
  return element.children.some(hasAnyContent);
}

/** The plan document's id: the document's Identifier when a person wrote it and it is usable, else one from the file name. */
export function documentId(identifier: string | undefined, fileName: string): string {
  if (identifier && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(identifier) && !looksGenerated(identifier)) return identifier;
  return slug(fileName.replace(/\.[^.]*$/, "")) || "stratml-plan";
}

/**
 * The Vision and the Mission (StratML 1, 2 and 3.5 alike): the text goes in the plan, the
 * Identifier and anything else in the data.stratml bag, and the text's element is where the field came from.
 */
export function readStatements(parent: ElementReader, context: ImportContext, data: Json, bag: Json, fields: Record<string, XmlElement | undefined>): void {
  for (const key of ["Vision", "Mission"] as const) {
    const statement = parent.first(key);
    if (!statement) continue;
    const reader = new ElementReader(statement, context);
    const description = reader.text("Description");
    const identifier = reader.text("Identifier");
    const field = key.toLowerCase();
    data[field] = description.value;
    bag[`${field}Identifier`] = identifier.value;
    bag[`${field}Other`] = reader.rest();
    fields[field] = description.element;
  }
}
