import { isPlaceholder } from "./identifiers.js";
import { textOf, type XmlElement } from "./xml.js";

/**
 * StratML 3.5 names an element once and refers to it elsewhere by ReferenceIdentifier (a role
 * defined under one member and given to others, a dimension defined under an asset and measured
 * by an indicator). Indexes every element by its Identifier, so that a reference reads as the
 * name of what it refers to.
 */
export class References {
  private readonly byIdentifier = new Map<string, XmlElement>();
  private readonly names = new Map<XmlElement, string | undefined>();

  constructor(root: XmlElement) {
    // Iterative: a hostile document must not overflow the stack here.
    const pending = [root];
    for (let element = pending.pop(); element; element = pending.pop()) {
      const identifier = textOf(element.children.find((c) => c.name === "Identifier"));
      if (identifier && !this.byIdentifier.has(identifier)) this.byIdentifier.set(identifier, element);
      for (const child of [...element.children].reverse()) pending.push(child);
    }
  }

  /** The element an Identifier names, if any. */
  target(identifier: string): XmlElement | undefined {
    return this.byIdentifier.get(identifier);
  }

  /**
   * An element's name: its Name, else given name and surname, else the name of what its
   * ReferenceIdentifier names. Remembered for every element of a chain of references, so that a
   * document of many chained references costs one walk, not one per element.
   */
  nameOf(element: XmlElement): string | undefined {
    const path: XmlElement[] = [];
    let found: string | undefined;
    for (let at: XmlElement | undefined = element; at && !path.includes(at); ) {
      if (this.names.has(at)) {
        found = this.names.get(at);
        break;
      }
      path.push(at);
      found = ownName(at);
      if (found) break;
      const reference = ownText(at, "ReferenceIdentifier");
      at = reference ? this.byIdentifier.get(reference) : undefined;
      // A reference loop longer than a few steps is a hostile document, not a plan: give up on a name.
      if (path.length > 64) break;
    }
    for (const visited of path) this.names.set(visited, found);
    return found;
  }
}

function ownText(element: XmlElement, name: string): string | undefined {
  const text = textOf(element.children.find((c) => c.name === name));
  return text && !isPlaceholder(text) ? text : undefined;
}

function ownName(element: XmlElement): string | undefined {
  return ownText(element, "Name") ?? ([ownText(element, "GivenName"), ownText(element, "Surname")].filter(Boolean).join(" ") || undefined);
}
