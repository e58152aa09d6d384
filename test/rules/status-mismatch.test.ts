import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/status-mismatch.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

// WORKPLAN (helpers): `strategy: s` at 5:11; deliverable d1's links on lines 12-13; action a11 from line 15.
const other = (status: string) => `kind: strategy
id: old
title: Old
status: ${status}
goals:
  - id: og1
    label: "1"
`;

/** WORKPLAN with a third advances link of d1, on line 14 (ref value at column 16). */
const ADVANCING_OLD = WORKPLAN.replace("    actions:\n", "      - { ref: old/og1, cite: c }\n    actions:\n");
const DRAFT_STRATEGY = STRATEGY.replace("status: approved", "status: draft");

describe("status-mismatch", () => {
  it("is a warning by default", () => {
    expect(rule.id).toBe("status-mismatch");
    expect(rule.defaultSeverity).toBe("warning");
  });
});

testRule(rule, {
  valid: [
    { name: "a draft workplan implementing a draft strategy", files: { "w.yaml": WORKPLAN.replace("status: approved", "status: draft"), "s.yaml": DRAFT_STRATEGY } },
    { name: "advancing a node of another approved strategy", files: { "w.yaml": ADVANCING_OLD, "s.yaml": STRATEGY, "old.yaml": other("approved") } },
    { name: "a draft workplan advancing a superseded strategy", files: { "w.yaml": ADVANCING_OLD.replace("status: approved", "status: draft"), "s.yaml": STRATEGY, "old.yaml": other("superseded") } },
    { name: "every strategy approved", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      name: "an approved workplan implementing a draft strategy",
      files: { "w.yaml": WORKPLAN, "s.yaml": DRAFT_STRATEGY },
      errors: [{
        messageId: "staleStrategy", data: { workplan: "workplan 'w'", strategy: "strategy 's'", status: "draft" }, line: 5, column: 11,
        message: "approved workplan 'w' implements strategy 's', which is draft: point it at the approved strategy, or mark the workplan draft",
      }],
    },
    {
      name: "an approved workplan implementing a superseded strategy, once, not once per link into it",
      files: { "w.yaml": WORKPLAN, "s.yaml": STRATEGY.replace("status: approved", "status: superseded") },
      errors: [{ messageId: "staleStrategy", data: { workplan: "workplan 'w'", strategy: "strategy 's'", status: "superseded" }, line: 5, column: 11 }],
    },
    {
      name: "advancing a node of a superseded strategy that is not its own",
      files: { "w.yaml": ADVANCING_OLD, "s.yaml": STRATEGY, "old.yaml": other("superseded") },
      errors: [{
        messageId: "staleGoal", data: { workplan: "workplan 'w'", target: "goal 1", status: "superseded", strategy: "strategy 'old'" }, line: 14, column: 16,
        message: "approved workplan 'w' advances goal 1 of superseded strategy 'old': link the corresponding goal of an approved strategy instead",
      }],
    },
    {
      // line 19: `          - old/og1`, the link at column 13
      name: "an action advancing a node of a draft strategy, at the bare link",
      files: { "w.yaml": WORKPLAN.replace("        title: Action one\n", "        title: Action one\n        advances:\n          - old/og1\n"), "s.yaml": STRATEGY, "old.yaml": other("draft") },
      errors: [{ messageId: "staleGoal", data: { workplan: "workplan 'w'", target: "goal 1", status: "draft", strategy: "strategy 'old'" }, line: 19, column: 13 }],
    },
    {
      name: "a deliverable document of an approved workplan advancing a superseded strategy",
      files: { "d.yaml": "kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\nadvances:\n  - { ref: old/og1, cite: c }\n", "s.yaml": STRATEGY, "old.yaml": other("superseded"), "w.yaml": WORKPLAN },
      errors: [{ messageId: "staleGoal", data: { workplan: "workplan 'w'", target: "goal 1", status: "superseded", strategy: "strategy 'old'" }, line: 7, column: 12 }],
    },
  ],
});
