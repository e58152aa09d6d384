import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/label-sequence.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

/** A strategy whose goals start at line 6. In `  - { id: gN, label: "N" }` the label value is at column 22. */
const strategy = (goals: string) => `kind: strategy
id: s
title: S
status: approved
goals:
${goals}`;

/** label-sequence problems of a strategy with these goals; any other problem means the fixture itself is broken. */
const labels = (goals: string) => {
  const result = lintFiles({ "s.yaml": strategy(goals) });
  expect(result.problems.filter((p) => p.rule !== "label-sequence")).toEqual([]);
  return problemsOf(result, "label-sequence");
};

describe("label-sequence", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("label-sequence");
    expect(rule.defaultSeverity).toBe("warning");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  describe("labels that do not extend the parent's", () => {
    it("reports 4.2.3 under 4.5", () => {
      // line 15: `            label: "4.2.3"`, the value at column 20
      const result = lintFiles({
        "s.yaml": strategy(`  - id: g4
    label: "4"
    objectives:
      - id: o45
        label: "4.5"
        objectives:
          - id: o451
            label: "4.5.1"
          - id: awards
            label: "4.2.3"
`),
      });
      expect(problemsOf(result, "label-sequence")).toEqual([
        "s.yaml:15:20 label '4.2.3' does not extend its parent's label '4.5': a child of 4.5 is numbered '4.5.<n>'; renumber it, or move it under the node it belongs to",
      ]);
      expect(result.problems.find((p) => p.rule === "label-sequence")!.severity).toBe("warning");
    });

    it("reports a child numbered one level too deep", () => {
      // line 9: `      - { id: o451, label: "4.5.1" }`, the value at column 28
      expect(
        labels(`  - id: g4
    label: "4"
    objectives:
      - { id: o451, label: "4.5.1" }
`),
      ).toEqual([
        "s.yaml:9:28 label '4.5.1' does not extend its parent's label '4': a child of 4 is numbered '4.<n>'; renumber it, or move it under the node it belongs to",
      ]);
    });
  });

  describe("siblings", () => {
    it("reports a number used twice, naming the first use", () => {
      const result = lintFiles({
        "s.yaml": strategy(`  - { id: g1, label: "1" }
  - { id: g2, label: "1" }
`),
      });
      expect(problemsOf(result, "label-sequence")).toEqual([
        "s.yaml:7:22 label '1' is already used by sibling 'g1' at s.yaml:6:22; number each sibling once",
      ]);
      const problem = result.problems.find((p) => p.rule === "label-sequence")!;
      expect(problem.severity).toBe("warning");
      expect(problem.related).toEqual([expect.objectContaining({ file: "s.yaml", line: 6, column: 22, message: "first use of this label" })]);
    });

    it("reports one skipped number (1, 2, 4)", () => {
      expect(
        labels(`  - { id: g1, label: "1" }
  - { id: g2, label: "2" }
  - { id: g4, label: "4" }
`),
      ).toEqual(["s.yaml:8:22 label '4' skips '3': siblings are numbered without gaps"]);
    });

    it("reports a run of skipped numbers (1, 4)", () => {
      expect(
        labels(`  - { id: g1, label: "1" }
  - { id: g4, label: "4" }
`),
      ).toEqual(["s.yaml:7:22 label '4' skips '2' to '3': siblings are numbered without gaps"]);
    });

    it("names skipped numbers with the parent's prefix", () => {
      // line 10: `      - { id: o33, label: "3.3" }`, the value at column 27
      expect(
        labels(`  - id: g3
    label: "3"
    objectives:
      - { id: o31, label: "3.1" }
      - { id: o33, label: "3.3" }
`),
      ).toEqual(["s.yaml:10:27 label '3.3' skips '3.2': siblings are numbered without gaps"]);
    });

    it("reports numbers out of order (2, then 1)", () => {
      expect(
        labels(`  - { id: g2, label: "2" }
  - { id: g1, label: "1" }
`),
      ).toEqual(["s.yaml:7:22 label '1' comes after '2': siblings are numbered in order"]);
    });

    it("reports numbered actions of a deliverable document", () => {
      const deliverable = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
label: "3"
advances:
  - { ref: s/g1, cite: c }
actions:
  - { id: x1, label: "3.1" }
  - { id: x2, label: "3.3" }
`;
      // line 11: `  - { id: x2, label: "3.3" }`, the value at column 22
      expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": deliverable }), "label-sequence")).toEqual([
        "d.yaml:11:22 label '3.3' skips '3.2': siblings are numbered without gaps",
      ]);
    });
  });

  describe("what is not a slip", () => {
    it("accepts an excerpt that starts at 3.2", () => {
      expect(
        labels(`  - id: g3
    label: "3"
    objectives:
      - { id: o32, label: "3.2" }
      - { id: o33, label: "3.3" }
`),
      ).toEqual([]);
    });

    it("accepts top-level goals that start at 3", () => {
      expect(
        labels(`  - { id: g3, label: "3" }
  - { id: g4, label: "4" }
`),
      ).toEqual([]);
    });

    it("numbers indicators apart from objectives: indicator 4.5.1 beside objective 4.5.1", () => {
      expect(
        labels(`  - id: o45
    label: "4.5"
    objectives:
      - { id: o451, label: "4.5.1" }
    indicators:
      - { id: pi451, label: "4.5.1" }
`),
      ).toEqual([]);
    });

    it("ignores labels that are not numbers, like P23", () => {
      expect(
        labels(`  - { id: p23, label: "P23" }
  - { id: p25, label: "P25" }
  - { id: p24, label: "P24" }
  - { id: p24b, label: "P24" }
`),
      ).toEqual([]);
    });

    it("ignores nodes without labels", () => {
      expect(
        labels(`  - id: g1
  - id: g2
`),
      ).toEqual([]);
    });

    it("does not call '1.1' and '2.1' the same label", () => {
      expect(
        labels(`  - { id: a, label: "1.1" }
  - { id: b, label: "2.1" }
`),
      ).toEqual([]);
    });
  });

  it("reports nothing for well-numbered plans", () => {
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }), "label-sequence")).toEqual([]);
  });
});
