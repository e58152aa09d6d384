import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toYaml } from "../../src/stratml/yaml-text.js";
import { importStratml } from "../../src/stratml/import.js";
import { sample, SAMPLES } from "./fixtures.js";

describe("toYaml", () => {
  it("writes data that the yaml parser reads back unchanged (property)", () => {
    const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom("true", "null", "- x", "a: b", "#c", " lead", "trail ", "line\n  indented", "one\n\ntwo", "1.0", "0x1F", "2020-01-01", "'q'", '"d"', "@at", "*star", "&amp", "!tag", "|", ">", "", "\u2028", "a\r\nb"));
    const leaf = fc.oneof(text, fc.integer(), fc.boolean());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(text, tie("node"), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(text, tree, { maxKeys: 5 }), (data) => {
        const written = toYaml(data);
        expect(parse(written, { uniqueKeys: false })).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 300 },
    );
  });

  it.each(SAMPLES)("writes the plan imported from %s so that it reads back unchanged", (name) => {
    const { data } = importStratml(sample(name), name);
    expect(parse(toYaml(data))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it("writes readable YAML: plain words, quoted when needed, paragraphs as literal blocks", () => {
    expect(toYaml({ id: "goal-1", label: "1", title: "Open & accountable", text: "First.\n\nSecond.", list: [{ id: "a", tags: ["x", "y: z"] }], none: [] })).toBe(
      `id: goal-1\nlabel: "1"\ntitle: Open & accountable\ntext: |-\n  First.\n\n  Second.\nlist:\n  - id: a\n    tags:\n      - x\n      - "y: z"\nnone: []\n`,
    );
  });
});
