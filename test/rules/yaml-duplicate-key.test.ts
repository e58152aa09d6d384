import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/yaml-duplicate-key.js";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

// the first `status` is at line 4, the second at line 5, column 1
const TOP_LEVEL = `kind: strategy
id: s
title: S
status: approved
status: draft
`;

// the first `label` of goal g1 is at 7:5, the second at 8:5
const NESTED = `kind: strategy
id: s
title: S
status: approved
goals:
  - id: g1
    label: "1"
    label: "2"
`;

describe("yaml-duplicate-key", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("yaml-duplicate-key");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("refuses the file: neither value is used, so no other rule reports on it", () => {
    const result = lintFiles({ "s.yaml": NESTED });
    expect(result.problems.map((p) => p.rule)).toEqual(["yaml-duplicate-key"]);
    expect(result.documents).toBe(0);
  });
});

testRule(rule, {
  valid: [
    // every goal and objective of STRATEGY has its own `id`, `label` and `title`
    { name: "the same key in different mappings", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      name: "a top-level key defined twice, at the repeated key, naming the key and its first definition",
      files: { "s.yaml": TOP_LEVEL },
      errors: [{
        messageId: "duplicateKeyNamed", data: { key: "status" }, line: 5, column: 1,
        message: "duplicate key 'status': it is already defined in the same mapping; remove or rename one",
        related: [{ line: 4, column: 1, message: "'status' first defined here" }],
      }],
    },
    {
      name: "a key defined twice in a nested mapping",
      files: { "s.yaml": NESTED },
      errors: [{ messageId: "duplicateKeyNamed", data: { key: "label" }, line: 8, column: 5, related: [{ line: 7, column: 5 }] }],
    },
    {
      name: "a key defined three times: both repeats point at the first",
      files: { "s.yaml": `${TOP_LEVEL}status: superseded\n` },
      errors: [
        { messageId: "duplicateKeyNamed", data: { key: "status" }, line: 5, column: 1, related: [{ line: 4, column: 1 }] },
        { messageId: "duplicateKeyNamed", data: { key: "status" }, line: 6, column: 1, related: [{ line: 4, column: 1 }] },
      ],
    },
  ],
});
