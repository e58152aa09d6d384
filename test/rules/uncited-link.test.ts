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
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": sourced(WORKPLAN.replace(FIRST_LINK, "s/g1")) });
    expect(result.problems.filter((p) => p.rule === "uncited-link").map((p) => p.severity)).toEqual(["info"]);
    expect(result.infoCount).toBe(1);
    expect(result.errorCount).toBe(0);
  });
});

/** A plan transcribed from a published document names its source (one line more, after `status`). */
const sourced = (text: string) => text.replace("status: approved\n", "status: approved\nsource: { title: The published plan }\n");

const uncited = (linkType: string, ref: string, line: number, column: number, file?: string) => ({ messageId: "uncited", data: { linkType, ref }, line, column, ...(file ? { file } : {}) });

testRule(rule, {
  valid: [
    {
      name: "a workplan's strategy and a deliverable's workplan need no citation",
      files: { "s.yaml": STRATEGY, "w.yaml": sourced(WORKPLAN.replace("strategy: s", "strategy: { ref: s }")), "d.yaml": "kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\nadvances:\n  - { ref: s/g1, cite: c }\n" },
    },
    { name: "every link cites its source", files: { "s.yaml": STRATEGY, "w.yaml": sourced(WORKPLAN) } },
    { name: "an authored plan (no 'source') is not asked for citations", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace(FIRST_LINK, "s/g1") } },
  ],
  invalid: [
    {
      // line 13: `      - s/g1`, the link at column 9
      name: "a bare-string link",
      files: { "w.yaml": sourced(WORKPLAN.replace(FIRST_LINK, "s/g1")), "s.yaml": STRATEGY },
      errors: [{ ...uncited("advances", "s/g1", 13, 9), message: "'advances' link to 's/g1' cites no source: write it as { ref: s/g1, cite: \"<the sentence that supports it>\" }" }],
    },
    {
      // line 13: `      - { ref: s/g1 }`, the ref value at column 16
      name: "a link object without 'cite', at its ref",
      files: { "w.yaml": sourced(WORKPLAN.replace(FIRST_LINK, "{ ref: s/g1 }")), "s.yaml": STRATEGY },
      errors: [uncited("advances", "s/g1", 13, 16)],
    },
    {
      // refs at 9:12 (`    refs: [g1]`), derivedFrom at 11:9, serves at 15:16
      name: "uncited refs, derivedFrom and serves links",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: approved\nsource: { title: T }\ngoals:\n  - id: g1\n  - id: g2\n    refs: [g1]\n    derivedFrom:\n      - g1\nstrategicApproaches:\n  - id: ap\n    serves:\n      - { ref: g2 }\n" },
      errors: [uncited("refs", "g1", 9, 12), uncited("derivedFrom", "g1", 11, 9), uncited("serves", "g2", 15, 16)],
    },
  ],
});
