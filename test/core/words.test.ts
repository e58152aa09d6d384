import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentWords, stem } from "../../src/core/words.js";

/** The stemming as first written: two regex replaces. */
const byRegex = (word: string) => word.replace(/ies$/, "y").replace(/(ing|ed|es|s)$/, "");

describe("contentWords", () => {
  it("lower-cases, drops short and stop words, and cuts common endings", () => {
    expect([...contentWords("The Associations of policies, and Working groups: uses, opened")]).toEqual(["association", "policy", "work", "group", "us", "open"]);
  });

  it("property: stems every word as the two regex replaces did", () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => stem(word) === byRegex(word)), { numRuns: 5000 });
    for (const word of ["ies", "sings", "uses", "eds", "bed", "ing", "policies", "sing"]) expect(stem(word), word).toBe(byRegex(word));
  });

  it("gives the same words however often it is called (no state left in its scan)", () => {
    expect([...contentWords("open data")]).toEqual([...contentWords("open data")]);
  });
});
