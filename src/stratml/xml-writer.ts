/** Children known only once the whole tree is built (relationships to identifiers assigned later); expanded when written. */
export type DeferredChildren = () => XmlNode[];

/** An element to write: children in schema order; empty ones (no text, no children) are left out. */
export interface XmlNode {
  name: string;
  attributes?: Record<string, string | undefined>;
  text?: string;
  children?: (XmlNode | undefined | DeferredChildren)[];
}

function childrenOf(node: XmlNode): XmlNode[] {
  return (node.children ?? []).flatMap((child) => (typeof child === "function" ? child() : child ? [child] : []));
}

export function el(name: string, content?: string | XmlNode["children"], attributes?: Record<string, string | undefined>): XmlNode {
  return typeof content === "string" || content === undefined ? { name, text: content, attributes } : { name, children: content, attributes };
}

// Characters XML 1.0 does not allow at all; a plan's text should never hold them, but a writer must not emit them.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeText(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

function isEmpty(node: XmlNode | undefined): boolean {
  if (!node) return true;
  if (node.text !== undefined) return node.text.trim() === "";
  return childrenOf(node).every(isEmpty);
}

/** Serialises with two-space indentation; text is written as is (descriptions keep their line breaks). */
export function renderXml(root: XmlNode): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const write = (node: XmlNode, depth: number) => {
    if (isEmpty(node)) return;
    const indent = "  ".repeat(depth);
    const attributes = Object.entries(node.attributes ?? {})
      .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
      .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
      .join("");
    if (node.text !== undefined) {
      lines.push(`${indent}<${node.name}${attributes}>${escapeText(node.text)}</${node.name}>`);
      return;
    }
    lines.push(`${indent}<${node.name}${attributes}>`);
    for (const child of childrenOf(node)) write(child, depth + 1);
    lines.push(`${indent}</${node.name}>`);
  };
  write(root, 0);
  return `${lines.join("\n")}\n`;
}
