import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/advances-nothing.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

const TAIL = "advances nothing: add 'advances' with the goals its text says it serves, to it or to its actions";

/** A workplan whose deliverables start at line 7 (`  - id: ...`, the id value at column 9). */
const workplan = (deliverables: string) => `kind: workplan
id: w
title: W
status: approved
strategy: s
deliverables:
${deliverables}`;

const FIRST = `  - id: d1
    label: "1"
    advances:
      - { ref: s/g1, cite: c }
      - { ref: s/g2, cite: c }
`;

const nothing = (files: Record<string, string>) => problemsOf(lintFiles(files), "advances-nothing");

describe("advances-nothing", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("advances-nothing");
    expect(rule.defaultSeverity).toBe("warning");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports an inline deliverable, by label and id, at its id", () => {
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": workplan(`${FIRST}  - id: d2
    label: "2"
`) });
    expect(problemsOf(result, "advances-nothing")).toEqual([`w.yaml:12:9 deliverable 2 ${TAIL}`]);
    expect(result.problems.find((p) => p.rule === "advances-nothing")!.severity).toBe("warning");
  });

  it("reports an unlabelled inline deliverable by id", () => {
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": workplan(`${FIRST}  - id: d2
`) })).toEqual([`w.yaml:12:9 deliverable 'd2' ${TAIL}`]);
  });

  it("reports a deliverable whose actions advance nothing either", () => {
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": workplan(`${FIRST}  - id: d2
    actions:
      - id: a1
`) })).toEqual([`w.yaml:12:9 deliverable 'd2' ${TAIL}`]);
  });

  it("reports a deliverable with an empty 'advances' list", () => {
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": workplan(`${FIRST}  - id: d2
    advances: []
`) })).toEqual([`w.yaml:12:9 deliverable 'd2' ${TAIL}`]);
  });

  it("reports a deliverable document at its document id", () => {
    const deliverable = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
`;
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": deliverable });
    expect(problemsOf(result, "advances-nothing")).toEqual([`d.yaml:2:5 deliverable 'dd' \"D\" ${TAIL}`]);
    expect(result.problems.find((p) => p.rule === "advances-nothing")!.severity).toBe("warning");
  });

  it("names a labelled deliverable document by its label", () => {
    const deliverable = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
label: "2"
`;
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": deliverable })).toEqual([`d.yaml:2:5 deliverable 2 \"D\" ${TAIL}`]);
  });

  it("does not report a deliverable when only one of its actions advances something", () => {
    const actions = `  - id: d1
    actions:
      - id: a1
      - id: a2
`;
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": workplan(actions) })).toEqual([`w.yaml:7:9 deliverable 'd1' ${TAIL}`]);
    const advancing = `${actions}        advances:
          - { ref: s/g1, cite: c }
          - { ref: s/g2, cite: c }
`;
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": workplan(advancing) })).toEqual([]);
  });

  it("does not report a deliverable document whose action advances something", () => {
    const deliverable = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
actions:
  - id: a1
`;
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": deliverable })).toEqual([`d.yaml:2:5 deliverable 'dd' \"D\" ${TAIL}`]);
    const advancing = `${deliverable}    advances:
      - { ref: s/g1, cite: c }
`;
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": advancing })).toEqual([]);
  });

  it("leaves a link that does not resolve to unresolved-ref", () => {
    const result = lintFiles({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - id: d1
    advances:
      - { ref: s/g9, cite: c }
`) });
    expect(problemsOf(result, "advances-nothing")).toEqual([]);
    expect(problemsOf(result, "unresolved-ref")).toHaveLength(1);
  });

  it("reports nothing when every deliverable advances a goal", () => {
    expect(nothing({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { name: "every deliverable advances a goal", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
    { name: "a link that does not resolve is left to unresolved-ref", files: { "s.yaml": STRATEGY, "w.yaml": workplan("  - id: d1\n    advances:\n      - { ref: s/g9, cite: c }\n") } },
  ],
  invalid: [
    {
      name: "an inline deliverable, by label, at its id",
      files: { "w.yaml": workplan(`${FIRST}  - id: d2\n    label: "2"\n`), "s.yaml": STRATEGY },
      errors: [{ messageId: "advancesNothing", data: { deliverable: "deliverable 2" }, line: 12, column: 9, message: `deliverable 2 ${TAIL}` }],
    },
    {
      name: "a deliverable document, at its document id, with its title",
      files: { "d.yaml": "kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\n", "s.yaml": STRATEGY, "w.yaml": WORKPLAN },
      errors: [{ messageId: "advancesNothing", data: { deliverable: 'deliverable \'dd\' "D"' }, line: 2, column: 5 }],
    },
  ],
});
