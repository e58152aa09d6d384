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

  constructor(root: XmlElement) {
    // Iterative: a hostile document must not overflow the stack here.
    const pending = [root];
    for (let element = pending.pop(); element; element = pending.pop()) {
      const identifier = textOf(element.children.find((c) => c.name === "Identifier"));
      if (identifier && !this.byIdentifier.has(identifier)) this.byIdentifier.set(identifier, element);
      for (let i = element.children.length - 1; i >= 0; i--) pending.push(element.children[i]!);
    }
  }

  /** The element an Identifier names, if any. */
  target(identifier: string): XmlElement | undefined {
    return this.byIdentifier.get(identifier);
  }

  /** An element's name: its Name, else given name and surname, else the name of what its ReferenceIdentifier names. */
  nameOf(element: XmlElement): string | undefined {
    const seen = new Set<XmlElement>();
    for (let at: XmlElement | undefined = element; at && !seen.has(at); ) {
      seen.add(at);
      const own = (name: string) => {
        const text = textOf(at!.children.find((c) => c.name === name));
        return text && !isPlaceholder(text) ? text : undefined;
      };
      const name = own("Name") ?? ([own("GivenName"), own("Surname")].filter(Boolean).join(" ") || undefined);
      if (name) return name;
      const reference = own("ReferenceIdentifier");
      at = reference ? this.byIdentifier.get(reference) : undefined;
    }
    return undefined;
  }
}
