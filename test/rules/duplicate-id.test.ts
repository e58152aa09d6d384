import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/duplicate-id.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

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
  it("is an error by default", () => {
    expect(rule.id).toBe("duplicate-id");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("keeps the first document: the duplicate is not merged into the graph", () => {
    const result = lintFiles({ "a.yaml": STRATEGY, "b.yaml": SAME_DOCUMENT_ID });
    expect(problemsOf(result, "duplicate-id")).toHaveLength(1);
    expect(result.documents).toBe(1);
    // the workplan is not in the graph, so its `strategy: s` is not checked (no wrong-target for s -> s)
    expect(problemsOf(result, "wrong-target")).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { name: "the same node id in different documents", files: { "s.yaml": STRATEGY, "t.yaml": STRATEGY.replace("id: s\n", "id: t\n") } },
    { name: "unique ids", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      name: "a node id used twice in one document, with the first place as related",
      files: { "s.yaml": TWICE_IN_ONE_DOCUMENT },
      errors: [{
        messageId: "nodeId", data: { node: "goal 'g2'", id: "g2", first: "objective 'g2'", document: "s" }, line: 9, column: 9,
        message: "goal 'g2' has id 'g2', already used by objective 'g2' in document 's'; node ids must be unique within a document",
        related: [{ line: 8, column: 13, message: "'g2' first defined here" }],
      }],
    },
    {
      name: "a document id used by two files, with the first file as related",
      files: { "a.yaml": STRATEGY, "b.yaml": SAME_DOCUMENT_ID },
      errors: [{
        messageId: "documentId", data: { id: "s", first: "strategy 's'" }, file: "b.yaml", line: 2, column: 5,
        message: "document id 's' is already used by another document (strategy 's'); give one of the documents another id",
        related: [{ file: "a.yaml", line: 2, column: 5 }],
      }],
    },
  ],
});
