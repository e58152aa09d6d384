import { isScalar, visit, YAMLParseError, type Document } from "yaml";

/**
 * The `yaml` parser's own duplicate-key check (`uniqueKeys`) compares each key with every earlier
 * key of its mapping: quadratic, a minute on a 20,000-key mapping. This finds the same duplicates
 * (scalar keys of equal value, in one mapping) with a set per mapping, and adds them to the
 * document's errors as `yaml` would, at the repeated key, in source order.
 */
export function addDuplicateKeyErrors(document: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) found.push(new YAMLParseError([key.range![0], key.range![0] + 1], "DUPLICATE_KEY", "Map keys must be unique"));
        else seen.add(key.value);
      }
    },
  });
  if (found.length === 0) return;
  document.errors.push(...found);
  document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
