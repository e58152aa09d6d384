import { describe, expect, it } from "vitest";
import { complete, linkKeyAt } from "../../src/lsp/completion.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

/** The link key at the '|' in a YAML text. */
function keyAt(text: string): string | undefined {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("|"));
  const character = lines[line]!.indexOf("|");
  lines[line] = lines[line]!.replace("|", "");
  return linkKeyAt(lines, line, character);
}

describe("linkKeyAt: which link a reference being typed belongs to", () => {
  it.each([
    ["strategy: |", "strategy"],
    ["workplan: ogp-wo|", "workplan"],
    ["strategy:\n  ref: |", "strategy"],
    ["strategy: { ref: s|", "strategy"],
    ["x:\n  advances:\n    - |", "advances"],
    ["x:\n  advances:\n  - s/g|", "advances"],
    ["x:\n  advances:\n    - ref: s/|", "advances"],
    ["x:\n  advances:\n    - { ref: |", "advances"],
    ["x:\n  refs:\n    - cite: a sentence\n      ref: |", "refs"],
    ["x:\n  derivedFrom: [a/b, |", "derivedFrom"],
    ["x:\n  serves: [|", "serves"],
    ["x:\n  derivedFrom:\n    - ref: a\n      cite: b\n    - ref: |", "derivedFrom"],
  ])("%j -> %s", (text, key) => expect(keyAt(text)).toBe(key));

  it.each([["title: |"], ["goals:\n  - id: |"], ["goals:\n  - |"], ["advances:\n  - ref: a\n    cite: |"]])("%j -> nothing", (text) => expect(keyAt(text)).toBeUndefined());
});

describe("complete", () => {
  const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN });

  it("offers document ids first, then node references with titles as detail (bare ids in the file's own document)", () => {
    const lines = ["refs:", "  - "];
    const items = complete(project.graph, lines, 1, 4, "s");
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(sorted.map((i) => [i.label, i.detail])).toEqual([
      ["s", "strategy: A strategy"],
      ["w", "workplan: A workplan"],
      ["g1", "goal 1: Goal one"],
      ["g2", "goal 2: Goal two"],
      ["o11", "objective 1.1: Objective one one"],
      ["w/a11", "action 1.1: Action one"],
      ["w/d1", "deliverable 1: Deliverable one"],
    ]);
  });

  it("replaces the whole reference typed so far, slash included", () => {
    const [item] = complete(project.graph, ["advances:", "  - ref: s/o1"], 1, 13, "w").filter((i) => i.label === "s/o11");
    expect(item!.textEdit).toEqual({ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 13 } }, newText: "s/o11" });
  });
});
