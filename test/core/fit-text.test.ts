import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shorten, wrapWords } from "../../src/core/fit-text.js";

describe("shorten", () => {
  it("keeps text that fits, and cuts longer text to exactly max characters ending in '…'", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const cut = shorten(text, max, { keepSpaces: true });
        if (text.length <= max) expect(cut).toBe(text);
        else expect(cut).toBe(`${text.slice(0, max - 1)}…`);
      }),
    );
  });

  it("drops the spaces before the '…' unless told to keep them", () => {
    expect(shorten("one two three", 5)).toBe("one…");
    expect(shorten("one two three", 5, { keepSpaces: true })).toBe("one …");
  });
});

describe("wrapWords", () => {
  const word = fc.stringMatching(/^[a-z]{1,12}$/);

  it("keeps every word in order, each line within its room (first and later lines apart)", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 60 }), fc.integer({ min: 12, max: 60 }), (words, first, rest) => {
        const lines = wrapWords(words.join(" "), { first, rest });
        expect(lines.join(" ").split(" ")).toEqual(words);
        lines.forEach((line, i) => expect(line.length).toBeLessThanOrEqual(i === 0 ? first : rest));
      }),
    );
  });

  it("puts a word on the line before whenever it fits there (greedy)", () => {
    expect(wrapWords("aa bb cc dd", { first: 5 })).toEqual(["aa bb", "cc dd"]);
    expect(wrapWords("aa bb cc dd", { first: 2, rest: 8 })).toEqual(["aa", "bb cc dd"]);
  });

  it("lets a word wider than a line run over, or cuts it across lines when asked", () => {
    expect(wrapWords("a abcdefgh b", { first: 4 })).toEqual(["a", "abcdefgh", "b"]);
    expect(wrapWords("a abcdefgh b", { first: 4, cutLongWords: true })).toEqual(["a", "abcd", "efgh", "b"]);
    expect(wrapWords("a abcdefghi b", { first: 4, cutLongWords: true })).toEqual(["a", "abcd", "efgh", "i b"]);
  });

  it("measures width as told (colour codes take no room)", () => {
    const visible = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "").length;
    expect(wrapWords("\u001b[31mab\u001b[39m cd", { first: 5, measure: visible })).toEqual(["\u001b[31mab\u001b[39m cd"]);
  });

  it("gives one empty line for empty text", () => {
    expect(wrapWords("", { first: 10 })).toEqual([""]);
  });
});
