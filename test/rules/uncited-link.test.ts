import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/uncited-link.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// WORKPLAN (helpers): d1's two advances links are on lines 12 and 13, as `      - { ref: ..., cite: ... }`.
const FIRST_LINK = '{ ref: s/g1, cite: "it says so" }';
const uncited = (files: Record<string, string>) => problemsOf(lintFiles(files), "uncited-link");
const advice = (type: string, ref: string) => `'${type}' link to '${ref}' cites no source: write it as { ref: ${ref}, cite: "<the sentence that supports it>" }`;

describe("uncited-link", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("uncited-link");
    expect(rule.defaultSeverity).toBe("info");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a bare-string link, as info", () => {
    // line 12: `      - s/g1`, the link at column 9
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace(FIRST_LINK, "s/g1") });
    expect(problemsOf(result, "uncited-link")).toEqual([`w.yaml:12:9 ${advice("advances", "s/g1")}`]);
    const problem = result.problems.find((p) => p.rule === "uncited-link")!;
    expect(problem.severity).toBe("info");
    expect(result.infoCount).toBe(1);
    expect(result.errorCount).toBe(0);
  });

  it("reports a link object without 'cite', at its ref", () => {
    // line 12: `      - { ref: s/g1 }`, the ref value at column 16
    expect(uncited({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace(FIRST_LINK, "{ ref: s/g1 }") })).toEqual([`w.yaml:12:16 ${advice("advances", "s/g1")}`]);
  });

  it("reports uncited refs, serves and derivedFrom links", () => {
    const strategy = `kind: strategy
id: s
title: S
status: approved
goals:
  - id: g1
  - id: g2
    refs: [g1]
    derivedFrom:
      - g1
strategicApproaches:
  - id: ap
    serves:
      - { ref: g2 }
`;
    // refs at 8:12 (`    refs: [g1]`), derivedFrom at 10:9, serves at 14:16
    expect(uncited({ "s.yaml": strategy })).toEqual([
      `s.yaml:8:12 ${advice("refs", "g1")}`,
      `s.yaml:10:9 ${advice("derivedFrom", "g1")}`,
      `s.yaml:14:16 ${advice("serves", "g2")}`,
    ]);
  });

  it("does not ask a workplan's strategy or a deliverable's workplan for a citation", () => {
    const deliverable = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
advances:
  - { ref: s/g1, cite: c }
`;
    expect(uncited({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("strategy: s", "strategy: { ref: s }"), "d.yaml": deliverable })).toEqual([]);
  });

  it("reports nothing when every link cites its source", () => {
    expect(uncited({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});
