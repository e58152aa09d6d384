import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node } from "yaml";

/**
 * Every alias of a document with the node it names, found in one walk. `yaml`'s own
 * `alias.resolve(document)` walks the whole document for each alias, so that 20,000 aliases cost
 * 20,000 walks (a 500 KB file held the CPU for minutes); here an alias names the latest node
 * before it with that anchor, as YAML says, remembered while walking in document order.
 */
export interface AliasIndex {
  /** The document's aliases in document order, each with its anchored node (undefined: no anchor of that name before it). */
  aliases: { alias: Alias; target: Node | undefined }[];
  targetOf(alias: Alias): Node | undefined;
}

export function aliasIndex(document: Document.Parsed): AliasIndex {
  const latest = new Map<string, Node>();
  const aliases: { alias: Alias; target: Node | undefined }[] = [];
  const targets = new Map<Alias, Node | undefined>();
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) {
        const target = latest.get(node.source);
        aliases.push({ alias: node, target });
        targets.set(node, target);
      } else if (node.anchor) latest.set(node.anchor, node);
      return undefined;
    },
  });
  return { aliases, targetOf: (alias) => targets.get(alias) };
}

/**
 * Whether a node holds a plan node (a mapping with an `id`), at any depth: an alias of such a
 * node repeats its ids, which would be one duplicate-id problem per copied node (a goal of 200
 * objectives aliased 499 times: 100,000 problems). Remembered per node, so that asking it of
 * every aliased node costs one walk of the document at most.
 */
export function planNodeHolder(): (node: Node | undefined) => boolean {
  const known = new Map<Node, boolean>();
  const holds = (start: Node | undefined): boolean => {
    if (!start || !(isMap(start) || isSeq(start))) return false;
    // Iterative post-order: plans nest at most maxDepth levels, but this runs before that is checked.
    const stack: [Node, boolean][] = [[start, false]];
    while (stack.length > 0) {
      const [node, expanded] = stack.pop()!;
      if (known.has(node)) continue;
      const children = childrenOf(node);
      if (!expanded) {
        stack.push([node, true]);
        for (const child of children) if (!known.has(child)) stack.push([child, false]);
        continue;
      }
      const ownId = isMap(node) && node.items.some((pair) => isScalar(pair.key) && pair.key.value === "id");
      known.set(node, ownId || children.some((child) => known.get(child) === true));
    }
    return known.get(start) === true;
  };
  return holds;
}

function childrenOf(node: Node): Node[] {
  if (isSeq(node)) return node.items.filter((item): item is Node => isMap(item) || isSeq(item));
  if (isMap(node)) return node.items.map((pair) => (isPair(pair) ? pair.value : null)).filter((value): value is Node => isMap(value) || isSeq(value));
  return [];
}
