import { describe, expect, it } from "vitest";
import { assign } from "../../src/diff/assignment.js";
import { foldTypography, stemsOf, textsDiffer, wordDiff } from "../../src/diff/text.js";
import { parsePins } from "../../src/diff/pins.js";

describe("text", () => {
  it("folds curly quotes, dashes, non-breaking spaces and runs of whitespace", () => {
    expect(foldTypography("OGP\u2019s  2023\u20132028\u00a0“plan”")).toBe(`OGP's 2023-2028 "plan"`);
    expect(textsDiffer("a \u2013 b", "a - b", false)).toBe(false);
    expect(textsDiffer("a \u2013 b", "a - b", true)).toBe(true);
  });
  it("stems words so that inflections and hyphenation meet", () => {
    expect(stemsOf("inter-connected commitment")).toEqual(stemsOf("interconnected committed"));
  });
  it("gives word-level differences", () => {
    const words = wordDiff("except for a handful", "with the exception of a handful", false);
    expect(words.filter((w) => w.removed).map((w) => w.value.trim())).toEqual(["except for"]);
    expect(words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(["with the exception of"]);
  });
});

describe("assignment", () => {
  it("maximises the total score where greedy would not", () => {
    // Greedy takes 0-0 (0.9) and leaves 1 unpaired; the optimum pairs 0-1 and 1-0 (0.8 + 0.8).
    const edges = [
      { old: 0, new: 0, score: 0.9 },
      { old: 0, new: 1, score: 0.8 },
      { old: 1, new: 0, score: 0.8 },
    ];
    expect(assign(edges).map((e) => `${e.old}-${e.new}`)).toEqual(["0-1", "1-0"]);
  });
  it("gives the same pairs whatever the order of the edges", () => {
    const edges = [
      { old: 0, new: 0, score: 0.5 },
      { old: 0, new: 1, score: 0.5 },
      { old: 1, new: 1, score: 0.5 },
      { old: 2, new: 3, score: 0.7 },
    ];
    expect(assign([...edges].reverse())).toEqual(assign(edges));
  });
});

describe("pins", () => {
  const refs = new Set(["a/x", "a/y"]);
  const news = new Set(["b/x"]);
  it("reads forced and forbidden pairs, skipping comments", () => {
    expect(parsePins(["a/x=b/x", "# note", "a/y != b/x"], refs, news)).toEqual({ force: [["a/x", "b/x"]], forbid: [["a/y", "b/x"]] });
  });
  it("names a pin whose node is not on its side", () => {
    expect(() => parsePins(["a/z=b/x"], refs, news)).toThrow("'a/z' is not a node of the old side");
  });
});
