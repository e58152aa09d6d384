import { SaxesParser } from "saxes";
import { renderMessage, type MessageData } from "../core/messages.js";
import type { Position } from "../core/problem.js";
import { XML_SYNTAX_MESSAGES, type XmlSyntaxMessageId } from "./messages.js";
import { MAX_XML_DEPTH, positionAt, xmlTooDeepAt } from "./xml-depth.js";

/** One XML element as the importer reads it: its local name (namespaces ignored), attributes, text and place. */
export interface XmlElement {
  /** Namespace URI ("" for none). */
  namespace: string;
  /** Local name: StratML files use the 2009, 2011 and ISO namespaces, prefixed or not, or none. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element (CDATA included), untrimmed. */
  text: string;
  /** Where the start tag begins (1-based). */
  position: Position;
}

/** A document that cannot be read as XML: the message (id and data) and the line and column where reading stopped. */
export class XmlSyntaxError extends Error {
  override name = "XmlSyntaxError";
  constructor(
    readonly messageId: XmlSyntaxMessageId,
    readonly data: MessageData,
    readonly position: Position,
  ) {
    super(renderMessage(XML_SYNTAX_MESSAGES[messageId], data));
  }
}

/**
 * Parses XML text into an element tree with start positions. saxes never fetches external
 * entities and never expands entities declared in a DTD (it does not read the internal subset):
 * an entity other than the five predefined ones is an error, so XXE and "billion laughs" cannot
 * happen. A DOCTYPE that declares entities is refused with its own message.
 */
export function parseXml(text: string): XmlElement {
  const deep = xmlTooDeepAt(text);
  if (deep !== undefined) throw new XmlSyntaxError("tooDeep", { limit: MAX_XML_DEPTH }, positionAt(text, deep));
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlSyntaxError | undefined;
  const fail = (messageId: XmlSyntaxMessageId, data: MessageData = {}) => {
    failure ??= new XmlSyntaxError(messageId, data, { line: parser.line, column: Math.max(1, parser.column) });
  };
  let tagStart: Position = { line: 1, column: 1 };
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail("doctypeEntities");
  });
  parser.on("opentagstart", (tag) => {
    // saxes reports the column just after the name; the tag starts one '<' and the name before it.
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [qualified, attribute] of Object.entries(tag.attributes)) {
      const value = typeof attribute === "string" ? attribute : attribute.value;
      const local = typeof attribute === "string" ? qualified : attribute.local;
      if (qualified === "xmlns" || qualified.startsWith("xmlns:")) continue;
      refuseControls(value, fail);
      attributes[local] = value;
    }
    const element: XmlElement = { name: tag.local ?? tag.name, namespace: tag.uri ?? "", attributes, children: [], text: "", position: tagStart };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  const addText = (text: string) => {
    refuseControls(text, fail);
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    // saxes prefixes "line:column: "; the position is kept apart from the message.
    fail("notWellFormed", { reason: error.message.replace(/^\d+:\d+: /, "") });
  });
  parser.write(text);
  if (!failure) parser.close();
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError("noRoot", {}, { line: 1, column: 1 });
  return root;
}

/**
 * C0 controls other than tab and line ends (XML 1.1 lets a character reference such as &#x1b;
 * write them), DEL and C1 controls (XML 1.0 allows them literally) would reach a terminal, a CI
 * log or a JUnit report from the plan's titles: a document that holds one is refused.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function refuseControls(text: string, fail: (messageId: XmlSyntaxMessageId, data: MessageData) => void): void {
  const found = CONTROL.exec(text);
  if (found) fail("controlCharacter", { code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` });
}

/** The element's text with surrounding white space removed; "" for an empty element. */
export function textOf(element: XmlElement | undefined): string {
  return element ? element.text.trim() : "";
}

/** Whether an element carries anything: text, an attribute value or a child with content. */
export function hasContent(element: XmlElement): boolean {
  if (element.text.trim() !== "") return true;
  if (Object.values(element.attributes).some((v) => v.trim() !== "")) return true;
  return element.children.some(hasContent);
}
