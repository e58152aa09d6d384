import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/yaml-duplicate-key.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

const MESSAGE = "duplicate key: this key is already defined in the same mapping; remove or rename one";

// the second `status` is at line 5, column 1
const TOP_LEVEL = `kind: strategy
id: s
title: S
status: approved
status: draft
`;

// the second `label` of goal g1 is at line 8, column 5
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
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("yaml-duplicate-key");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a top-level key defined twice, at the repeated key", () => {
    const result = lintFiles({ "s.yaml": TOP_LEVEL });
    expect(problemsOf(result, "yaml-duplicate-key")).toEqual([`s.yaml:5:1 ${MESSAGE}`]);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("reports a key defined twice in a nested mapping, at the repeated key", () => {
    expect(problemsOf(lintFiles({ "s.yaml": NESTED }), "yaml-duplicate-key")).toEqual([`s.yaml:8:5 ${MESSAGE}`]);
  });

  it("refuses the file: neither value is used, so no other rule reports on it", () => {
    const result = lintFiles({ "s.yaml": NESTED });
    expect(result.problems.map((p) => p.rule)).toEqual(["yaml-duplicate-key"]);
    expect(result.documents).toBe(0);
  });

  it("does not report the same key in different mappings", () => {
    // every goal and objective of STRATEGY has its own `id`, `label` and `title`
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }), "yaml-duplicate-key")).toEqual([]);
  });
});
