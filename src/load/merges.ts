import type { AliasIndex } from "./aliases.js";
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLMap } from "yaml";

/**
 * How many keys the `<<` merge keys of a `%YAML 1.1` document would copy: each merge copies
 * every key of the mapping it names (and what that mapping merges in turn). Merges are linear
 * but unbounded: 50 merges of a 20,000-key anchor make a million keys, built by `yaml` and then
 * checked by the schema. Counted on the document before anything is expanded, each mapping's
 * size once; counting stops as soon as `limit` is passed.
 */
export function mergedKeyCount(document: Document.Parsed, limit: number, aliases: AliasIndex): number {
  if (!document.schema.tags.some((tag) => tag.tag === "tag:yaml.org,2002:merge" && tag.default)) return 0;
  const sizes = new Map<YAMLMap, number>();
  const sizeOf = (map: YAMLMap, depth: number): number => {
    const known = sizes.get(map);
    if (known !== undefined) return known;
    sizes.set(map, 0); // a merge that reaches its own mapping again adds nothing
    let size = 0;
    for (const pair of map.items) {
      if (isMergeKey(pair.key) && depth < 100) {
        for (const source of sourcesOf(pair.value as Node | null)) size += sizeOf(source, depth + 1);
      } else size += 1;
      if (size > limit) break;
    }
    sizes.set(map, size);
    return size;
  };
  const sourcesOf = (value: Node | null): YAMLMap[] => {
    const resolved = (node: unknown): YAMLMap | undefined => {
      // From the index: `alias.resolve(document)` walks the whole document per alias.
      const target = isAlias(node) ? aliases.targetOf(node) : node;
      return isMap(target) ? target : undefined;
    };
    const items = isSeq(value) ? value.items : [value];
    return items.map(resolved).filter((m): m is YAMLMap => m !== undefined);
  };
  let total = 0;
  visit(document, {
    Pair(_, pair) {
      if (!isPair(pair) || !isMergeKey(pair.key)) return undefined;
      for (const source of sourcesOf(pair.value as Node | null)) total += sizeOf(source, 0);
      return total > limit ? visit.BREAK : undefined;
    },
  });
  return total;
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  return value === "<<" || (typeof value === "symbol" && value.description === "<<");
}
