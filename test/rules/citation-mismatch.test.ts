import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/citation-mismatch.js";
import { testRule } from "../rule-tester.js";

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

describe("citation-mismatch", () => {
  it("is a warning by default", () => {
    expect(rule.id).toBe("citation-mismatch");
    expect(rule.defaultSeverity).toBe("warning");
  });
});

testRule(rule, {
  valid: [
    { name: "the cited node is the best match", files: { "s.yaml": strategy("alliances") } },
    { name: "the better match is cited by the same item too", files: { "s.yaml": strategy("schools", `, { ref: alliances, cite: "and 1.1" }`) } },
    {
      name: "refs of ordinary nodes: a strategy may cite a goal for one sentence of its text",
      files: { "s.yaml": strategy("alliances").replace("        description: Courses spread open government skills to civil servants.", `        description: Courses spread open government skills to civil servants.\n        refs: [{ ref: alliances, cite: "see 1.1" }]`) },
    },
    {
      name: "a cited node without title or description (a heading outside an excerpt) is not judged",
      files: { "s.yaml": strategy("schools").replace("        title: Partner with schools of government and learning institutions\n        description: Courses spread open government skills to civil servants.\n", "") },
    },
  ],
  invalid: [
    {
      name: "a box item whose words match another node of the same kind far better, at the citation, the better match related",
      files: { "s.yaml": strategy("schools") },
      errors: [{
        messageId: "mismatch",
        data: {
          item: 'box-item 1 "We will build strategic alliances with local or r…"',
          cited: 'strategy 1.2 "Partner with schools of government and learning i…"',
          better: 'strategy 1.1 "Invest in strategic alliances with local and regi…"',
          suggestion: "1.1",
        },
        line: 20, column: 151,
        related: [{ line: 9, column: 9, message: "the better match" }],
      }],
    },
  ],
});
