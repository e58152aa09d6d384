import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/label-sequence.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

/** A strategy whose goals start at line 6. In `  - { id: gN, label: "N" }` the label value is at column 22. */
const strategy = (goals: string) => ({ "s.yaml": `kind: strategy
id: s
title: S
status: approved
goals:
${goals}` });

const TAIL_GAP = "siblings are numbered without gaps";

describe("label-sequence", () => {
  it("is a warning by default", () => {
    expect(rule.id).toBe("label-sequence");
    expect(rule.defaultSeverity).toBe("warning");
  });
});

testRule(rule, {
  valid: [
    { name: "an excerpt that starts at 3.2", files: strategy('  - id: g3\n    label: "3"\n    objectives:\n      - { id: o32, label: "3.2" }\n      - { id: o33, label: "3.3" }\n') },
    { name: "top-level goals that start at 3", files: strategy('  - { id: g3, label: "3" }\n  - { id: g4, label: "4" }\n') },
    {
      name: "indicators numbered apart from objectives: indicator 4.5.1 beside objective 4.5.1",
      files: strategy('  - id: o45\n    label: "4.5"\n    objectives:\n      - { id: o451, label: "4.5.1" }\n    indicators:\n      - { id: pi451, label: "4.5.1" }\n'),
    },
    { name: "labels that are not numbers, like P23", files: strategy('  - { id: p23, label: "P23" }\n  - { id: p25, label: "P25" }\n  - { id: p24, label: "P24" }\n  - { id: p24b, label: "P24" }\n') },
    { name: "nodes without labels", files: strategy("  - id: g1\n  - id: g2\n") },
    { name: "'1.1' and '2.1' are not the same label", files: strategy('  - { id: a, label: "1.1" }\n  - { id: b, label: "2.1" }\n') },
    { name: "well-numbered plans", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      // line 15: `            label: "4.2.3"`, the value at column 20
      name: "4.2.3 under 4.5",
      files: strategy('  - id: g4\n    label: "4"\n    objectives:\n      - id: o45\n        label: "4.5"\n        objectives:\n          - id: o451\n            label: "4.5.1"\n          - id: awards\n            title: Awards\n            label: "4.2.3"\n'),
      errors: [{
        messageId: "notExtending", data: { node: 'objective 4.2.3 "Awards"', label: "4.2.3", parentLabel: "4.5", expectedPrefix: "4.5." }, line: 16, column: 20,
        message: "objective 4.2.3 \"Awards\" does not extend its parent's label '4.5': a child of 4.5 is numbered '4.5.<n>'; renumber it, or move it under the node it belongs to",
      }],
    },
    {
      // line 9: `      - { id: o451, label: "4.5.1" }`, the value at column 28
      name: "a child numbered one level too deep",
      files: strategy('  - id: g4\n    label: "4"\n    objectives:\n      - { id: o451, label: "4.5.1" }\n'),
      errors: [{ messageId: "notExtending", data: { node: "objective 4.5.1", label: "4.5.1", parentLabel: "4", expectedPrefix: "4." }, line: 9, column: 28 }],
    },
    {
      name: "a number used twice, with the first use as related",
      files: strategy('  - { id: g1, label: "1" }\n  - { id: g2, label: "1" }\n'),
      errors: [{
        messageId: "usedTwice", data: { node: "goal 1", label: "1", first: "goal 1" }, line: 7, column: 22,
        related: [{ line: 6, column: 22, message: "first use of label '1'" }],
      }],
    },
    {
      name: "one skipped number (1, 2, 4)",
      files: strategy('  - { id: g1, label: "1" }\n  - { id: g2, label: "2" }\n  - { id: g4, label: "4" }\n'),
      errors: [{ messageId: "skipsOne", data: { node: "goal 4", label: "4", missing: "3" }, line: 8, column: 22, message: `goal 4 skips label '3': ${TAIL_GAP}` }],
    },
    {
      name: "a run of skipped numbers (1, 4)",
      files: strategy('  - { id: g1, label: "1" }\n  - { id: g4, label: "4" }\n'),
      errors: [{ messageId: "skipsRange", data: { node: "goal 4", label: "4", from: "2", to: "3" }, line: 7, column: 22, message: `goal 4 skips labels '2' to '3': ${TAIL_GAP}` }],
    },
    {
      // line 10: `      - { id: o33, label: "3.3" }`, the value at column 27
      name: "skipped numbers named with the parent's prefix",
      files: strategy('  - id: g3\n    label: "3"\n    objectives:\n      - { id: o31, label: "3.1" }\n      - { id: o33, label: "3.3" }\n'),
      errors: [{ messageId: "skipsOne", data: { node: "objective 3.3", label: "3.3", missing: "3.2" }, line: 10, column: 27 }],
    },
    {
      name: "numbers out of order (2, then 1)",
      files: strategy('  - { id: g2, label: "2" }\n  - { id: g1, label: "1" }\n'),
      errors: [{ messageId: "outOfOrder", data: { node: "goal 1", label: "1", previous: "2" }, line: 7, column: 22, message: "goal 1 comes after '2': siblings are numbered in order" }],
    },
    {
      // line 11: `  - { id: x2, label: "3.3" }`, the value at column 22
      name: "numbered actions of a deliverable document",
      files: {
        "d.yaml": 'kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\nlabel: "3"\nadvances:\n  - { ref: s/g1, cite: c }\nactions:\n  - { id: x1, label: "3.1" }\n  - { id: x2, label: "3.3" }\n',
        "s.yaml": STRATEGY,
        "w.yaml": WORKPLAN,
      },
      errors: [{ messageId: "skipsOne", data: { node: "action 3.3", label: "3.3", missing: "3.2" }, line: 11, column: 22 }],
    },
    {
      // WORKPLAN's inline deliverable 1 has its label at 9:12; the deliverable document's label is on line 6
      name: "a separate deliverable labelled like an inline one: a label used twice across files",
      files: {
        "d.yaml": 'kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\nlabel: "1"\nactions:\n  - { id: x1, label: "1.1" }\n',
        "s.yaml": STRATEGY,
        "w.yaml": WORKPLAN,
      },
      errors: [{
        messageId: "usedTwice", data: { node: 'deliverable 1 "D"', label: "1", first: 'deliverable 1 "Deliverable one"' }, line: 6, column: 8,
        related: [{ file: "w.yaml", line: 9, column: 12, message: "first use of label '1'" }],
      }],
    },
  ],
});
