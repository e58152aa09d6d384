import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanNode } from "../../src/graph/model.js";
import { stemSets, Vocabulary, withNorms, type TextFeatures } from "../../src/diff/features.js";
import { enoughEvidence, EVIDENCE, evidenceOf, identicalTextScores, round, textScores, type Place, type TextScores } from "../../src/diff/score.js";
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

describe("twins' text scores", () => {
  const node = (title: string | undefined, description: string | undefined): PlanNode =>
    ({ ref: "d/n", id: "n", document: "d", type: "goal", level: "goals", children: [], depth: 0, file: "f", path: [], data: {}, ...(title ? { title } : {}), ...(description ? { description } : {}) }) as PlanNode;
  const word = fc.constantFrom("harbour", "ferry", "library", "renew", "publish", "yearly", "report", "the", "of", "and", "residents", "open", "civic", "space", "a");
  const text = fc.option(fc.array(word, { minLength: 0, maxLength: 9 }).map((words) => words.join(" ")), { nil: undefined });

  it("identicalTextScores gives what textScores gives for two nodes of the same exact text", () => {
    fc.assert(
      fc.property(text, text, fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 8 }), (title, description, subtreeA, subtreeB) => {
        const vocabulary = new Vocabulary();
        const sets = [stemSets(node(title, description)), stemSets(node(title, description))];
        sets[0]!.subtree = new Set(subtreeA.flatMap((w) => stemsOf(w)));
        sets[1]!.subtree = new Set(subtreeB.flatMap((w) => stemsOf(w)));
        for (const s of sets) vocabulary.add(s.all);
        vocabulary.add(stemsOf("harbour ferry unrelated words"));
        const [fu, fv] = sets.map((s) => withNorms(s, vocabulary)) as [TextFeatures, TextFeatures];
        const expected = textScores(fu, fv, vocabulary);
        const got = identicalTextScores(fu, fv, vocabulary);
        expect({ ...got, title: round(got.title), text: round(got.text), description: got.description === undefined ? undefined : round(got.description) }).toEqual({
          ...expected,
          title: round(expected.title),
          text: round(expected.text),
          description: expected.description === undefined ? undefined : round(expected.description),
        });
      }),
    );
  });
});

describe("a contradicted title", () => {
  const node = (title: string, description: string): PlanNode =>
    ({ ref: "d/n", id: "n", document: "d", type: "goal", level: "goals", children: [], depth: 0, file: "f", path: [], data: {}, title, description }) as PlanNode;
  // Every title word in two nodes of the vocabulary, so each weighs the same and two of three shared is 0.67.
  const scored = (titleA: string, titleB: string) => {
    const vocabulary = new Vocabulary();
    const sets = [stemSets(node(titleA, "harbour ferry timetable printed weekly ashore")), stemSets(node(titleB, "budget audit procurement ledger tender contract"))];
    for (const s of sets) vocabulary.add(s.all);
    vocabulary.add(stemsOf("gamma delta epsilon zeta"));
    const [fu, fv] = sets.map((s) => withNorms(s, vocabulary)) as [TextFeatures, TextFeatures];
    return textScores(fu, fv, vocabulary);
  };
  it("a title that agrees (0.6 or more) over two descriptions of six words or more that share nothing", () => {
    const agreeing = scored("alpha beta gamma", "alpha beta delta");
    expect(agreeing.title).toBeGreaterThan(0.6);
    expect(agreeing.title).toBeLessThan(0.7);
    expect(agreeing.contradicted).toBe(true);
    const apart = scored("alpha epsilon gamma", "alpha zeta delta");
    expect(apart.title).toBeLessThan(0.6);
    expect(apart.contradicted).toBe(false);
  });
});

describe("enough evidence for a pair", () => {
  it("two points with one strong source at least: weak sources alone never make a pair, however many", () => {
    expect(enoughEvidence(["title", "text"])).toBe(true);
    expect(enoughEvidence(["title", "weak text", "weak place"])).toBe(true);
    expect(enoughEvidence(["title", "weak text"])).toBe(false);
    expect(enoughEvidence(["title"])).toBe(false);
    expect(enoughEvidence(["weak title", "weak text", "weak subtree", "weak place"])).toBe(false);
    expect(enoughEvidence([])).toBe(false);
  });
});

describe("evidence of a long title", () => {
  const texts = (over: Partial<TextScores> = {}): TextScores => ({
    title: 0.85, titleShared: 3, text: 0.85, description: undefined, subtree: undefined,
    longTitleAgrees: true, longTextAgrees: false, contradicted: false, bothDescribed: false, ...over,
  });
  const cases: [string, TextScores, Place, boolean][] = [
    ["in its place, a long title counts twice", texts(), "paired", true],
    ["one level up or down the same branch, too", texts(), "near", true],
    ["at the top of both documents, too", texts(), "top", true],
    ["away from its place, the title is one source however long", texts(), "none", false],
    ["away from its place, the same title word for word, neither node described, counts twice", texts({ title: 0.9 }), "none", true],
    ["away from its place, the same title with a text on one side only is one source", texts({ title: 0.9, description: 0 }), "none", false],
    ["descriptions on both sides that share nothing leave the title one source", texts({ description: 0, bothDescribed: true }), "paired", false],
    ["descriptions that agree weakly let it count", texts({ description: EVIDENCE.text[1], bothDescribed: true }), "paired", true],
  ];
  it.each(cases)("%s", (_, scores, place, counted) => {
    expect(evidenceOf(scores, place, undefined).includes("long title")).toBe(counted);
  });
});
