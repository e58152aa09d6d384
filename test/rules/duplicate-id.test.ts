import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/duplicate-id.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// the first g2 (an objective) has its id at 8:13, the second (a goal) at 9:9
const TWICE_IN_ONE_DOCUMENT = `kind: strategy
id: s
title: S
status: approved
goals:
  - id: g1
    objectives:
      - id: g2
  - id: g2
`;

// a workplan that takes the strategy's document id 's' (at 2:5 in both files)
const SAME_DOCUMENT_ID = `kind: workplan
id: s
title: W
status: approved
strategy: s
`;

describe("duplicate-id", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("duplicate-id");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a node id used twice in one document, naming the first place", () => {
    const result = lintFiles({ "s.yaml": TWICE_IN_ONE_DOCUMENT });
    expect(problemsOf(result, "duplicate-id")).toEqual([
      "s.yaml:9:9 id 'g2' is already used in document 's' at s.yaml:8:13; node ids must be unique within a document",
    ]);
    const [problem] = result.problems.filter((p) => p.rule === "duplicate-id");
    expect(problem!.severity).toBe("error");
    expect(problem!.related).toEqual([expect.objectContaining({ file: "s.yaml", line: 8, column: 13, message: "first defined here" })]);
  });

  it("reports a document id used by two files, naming the first file", () => {
    const result = lintFiles({ "a.yaml": STRATEGY, "b.yaml": SAME_DOCUMENT_ID });
    expect(problemsOf(result, "duplicate-id")).toEqual([
      "b.yaml:2:5 document id 's' is already used by a.yaml:2:5; give one of the documents another id",
    ]);
    const [problem] = result.problems.filter((p) => p.rule === "duplicate-id");
    expect(problem!.severity).toBe("error");
    expect(problem!.related).toEqual([expect.objectContaining({ file: "a.yaml", line: 2, column: 5, message: "first defined here" })]);
  });

  it("keeps the first document: the duplicate is not merged into the graph", () => {
    const result = lintFiles({ "a.yaml": STRATEGY, "b.yaml": SAME_DOCUMENT_ID });
    expect(problemsOf(result, "duplicate-id")).toHaveLength(1);
    expect(result.documents).toBe(1);
    // the workplan is not in the graph, so its `strategy: s` is not checked (no wrong-target for s -> s)
    expect(problemsOf(result, "wrong-target")).toEqual([]);
  });

  it("allows the same node id in different documents", () => {
    const other = STRATEGY.replace("id: s\n", "id: t\n");
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "t.yaml": other }), "duplicate-id")).toEqual([]);
  });

  it("reports nothing when every id is unique", () => {
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }), "duplicate-id")).toEqual([]);
  });
});
