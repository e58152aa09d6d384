import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/derivation-cycle.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

const strategy = (id: string, goals: string) => `kind: strategy
id: ${id}
title: S
status: approved
goals:
${goals}`;

describe("derivation-cycle", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("derivation-cycle");
    expect(rule.defaultSeverity).toBe("error");
  });
});

testRule(rule, {
  valid: [
    { name: "a chain of derivations", files: { "s.yaml": strategy("s", "  - id: a\n    derivedFrom: [{ ref: b, cite: c }]\n  - id: b\n    derivedFrom: [{ ref: c, cite: c }]\n  - id: c\n") } },
    { name: "two nodes derived from the same one", files: { "s.yaml": strategy("s", "  - id: a\n    derivedFrom: [{ ref: c, cite: c }]\n  - id: b\n    derivedFrom: [{ ref: c, cite: c }]\n  - id: c\n") } },
    { name: "plans without derivedFrom links", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      // line 11 is b's link back to a; its ref value starts at column 16
      name: "a cycle of two nodes, once, at the link that closes it",
      files: { "s.yaml": strategy("s", "  - id: a\n    derivedFrom:\n      - { ref: b, cite: c }\n  - id: b\n    derivedFrom:\n      - { ref: a, cite: c }\n") },
      errors: [{
        messageId: "cycle", data: { node: "goal 'b'", cycle: "s/a -> s/b -> s/a" }, line: 11, column: 16,
        message: "goal 'b' descends from itself through 'derivedFrom': s/a -> s/b -> s/a; a node cannot descend from itself, so remove the link that points back",
      }],
    },
    {
      // line 8: `    derivedFrom: [{ ref: a, cite: c }]`, the ref value at column 26
      name: "a node derived from itself",
      files: { "s.yaml": strategy("s", "  - id: a\n    title: Alpha\n    derivedFrom: [{ ref: a, cite: c }]\n") },
      errors: [{ messageId: "cycle", data: { node: 'goal \'a\' "Alpha"', cycle: "s/a -> s/a" }, line: 8, column: 26 }],
    },
    {
      // the search starts at old/a (loaded first) and is closed by new/a's link, at 8:26 of new.yaml
      name: "a cycle across two documents",
      files: {
        "old.yaml": strategy("old", "  - id: a\n    derivedFrom: [{ ref: new/a, cite: c }]\n"),
        "new.yaml": strategy("new", "  - id: a\n    label: \"1\"\n    derivedFrom: [{ ref: old/a, cite: c }]\n"),
      },
      errors: [{ messageId: "cycle", data: { node: "goal 1", cycle: "old/a -> new/a -> old/a" }, file: "new.yaml", line: 8, column: 26 }],
    },
  ],
});
