import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/wrong-target.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// line 14 holds the approach's one 'serves' link; its ref value starts at column 16
const strategy = (servesRef = "g1") => `kind: strategy
id: s
title: S
status: approved
goals:
  - id: g1
    objectives:
      - id: o1
    indicators:
      - id: pi1
strategicApproaches:
  - id: ap1
    serves:
      - { ref: ${servesRef}, cite: c }
`;

// line 5 holds the strategy (value at column 11); line 9 the one advances link of d1 (ref value at column 16)
const workplan = (advancesRef = "s/g1", strategyId = "s", id = "w") => `kind: workplan
id: ${id}
title: W
status: approved
strategy: ${strategyId}
deliverables:
  - id: d1
    advances:
      - { ref: ${advancesRef}, cite: c }
    actions:
      - id: a1
  - id: d2
    advances:
      - { ref: s/o1, cite: c }
`;

// line 5 holds the workplan (value at column 11)
const deliverable = (workplanId = "w") => `kind: deliverable
id: dd
title: D
status: approved
workplan: ${workplanId}
advances:
  - { ref: s/g1, cite: c }
`;

const ADVANCES = "'advances' must point at a goal, sub-goal or strategic approach of a strategy, but";
const wrong = (files: Record<string, string>) => problemsOf(lintFiles(files), "wrong-target");

describe("wrong-target", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("wrong-target");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  describe("advances", () => {
    it("reports advances to an indicator", () => {
      const result = lintFiles({ "s.yaml": strategy(), "w.yaml": workplan("s/pi1") });
      const found = problemsOf(result, "wrong-target");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^w\.yaml:9:16 'advances' must point at a goal, sub-goal or strategic approach of a strategy, but 's\/pi1' is an? indicator of strategy 's'$/);
      const problem = result.problems.find((p) => p.rule === "wrong-target")!;
      expect(problem.severity).toBe("error");
    });

    it("reports advances to a deliverable", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan("d2") })).toEqual([`w.yaml:9:16 ${ADVANCES} 'd2' is a deliverable of workplan 'w'`]);
    });

    it("reports advances to an action", () => {
      const found = wrong({ "s.yaml": strategy(), "w.yaml": workplan("a1") });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^w\.yaml:9:16 'advances' must point at a goal, sub-goal or strategic approach of a strategy, but 'a1' is an? action of workplan 'w'$/);
    });

    it("reports advances to a whole strategy document", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan("s") })).toEqual([`w.yaml:9:16 ${ADVANCES} 's' is the strategy document itself`]);
    });

    it("reports advances to a deliverable document", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan("dd"), "d.yaml": deliverable() })).toEqual([
        `w.yaml:9:16 ${ADVANCES} 'dd' is a deliverable document`,
      ]);
    });

    it("accepts advances to a goal and to a sub-goal", () => {
      // d1 advances the goal s/g1, d2 the objective s/o1
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan("s/g1") })).toEqual([]);
    });

    it("uses 'an' before a vowel", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan("s/pi1") })).toEqual([
        `w.yaml:9:16 ${ADVANCES} 's/pi1' is an indicator of strategy 's'`,
      ]);
    });
  });

  describe("serves", () => {
    it("reports serves to an indicator", () => {
      const result = lintFiles({ "s.yaml": strategy("pi1") });
      const found = problemsOf(result, "wrong-target");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^s\.yaml:14:16 'serves' must point at a goal of a strategy, but 'pi1' is an? indicator of strategy 's'$/);
      expect(result.problems.find((p) => p.rule === "wrong-target")!.severity).toBe("error");
    });

    it("reports serves to a sub-goal, which is not a goal", () => {
      const found = wrong({ "s.yaml": strategy("o1") });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^s\.yaml:14:16 'serves' must point at a goal of a strategy, but 'o1' is an? objective of strategy 's'$/);
    });

    it("accepts serves to a goal", () => {
      expect(wrong({ "s.yaml": strategy("g1") })).toEqual([]);
    });
  });

  describe("document links", () => {
    it("reports a workplan's strategy that is a workplan", () => {
      const result = lintFiles({ "s.yaml": strategy(), "w.yaml": workplan("s/g1", "w2"), "w2.yaml": workplan("s/g1", "s", "w2") });
      expect(problemsOf(result, "wrong-target")).toEqual([
        "w.yaml:5:11 a workplan's 'strategy' must name a strategy document, but 'w2' is the workplan document itself",
      ]);
      expect(result.problems.find((p) => p.rule === "wrong-target")!.severity).toBe("error");
    });

    it("reports a workplan's strategy that is a deliverable document", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan("s/g1", "dd"), "d.yaml": deliverable() })).toEqual([
        "w.yaml:5:11 a workplan's 'strategy' must name a strategy document, but 'dd' is a deliverable document",
      ]);
    });

    it("reports a deliverable's workplan that is a strategy", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan(), "d.yaml": deliverable("s") })).toEqual([
        "d.yaml:5:11 a deliverable's 'workplan' must name a workplan document, but 's' is the strategy document itself",
      ]);
    });

    it("accepts a deliverable's workplan that is a workplan", () => {
      expect(wrong({ "s.yaml": strategy(), "w.yaml": workplan(), "d.yaml": deliverable("w") })).toEqual([]);
    });
  });

  it("leaves unresolved links to unresolved-ref", () => {
    const result = lintFiles({ "s.yaml": strategy(), "w.yaml": workplan("s/nothing") });
    expect(problemsOf(result, "wrong-target")).toEqual([]);
    expect(problemsOf(result, "unresolved-ref")).toHaveLength(1);
  });

  it("reports nothing when every link points at the right kind of thing", () => {
    expect(wrong({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});
