import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/uncovered-goal.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

// STRATEGY (helpers): goal 1 's/g1' at 7:5 with objective 's/o11'; goal 2 's/g2' at 14:5.
const NAMES = { strategy: "strategy 's'", workplan: "workplan 'w'" };
const GOAL_1 = { ...NAMES, goal: 'goal 1 "Goal one"' };
const GOAL_2 = { ...NAMES, goal: 'goal 2 "Goal two"' };

/** A workplan whose `strategy:` value is at 5:11. */
const workplan = (deliverables: string, strategyLink = "s") => `kind: workplan
id: w
title: W
status: approved
strategy: ${strategyLink}
${deliverables ? `deliverables:\n${deliverables}` : ""}`;

const advancing = (...refs: string[]) => `  - id: d1
    advances:
${refs.map((r) => `      - { ref: ${r}, cite: c }\n`).join("")}`;

const deliverable = (workplanId: string, ref: string) => `kind: deliverable
id: dd
title: D
status: approved
workplan: ${workplanId}
advances:
  - { ref: ${ref}, cite: c }
`;

/** Goal 2 reported at the workplan's `strategy:` value, the goal itself as related place. */
const goal2At = (line: number, column: number) => ({ messageId: "uncovered", data: GOAL_2, file: "w.yaml", line, column, related: [{ file: "s.yaml", line: 14, column: 5 }] });

describe("uncovered-goal", () => {
  it("is a warning by default", () => {
    expect(rule.id).toBe("uncovered-goal");
    expect(rule.defaultSeverity).toBe("warning");
  });

  it("says nothing when the strategy does not resolve (unresolved-ref does)", () => {
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1"), "nope") });
    expect(problemsOf(result, "uncovered-goal")).toEqual([]);
    expect(problemsOf(result, "unresolved-ref")).toHaveLength(1);
  });
});

const WITH_ACTION = `${workplan(advancing("s/g1"))}    actions:
      - id: a1
        advances:
          - { ref: s/g2, cite: c }
`;

testRule(rule, {
  valid: [
    { name: "a goal covered through an action", files: { "s.yaml": STRATEGY, "w.yaml": WITH_ACTION } },
    { name: "a goal covered through a separate deliverable document naming the workplan", files: { "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/o11")), "d.yaml": deliverable("w", "s/g2") } },
    {
      name: "only goals count, not the strategy's other top-level nodes",
      files: { "s.yaml": `${STRATEGY}values:\n  - id: openness\nstrategicApproaches:\n  - id: ap1\n    serves:\n      - { ref: g1, cite: c }\n`, "w.yaml": WORKPLAN },
    },
    { name: "every goal advanced", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      name: "a goal no deliverable advances, at the workplan's strategy, with the goal as related place",
      files: { "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1")) },
      errors: [{
        ...goal2At(5, 11),
        message: "goal 2 \"Goal two\" of strategy 's' is advanced by no deliverable of workplan 'w': add it to the 'advances' of the deliverables that serve it, or record why it is left out",
        related: [{ file: "s.yaml", line: 14, column: 5, message: "the goal" }],
      }],
    },
    {
      name: "every goal of a workplan without deliverables",
      files: { "s.yaml": STRATEGY, "w.yaml": workplan("") },
      errors: [{ messageId: "uncovered", data: GOAL_1, file: "w.yaml", line: 5, column: 11, related: [{ file: "s.yaml", line: 7, column: 5 }] }, goal2At(5, 11)],
    },
    {
      name: "a goal without label or title named by its id, a long title shortened",
      files: { "s.yaml": `kind: strategy\nid: s\ntitle: S\nstatus: approved\ngoals:\n  - id: g1\n  - id: g2\n    title: "${"x".repeat(70)}"\n`, "w.yaml": workplan("") },
      errors: [
        { messageId: "uncovered", data: { ...NAMES, goal: "goal 'g1'" }, file: "w.yaml", line: 5, column: 11 , related: [{ file: "s.yaml", line: 6, column: 5 }] },
        { messageId: "uncovered", data: { ...NAMES, goal: `goal 'g2' "${"x".repeat(49)}…"` }, file: "w.yaml", line: 5, column: 11, related: [{ file: "s.yaml", line: 7, column: 5 }] },
      ],
    },
    {
      // `strategy: { ref: s, cite: c }`: the ref value at column 18
      name: "at the ref of a strategy written as { ref, cite }",
      files: { "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1"), "{ ref: s, cite: c }") },
      errors: [goal2At(5, 18)],
    },
    { name: "a goal counted covered when one of its sub-goals is advanced (objective 1.1 covers goal 1)", files: { "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/o11")) }, errors: [goal2At(5, 11)] },
    {
      name: "a deliverable document of another workplan does not count",
      files: { "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1")), "w2.yaml": workplan(advancing("s/g1", "s/g2")).replace("id: w\n", "id: w2\n"), "d.yaml": deliverable("w2", "s/g2") },
      errors: [goal2At(5, 11)],
    },
  ],
});
