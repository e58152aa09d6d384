import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/wrong-target.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

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

describe("wrong-target", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("wrong-target");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("leaves unresolved links to unresolved-ref", () => {
    const result = lintFiles({ "s.yaml": strategy(), "w.yaml": workplan("s/nothing") });
    expect(problemsOf(result, "wrong-target")).toEqual([]);
    expect(problemsOf(result, "unresolved-ref")).toHaveLength(1);
  });
});

/** One wrong advances link of d1 (line 9, the ref value at column 16). */
const advancesTo = (written: string, target: string) => ({ messageId: "advances", data: { written, target }, file: "w.yaml", line: 9, column: 16 });

testRule(rule, {
  valid: [
    { name: "advances to a goal and to a sub-goal", files: { "s.yaml": strategy(), "w.yaml": workplan("s/g1") } },
    { name: "serves to a goal", files: { "s.yaml": strategy("g1") } },
    { name: "a deliverable's workplan that is a workplan", files: { "s.yaml": strategy(), "w.yaml": workplan(), "d.yaml": deliverable("w") } },
    { name: "every link to the right kind of thing", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      name: "advances to an indicator",
      files: { "s.yaml": strategy(), "w.yaml": workplan("s/pi1") },
      // The goal the indicator measures is the one suggested.
      errors: [{
        messageId: "advancesSuggest", data: { written: "s/pi1", target: "indicator 'pi1' of strategy 's'", suggestion: "s/g1", suggested: "goal 'g1' of strategy 's'" }, file: "w.yaml", line: 9, column: 16,
        message: `${ADVANCES} 's/pi1' is indicator 'pi1' of strategy 's'; did you mean 's/g1' (goal 'g1' of strategy 's')?`,
      }],
    },
    { name: "advances to a deliverable", files: { "s.yaml": strategy(), "w.yaml": workplan("d2") }, errors: [advancesTo("d2", "deliverable 'd2' of workplan 'w'")] },
    { name: "advances to an action", files: { "s.yaml": strategy(), "w.yaml": workplan("a1") }, errors: [advancesTo("a1", "action 'a1' of workplan 'w'")] },
    { name: "advances to a whole strategy document", files: { "s.yaml": strategy(), "w.yaml": workplan("s") }, errors: [advancesTo("s", "the strategy document itself")] },
    { name: "advances to a deliverable document", files: { "s.yaml": strategy(), "w.yaml": workplan("dd"), "d.yaml": deliverable() }, errors: [advancesTo("dd", "a deliverable document")] },
    {
      name: "serves to an indicator",
      files: { "s.yaml": strategy("pi1") },
      errors: [{
        messageId: "servesSuggest", data: { written: "pi1", target: "indicator 'pi1' of strategy 's'", suggestion: "s/g1", suggested: "goal 'g1' of strategy 's'" }, file: "s.yaml", line: 14, column: 16,
        message: "'serves' must point at a goal of a strategy, but 'pi1' is indicator 'pi1' of strategy 's'; did you mean 's/g1' (goal 'g1' of strategy 's')?",
      }],
    },
    {
      name: "serves to a sub-goal, which is not a goal: its goal suggested",
      files: { "s.yaml": strategy("o1") },
      errors: [{ messageId: "servesSuggest", data: { written: "o1", target: "objective 'o1' of strategy 's'", suggestion: "s/g1", suggested: "goal 'g1' of strategy 's'" }, file: "s.yaml", line: 14, column: 16 }],
    },
    {
      name: "a workplan's strategy that is a workplan",
      files: { "w.yaml": workplan("s/g1", "w2"), "s.yaml": strategy(), "w2.yaml": workplan("s/g1", "s", "w2") },
      errors: [{
        messageId: "strategy", data: { written: "w2", target: "the workplan document itself" }, line: 5, column: 11,
        message: "a workplan's 'strategy' must name a strategy document, but 'w2' is the workplan document itself",
      }],
    },
    {
      name: "a workplan's strategy that is a deliverable document",
      files: { "w.yaml": workplan("s/g1", "dd"), "s.yaml": strategy(), "d.yaml": deliverable() },
      errors: [{ messageId: "strategy", data: { written: "dd", target: "a deliverable document" }, line: 5, column: 11 }],
    },
    {
      name: "a deliverable's workplan that is a strategy",
      files: { "d.yaml": deliverable("s"), "s.yaml": strategy(), "w.yaml": workplan() },
      errors: [{
        messageId: "workplanSuggest", data: { written: "s", target: "the strategy document itself", suggestion: "w", suggested: "the workplan document itself" }, line: 5, column: 11,
        message: "a deliverable's 'workplan' must name a workplan document, but 's' is the strategy document itself; did you mean 'w' (the workplan document itself)?",
      }],
    },
  ],
});
