import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/unresolved-ref.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

// line 9 is the goal open-data's only link; its ref value starts at column 16
const strategy = (openDataRef = "civic-space") => `kind: strategy
id: ogp-strategy
title: S
status: approved
goals:
  - id: civic-space
  - id: open-data
    refs:
      - { ref: ${openDataRef}, cite: c }
`;

// line 5 holds the strategy (value at column 11); line 9 the one advances link (ref value at column 16)
const workplan = (ref: string, strategyId = "ogp-strategy") => `kind: workplan
id: wp
title: W
status: approved
strategy: ${strategyId}
deliverables:
  - id: report
    advances:
      - { ref: ${ref}, cite: c }
`;

const unresolved = (files: Record<string, string>) => problemsOf(lintFiles(files), "unresolved-ref");

describe("unresolved-ref", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("unresolved-ref");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  describe("'<document>/<node>' references", () => {
    it("reports a missing document and suggests the nearest document id", () => {
      const result = lintFiles({ "s.yaml": strategy(), "w.yaml": workplan("ogp-stratgy/civic-space") });
      expect(problemsOf(result, "unresolved-ref")).toEqual([
        "w.yaml:9:16 unresolved reference 'ogp-stratgy/civic-space': no loaded document 'ogp-stratgy'; did you mean 'ogp-strategy'?",
      ]);
      const problem = result.problems.find((p) => p.rule === "unresolved-ref")!;
      expect(problem.severity).toBe("error");
    });

    it("reports a missing document with no id close, hinting that its file may not be loaded", () => {
      expect(unresolved({ "s.yaml": strategy(), "w.yaml": workplan("elsewhere/civic-space") })).toEqual([
        "w.yaml:9:16 unresolved reference 'elsewhere/civic-space': no loaded document 'elsewhere'; if it is defined in another file, lint that file too (or the whole plans folder)",
      ]);
    });

    it("reports a missing node of another document and suggests the nearest node id", () => {
      expect(unresolved({ "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/civic-spaces") })).toEqual([
        "w.yaml:9:16 unresolved reference 'ogp-strategy/civic-spaces': document 'ogp-strategy' has no node 'civic-spaces'; did you mean 'civic-space'?",
      ]);
    });

    it("reports a missing node without a suggestion when no id is close", () => {
      expect(unresolved({ "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/budget") })).toEqual([
        "w.yaml:9:16 unresolved reference 'ogp-strategy/budget': document 'ogp-strategy' has no node 'budget'",
      ]);
    });
  });

  describe("bare references", () => {
    it("suggests '<doc>/<id>' for a bare id that exists only in another document", () => {
      expect(unresolved({ "s.yaml": strategy(), "w.yaml": workplan("civic-space") })).toEqual([
        "w.yaml:9:16 unresolved reference 'civic-space': document 'wp' has no node 'civic-space' (a bare id refers to the same document); to link to another document write 'ogp-strategy/civic-space'",
      ]);
    });

    it("names every document that has the id", () => {
      const other = strategy().replace("id: ogp-strategy", "id: old-strategy");
      expect(unresolved({ "s.yaml": strategy(), "o.yaml": other, "w.yaml": workplan("open-data") })).toEqual([
        "w.yaml:9:16 unresolved reference 'open-data': document 'wp' has no node 'open-data' (a bare id refers to the same document); to link to another document write 'ogp-strategy/open-data' or 'old-strategy/open-data'",
      ]);
    });

    it("suggests the nearest id of the same document for a typo", () => {
      expect(unresolved({ "s.yaml": strategy("civic-spce") })).toEqual([
        "s.yaml:9:16 unresolved reference 'civic-spce': document 'ogp-strategy' has no node 'civic-spce' (a bare id refers to the same document); did you mean 'civic-space'?",
      ]);
    });

    it("explains a bare id that matches nothing", () => {
      expect(unresolved({ "s.yaml": strategy("budget") })).toEqual([
        "s.yaml:9:16 unresolved reference 'budget': document 'ogp-strategy' has no node 'budget' (a bare id refers to the same document)",
      ]);
    });
  });

  describe("document links", () => {
    it("reports a workplan's strategy naming a missing document", () => {
      const result = lintFiles({ "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/civic-space", "ogp-stratgy") });
      expect(problemsOf(result, "unresolved-ref")).toEqual([
        "w.yaml:5:11 'strategy' names 'ogp-stratgy', but no loaded document has that id; did you mean 'ogp-strategy'?",
      ]);
      expect(result.problems.find((p) => p.rule === "unresolved-ref")!.severity).toBe("error");
    });

    it("reports a workplan's strategy naming a node instead of a document", () => {
      const text = workplan("ogp-strategy/civic-space", "{ ref: ogp-strategy/civic-space, cite: c }");
      // `strategy: { ref: ...` puts the ref value at column 18
      expect(unresolved({ "s.yaml": strategy(), "w.yaml": text })).toEqual([
        "w.yaml:5:18 'strategy' names 'ogp-strategy/civic-space', a node reference; it takes a document id: 'ogp-strategy'",
      ]);
    });

    it("points a node reference in 'strategy' to its document", () => {
      const text = workplan("ogp-strategy/civic-space", "ogp-strategy/civic-space");
      const [problem] = unresolved({ "s.yaml": strategy(), "w.yaml": text });
      expect(problem).toContain("'ogp-strategy'");
      expect(problem).not.toContain("lint that file too");
    });

    it("reports a deliverable's workplan naming a missing document", () => {
      const deliverable = `kind: deliverable
id: extra
title: D
status: approved
workplan: wp2
advances:
  - { ref: s/g1, cite: c }
`;
      expect(unresolved({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("id: w\n", "id: wp\n"), "d.yaml": deliverable })).toEqual([
        "d.yaml:5:11 'workplan' names 'wp2', but no loaded document has that id; did you mean 'wp'?",
      ]);
    });
  });

  it("reports nothing when every link resolves", () => {
    expect(unresolved({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
    expect(unresolved({ "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/open-data") })).toEqual([]);
  });
});
