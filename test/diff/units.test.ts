import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanNode } from "../../src/graph/model.js";
import { stemSets, Vocabulary, withNorms, type TextFeatures } from "../../src/diff/features.js";
import { enoughEvidence, EVIDENCE, evidenceOf, identicalTextScores, round, score, textScores, type Place, type ScoreContext, type TextScores } from "../../src/diff/score.js";
import { acceptable } from "../../src/diff/match.js";
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

describe("descriptions that agree nearly word for word (a retitled node)", () => {
  const node = (description: string): PlanNode =>
    ({ ref: "d/n", id: "n", document: "d", type: "goal", level: "goals", children: [], depth: 0, file: "f", path: [], data: {}, title: "t", description }) as PlanNode;
  const WORDS = "harbour ferry timetable printed weekly ashore budget audit procurement ledger tender contract".split(" ");
  // Descriptions of twelve words each, `shared` of them in common, every word in two nodes (equal weights).
  const agreement = (shared: number) => {
    const other = WORDS.slice(0, shared).concat(["gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "omicron", "sigma", "upsilon"].slice(0, 12 - shared));
    const vocabulary = new Vocabulary();
    const sets = [stemSets(node(WORDS.join(" "))), stemSets(node(other.join(" ")))];
    for (const s of sets) vocabulary.add(s.all);
    vocabulary.add(stemsOf(`${WORDS.slice(shared).join(" ")} ${other.slice(shared).join(" ")}`));
    const [fu, fv] = sets.map((s) => withNorms(s, vocabulary)) as [TextFeatures, TextFeatures];
    return textScores(fu, fv, vocabulary);
  };
  it("agree closely from 0.7 with five shared words: nine of twelve does, eight of twelve does not", () => {
    expect(agreement(9).description).toBeCloseTo(0.75, 2);
    expect(agreement(9).longTextAgrees).toBe(true);
    expect(agreement(8).description).toBeCloseTo(0.667, 2);
    expect(agreement(8).longTextAgrees).toBe(false);
  });
});

describe("context: parents and children", () => {
  const node = (ref: string, children: string[] = []): PlanNode =>
    ({ ref, id: ref, document: "d", type: "objective", level: "objectives", children, depth: 1, file: "f", path: [], data: {}, title: "t" }) as PlanNode;
  const features = withNorms(stemSets(node("x")), new Vocabulary());
  const contextWith = (oldToNew: Map<string, string>, parents: { old?: PlanNode; new?: PlanNode }): ScoreContext => ({
    vocabulary: new Vocabulary(),
    oldGraph: undefined as never,
    newGraph: undefined as never,
    oldToNew,
    newToOld: new Map([...oldToNew].map(([a, b]) => [b, a])),
    oldParent: () => parents.old,
    newParent: () => parents.new,
    oldAdvancers: () => new Set(),
    newAdvancers: () => new Set(),
  });
  it("parents that are both unpaired are unknown (0.5), not elsewhere (0); paired with others, elsewhere", () => {
    const [u, v] = [node("o/u"), node("n/v")];
    expect(score(u, features, v, features, contextWith(new Map(), { old: node("o/p"), new: node("n/q") })).context).toBe(0.5);
    expect(score(u, features, v, features, contextWith(new Map([["o/p", "n/r"]]), { old: node("o/p"), new: node("n/q") })).context).toBe(0);
    expect(score(u, features, v, features, contextWith(new Map([["o/p", "n/q"]]), { old: node("o/p"), new: node("n/q") })).evidence).toContain("place");
  });
  it("one child in common is a place: the node holds what the other holds", () => {
    const [u, v] = [node("o/u", ["o/c1", "o/c2"]), node("n/v", ["n/d1", "n/d2"])];
    const oneChild = score(u, features, v, features, contextWith(new Map([["o/c1", "n/d1"]]), { old: node("o/p"), new: node("n/q") }));
    expect(oneChild.evidence).toContain("place");
    expect(oneChild.context).toBe(0.5); // (unknown parents 0.5 + one of two children 0.5) / 2
  });
});

describe("an acceptable pair", () => {
  const breakdown = { title: 0.8, text: 0.5, context: 1, links: 0, type: 1, total: 0.7, evidence: ["title", "place", "subtree"] };
  it("never a contradicted one, whatever else supports it", () => {
    expect(acceptable(breakdown, false)).toBe(true);
    expect(acceptable({ ...breakdown, contradicted: true }, false)).toBe(false);
  });
  it("never two nodes that share too few words (below 0.2 in title and text), whatever their place and type", () => {
    expect(acceptable({ ...breakdown, title: 0.15, text: 0.15 }, false)).toBe(false);
    expect(acceptable({ ...breakdown, title: 0.15, text: 0.2 }, false)).toBe(true);
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
