import { describe, expect, it } from "vitest";
import { alternatives, ALTERNATIVES_MESSAGES, didYouMean, suggestionFor } from "../../src/core/suggest.js";

describe("suggestions", () => {
  it("word alternatives from their table, by count", () => {
    expect(Object.keys(ALTERNATIVES_MESSAGES)).toEqual(["one", "two", "three"]);
    expect(alternatives(["a"])).toBe("'a'");
    expect(alternatives(["a", "b"])).toBe("'a' or 'b'");
    expect(alternatives(["a", "b", "c", "d"])).toBe("'a' or 'b' or 'c'");
    expect(() => alternatives([])).toThrow();
  });

  it("give a message's {{suggestion}} only when a candidate is near", () => {
    expect(suggestionFor("titel", ["title", "label"])).toBe("'title'");
    expect(suggestionFor("colour", ["title", "label"])).toBeUndefined();
  });

  it("keep the did-you-mean suffix of usage errors", () => {
    expect(didYouMean("titel", ["title"])).toBe("; did you mean 'title'?");
    expect(didYouMean("colour", ["title"])).toBe("");
  });
});
