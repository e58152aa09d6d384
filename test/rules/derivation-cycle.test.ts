import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/derivation-cycle.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";

const strategy = (id: string, goals: string) => `kind: strategy
id: ${id}
title: S
status: approved
goals:
${goals}`;

const TAIL = "a node cannot descend from itself, so remove the link that points back";
const cycles = (files: Record<string, string>) => problemsOf(lintFiles(files), "derivation-cycle");

describe("derivation-cycle", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("derivation-cycle");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a cycle of two nodes once, at the link that closes it", () => {
    // line 11 is b's link back to a; its ref value starts at column 16
    const text = strategy("s", `  - id: a
    derivedFrom:
      - { ref: b, cite: c }
  - id: b
    derivedFrom:
      - { ref: a, cite: c }
`);
    const result = lintFiles({ "s.yaml": text });
    expect(problemsOf(result, "derivation-cycle")).toEqual([`s.yaml:11:16 'derivedFrom' cycle: s/a -> s/b -> s/a; ${TAIL}`]);
    expect(result.problems.find((p) => p.rule === "derivation-cycle")!.severity).toBe("error");
  });

  it("reports a node derived from itself", () => {
    // line 7: `    derivedFrom: [{ ref: a, cite: c }]`, the ref value at column 26
    const text = strategy("s", `  - id: a
    derivedFrom: [{ ref: a, cite: c }]
`);
    expect(cycles({ "s.yaml": text })).toEqual([`s.yaml:7:26 'derivedFrom' cycle: s/a -> s/a; ${TAIL}`]);
  });

  it("reports a cycle across two documents", () => {
    const older = strategy("old", `  - id: a
    derivedFrom: [{ ref: new/a, cite: c }]
`);
    const newer = strategy("new", `  - id: a
    derivedFrom: [{ ref: old/a, cite: c }]
`);
    // the search starts at old/a (loaded first) and is closed by new/a's link, at 7:26 of new.yaml
    expect(cycles({ "old.yaml": older, "new.yaml": newer })).toEqual([`new.yaml:7:26 'derivedFrom' cycle: old/a -> new/a -> old/a; ${TAIL}`]);
  });

  it("does not report a chain of derivations", () => {
    const text = strategy("s", `  - id: a
    derivedFrom: [{ ref: b, cite: c }]
  - id: b
    derivedFrom: [{ ref: c, cite: c }]
  - id: c
`);
    expect(cycles({ "s.yaml": text })).toEqual([]);
  });

  it("does not report two nodes derived from the same one", () => {
    const text = strategy("s", `  - id: a
    derivedFrom: [{ ref: c, cite: c }]
  - id: b
    derivedFrom: [{ ref: c, cite: c }]
  - id: c
`);
    expect(cycles({ "s.yaml": text })).toEqual([]);
  });

  it("reports nothing for plans without derivedFrom links", () => {
    expect(cycles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});
