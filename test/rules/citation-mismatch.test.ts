import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/citation-mismatch.js";
import { lintFiles, problemsOf } from "../helpers.js";

// Line 20 holds the box item with its one citation; the ref value starts at column 151.
const strategy = (cited: string, alsoCited = "") => `kind: strategy
id: s
title: S
status: draft
goals:
  - id: g1
    label: "1"
    strategies:
      - id: alliances
        label: "1.1"
        title: Invest in strategic alliances with local and regional associations
        description: Associations of local governments diffuse co-creation and action plans at scale.
      - id: schools
        label: "1.2"
        title: Partner with schools of government and learning institutions
        description: Courses spread open government skills to civil servants.
boxes:
  - id: box
    items:
      - { id: item, label: "1", title: "We will build strategic alliances with local or regional associations to catalyze co-creation", refs: [{ ref: ${cited}, cite: "[See strategic goal]" }${alsoCited}] }
`;

const mismatches = (text: string) => problemsOf(lintFiles({ "s.yaml": text }), "citation-mismatch");

describe("citation-mismatch", () => {
  it("has its id, a warning severity and a description", () => {
    expect(rule.id).toBe("citation-mismatch");
    expect(rule.defaultSeverity).toBe("warning");
    expect(rule.description.length).toBeGreaterThan(20);
  });

  it("reports a box item whose words match another node of the same kind far better, at the citation", () => {
    expect(mismatches(strategy("schools"))).toEqual([
      "s.yaml:20:151 box-item 1 ('item') cites strategy 1.2 ('schools'), but its words match strategy 1.1 ('alliances') far better; check the citation (did you mean '1.1'?)",
    ]);
    const [problem] = lintFiles({ "s.yaml": strategy("schools") }).problems.filter((p) => p.rule === "citation-mismatch");
    expect(problem?.severity).toBe("warning");
    expect(problem?.related?.[0]).toMatchObject({ file: "s.yaml", line: 9, message: "the better match" });
  });

  it("stays quiet when the cited node is the best match", () => {
    expect(mismatches(strategy("alliances"))).toEqual([]);
  });

  it("stays quiet when the better match is cited by the same item too", () => {
    expect(mismatches(strategy("schools", `, { ref: alliances, cite: "and 1.1" }`))).toEqual([]);
  });

  it("ignores refs of ordinary nodes: a strategy may cite a goal for one sentence of its text", () => {
    const text = strategy("alliances").replace("        description: Courses spread open government skills to civil servants.", `        description: Courses spread open government skills to civil servants.\n        refs: [{ ref: alliances, cite: "see 1.1" }]`);
    expect(mismatches(text)).toEqual([]);
  });
});

describe("citation-mismatch on nodes without text", () => {
  it("does not judge a citation of a node that has no title or description (a heading outside an excerpt)", () => {
    const text = strategy("schools").replace(`        title: Partner with schools of government and learning institutions
        description: Courses spread open government skills to civil servants.
`, "");
    expect(mismatches(text)).toEqual([]);
  });
});
