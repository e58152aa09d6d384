import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/uncited-link.js";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

// WORKPLAN (helpers): d1's two advances links are on lines 12 and 13, as `      - { ref: ..., cite: ... }`.
const FIRST_LINK = '{ ref: s/g1, cite: "it says so" }';

describe("uncited-link", () => {
  it("is info by default, counted as info", () => {
    expect(rule.id).toBe("uncited-link");
    expect(rule.defaultSeverity).toBe("info");
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace(FIRST_LINK, "s/g1") });
    expect(result.problems.filter((p) => p.rule === "uncited-link").map((p) => p.severity)).toEqual(["info"]);
    expect(result.infoCount).toBe(1);
    expect(result.errorCount).toBe(0);
  });
});

const uncited = (linkType: string, ref: string, line: number, column: number, file?: string) => ({ messageId: "uncited", data: { linkType, ref }, line, column, ...(file ? { file } : {}) });

testRule(rule, {
  valid: [
    {
      name: "a workplan's strategy and a deliverable's workplan need no citation",
      files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("strategy: s", "strategy: { ref: s }"), "d.yaml": "kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\nadvances:\n  - { ref: s/g1, cite: c }\n" },
    },
    { name: "every link cites its source", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
  ],
  invalid: [
    {
      // line 12: `      - s/g1`, the link at column 9
      name: "a bare-string link",
      files: { "w.yaml": WORKPLAN.replace(FIRST_LINK, "s/g1"), "s.yaml": STRATEGY },
      errors: [{ ...uncited("advances", "s/g1", 12, 9), message: "'advances' link to 's/g1' cites no source: write it as { ref: s/g1, cite: \"<the sentence that supports it>\" }" }],
    },
    {
      // line 12: `      - { ref: s/g1 }`, the ref value at column 16
      name: "a link object without 'cite', at its ref",
      files: { "w.yaml": WORKPLAN.replace(FIRST_LINK, "{ ref: s/g1 }"), "s.yaml": STRATEGY },
      errors: [uncited("advances", "s/g1", 12, 16)],
    },
    {
      // refs at 8:12 (`    refs: [g1]`), derivedFrom at 10:9, serves at 14:16
      name: "uncited refs, derivedFrom and serves links",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: approved\ngoals:\n  - id: g1\n  - id: g2\n    refs: [g1]\n    derivedFrom:\n      - g1\nstrategicApproaches:\n  - id: ap\n    serves:\n      - { ref: g2 }\n" },
      errors: [uncited("refs", "g1", 8, 12), uncited("derivedFrom", "g1", 10, 9), uncited("serves", "g2", 14, 16)],
    },
  ],
});
