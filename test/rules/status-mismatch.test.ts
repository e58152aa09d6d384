import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/status-mismatch.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// WORKPLAN (helpers): `strategy: s` at 5:11; deliverable d1's links on lines 12-13; action a11 from line 15.
const other = (status: string) => `kind: strategy
id: old
title: Old
status: ${status}
goals:
  - id: og1
`;

/** WORKPLAN with a third advances link of d1, on line 14 (ref value at column 16). */
const ADVANCING_OLD = WORKPLAN.replace("    actions:\n", "      - { ref: old/og1, cite: c }\n    actions:\n");

const mismatches = (files: Record<string, string>) => problemsOf(lintFiles(files), "status-mismatch");

describe("status-mismatch", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("status-mismatch");
    expect(rule.defaultSeverity).toBe("warning");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  describe("the strategy a workplan implements", () => {
    it("reports an approved workplan implementing a draft strategy", () => {
      const result = lintFiles({ "s.yaml": STRATEGY.replace("status: approved", "status: draft"), "w.yaml": WORKPLAN });
      expect(problemsOf(result, "status-mismatch")).toEqual([
        "w.yaml:5:11 approved workplan 'w' implements strategy 's', which is draft: point it at the approved strategy, or mark the workplan draft",
      ]);
      expect(result.problems.find((p) => p.rule === "status-mismatch")!.severity).toBe("warning");
    });

    it("reports an approved workplan implementing a superseded strategy once, not once per link into it", () => {
      expect(mismatches({ "s.yaml": STRATEGY.replace("status: approved", "status: superseded"), "w.yaml": WORKPLAN })).toEqual([
        "w.yaml:5:11 approved workplan 'w' implements strategy 's', which is superseded: point it at the approved strategy, or mark the workplan draft",
      ]);
    });

    it("does not report a draft workplan implementing a draft strategy", () => {
      const files = { "s.yaml": STRATEGY.replace("status: approved", "status: draft"), "w.yaml": WORKPLAN.replace("status: approved", "status: draft") };
      expect(mismatches(files)).toEqual([]);
    });
  });

  describe("goals of another strategy", () => {
    it("reports advancing a node of a superseded strategy that is not its own", () => {
      const result = lintFiles({ "s.yaml": STRATEGY, "old.yaml": other("superseded"), "w.yaml": ADVANCING_OLD });
      expect(problemsOf(result, "status-mismatch")).toEqual([
        "w.yaml:14:16 approved workplan 'w' advances 'old/og1' of superseded strategy 'old': link the corresponding goal of an approved strategy instead",
      ]);
      expect(result.problems.find((p) => p.rule === "status-mismatch")!.severity).toBe("warning");
    });

    it("reports an action advancing a node of a draft strategy, at the bare link", () => {
      // line 19: `          - old/og1`, the link at column 13
      const text = WORKPLAN.replace("        title: Action one\n", "        title: Action one\n        advances:\n          - old/og1\n");
      expect(mismatches({ "s.yaml": STRATEGY, "old.yaml": other("draft"), "w.yaml": text })).toEqual([
        "w.yaml:19:13 approved workplan 'w' advances 'old/og1' of draft strategy 'old': link the corresponding goal of an approved strategy instead",
      ]);
    });

    it("does not report advancing a node of another approved strategy", () => {
      expect(mismatches({ "s.yaml": STRATEGY, "old.yaml": other("approved"), "w.yaml": ADVANCING_OLD })).toEqual([]);
    });

    it("does not report a draft workplan advancing a superseded strategy", () => {
      expect(mismatches({ "s.yaml": STRATEGY, "old.yaml": other("superseded"), "w.yaml": ADVANCING_OLD.replace("status: approved", "status: draft") })).toEqual([]);
    });

    it("reports a deliverable document of an approved workplan advancing a superseded strategy", () => {
      const deliverable = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
advances:
  - { ref: old/og1, cite: c }
`;
      const found = mismatches({ "s.yaml": STRATEGY, "old.yaml": other("superseded"), "w.yaml": WORKPLAN, "d.yaml": deliverable });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^d\.yaml:7:12 .*advances 'old\/og1' of superseded strategy 'old'/);
    });
  });

  it("reports nothing when every strategy is approved", () => {
    expect(mismatches({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});
