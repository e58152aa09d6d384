import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/uncovered-goal.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// STRATEGY (helpers): goal 1 's/g1' at 7:5 with objective 's/o11'; goal 2 's/g2' at 14:5.
const TAIL = "add it to the 'advances' of the deliverables that serve it, or record why it is left out";
const GOAL_2 = `goal 2 's/g2' ("Goal two") of strategy 's' is advanced by no deliverable of workplan 'w': ${TAIL}`;
const GOAL_1 = `goal 1 's/g1' ("Goal one") of strategy 's' is advanced by no deliverable of workplan 'w': ${TAIL}`;

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

const uncovered = (files: Record<string, string>) => problemsOf(lintFiles(files), "uncovered-goal");

describe("uncovered-goal", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("uncovered-goal");
    expect(rule.defaultSeverity).toBe("warning");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a goal no deliverable advances, at the workplan's strategy, with the goal as related place", () => {
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1")) });
    expect(problemsOf(result, "uncovered-goal")).toEqual([`w.yaml:5:11 ${GOAL_2}`]);
    const problem = result.problems.find((p) => p.rule === "uncovered-goal")!;
    expect(problem.severity).toBe("warning");
    expect(problem.related).toEqual([expect.objectContaining({ file: "s.yaml", line: 14, column: 5, message: "the goal" })]);
  });

  it("reports every goal of a workplan without deliverables", () => {
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": workplan("") })).toEqual([`w.yaml:5:11 ${GOAL_1}`, `w.yaml:5:11 ${GOAL_2}`]);
  });

  it("names a goal without label or title by its reference, and shortens a long title", () => {
    const strategy = `kind: strategy
id: s
title: S
status: approved
goals:
  - id: g1
  - id: g2
    title: "${"x".repeat(70)}"
`;
    expect(uncovered({ "s.yaml": strategy, "w.yaml": workplan("") })).toEqual([
      `w.yaml:5:11 goal 's/g1' of strategy 's' is advanced by no deliverable of workplan 'w': ${TAIL}`,
      `w.yaml:5:11 goal 's/g2' ("${"x".repeat(59)}…") of strategy 's' is advanced by no deliverable of workplan 'w': ${TAIL}`,
    ]);
  });

  it("points at the ref of a strategy written as { ref, cite }", () => {
    // `strategy: { ref: s, cite: c }`: the ref value at column 18
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1"), "{ ref: s, cite: c }") })).toEqual([`w.yaml:5:18 ${GOAL_2}`]);
  });

  it("counts a goal covered when one of its sub-goals is advanced (objective 1.1 covers goal 1)", () => {
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/o11")) })).toEqual([`w.yaml:5:11 ${GOAL_2}`]);
  });

  it("counts a goal covered through an action", () => {
    const withoutAction = workplan(advancing("s/g1"));
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": withoutAction })).toEqual([`w.yaml:5:11 ${GOAL_2}`]);
    const withAction = `${withoutAction}    actions:
      - id: a1
        advances:
          - { ref: s/g2, cite: c }
`;
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": withAction })).toEqual([]);
  });

  it("counts a goal covered through a separate deliverable document naming the workplan", () => {
    const files = { "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/o11")) };
    expect(uncovered(files)).toEqual([`w.yaml:5:11 ${GOAL_2}`]);
    expect(uncovered({ ...files, "d.yaml": deliverable("w", "s/g2") })).toEqual([]);
  });

  it("does not count a deliverable document of another workplan", () => {
    const other = workplan(advancing("s/g1", "s/g2")).replace("id: w\n", "id: w2\n");
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1")), "w2.yaml": other, "d.yaml": deliverable("w2", "s/g2") })).toEqual([
      `w.yaml:5:11 ${GOAL_2}`,
    ]);
  });

  it("reports only goals, not the strategy's other top-level nodes", () => {
    const strategy = `${STRATEGY}values:
  - id: openness
strategicApproaches:
  - id: ap1
    serves:
      - { ref: g1, cite: c }
`;
    expect(uncovered({ "s.yaml": strategy, "w.yaml": WORKPLAN })).toEqual([]);
  });

  it("says nothing when the strategy does not resolve", () => {
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing("s/g1"), "nope") });
    expect(problemsOf(result, "uncovered-goal")).toEqual([]);
    expect(problemsOf(result, "unresolved-ref")).toHaveLength(1);
  });

  it("reports nothing when every goal is advanced", () => {
    expect(uncovered({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});
