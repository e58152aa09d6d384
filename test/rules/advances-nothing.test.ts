import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/advances-nothing.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
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

/** Deliverable 1, advancing two goals: lines 7-11, so a second deliverable's id is at 12:9. */
const FIRST = `  - id: d1
    label: "1"
    advances:
      - { ref: s/g1, cite: c }
      - { ref: s/g2, cite: c }
`;

/** A deliverable document: its id value is at 2:5. */
const DELIVERABLE = "kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\n";

/** An unlabelled inline deliverable d2 after FIRST, reported at 12:9. */
const d2 = (name: string, rest: string) => ({
  name,
  files: { "w.yaml": workplan(`${FIRST}  - id: d2\n${rest}`), "s.yaml": STRATEGY },
  errors: [{ messageId: "advancesNothing", data: { deliverable: "deliverable 'd2'" }, line: 12, column: 9 }],
});

describe("advances-nothing", () => {
  it("is a warning by default", () => {
    expect(rule.id).toBe("advances-nothing");
    expect(rule.defaultSeverity).toBe("warning");
  });
});

testRule(rule, {
  valid: [
    { name: "every deliverable advances a goal", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
    { name: "a link that does not resolve is left to unresolved-ref", files: { "s.yaml": STRATEGY, "w.yaml": workplan("  - id: d1\n    advances:\n      - { ref: s/g9, cite: c }\n") } },
    {
      name: "a deliverable one of whose actions advances something",
      files: { "s.yaml": STRATEGY, "w.yaml": workplan("  - id: d1\n    actions:\n      - id: a1\n      - id: a2\n        advances:\n          - { ref: s/g1, cite: c }\n") },
    },
    { name: "a deliverable document whose action advances something", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": `${DELIVERABLE}actions:\n  - id: a1\n    advances:\n      - { ref: s/g1, cite: c }\n` } },
  ],
  invalid: [
    {
      name: "an inline deliverable, by label, at its id",
      files: { "w.yaml": workplan(`${FIRST}  - id: d2\n    label: "2"\n`), "s.yaml": STRATEGY },
      errors: [{ messageId: "advancesNothing", data: { deliverable: "deliverable 2" }, line: 12, column: 9, message: `deliverable 2 ${TAIL}` }],
    },
    d2("an unlabelled inline deliverable, by id", ""),
    d2("a deliverable whose actions advance nothing either", "    actions:\n      - id: a1\n"),
    d2("a deliverable with an empty 'advances' list", "    advances: []\n"),
    {
      name: "a deliverable none of whose actions advances anything",
      files: { "w.yaml": workplan("  - id: d1\n    actions:\n      - id: a1\n      - id: a2\n"), "s.yaml": STRATEGY },
      errors: [{ messageId: "advancesNothing", data: { deliverable: "deliverable 'd1'" }, line: 7, column: 9 }],
    },
    {
      name: "a deliverable document, at its document id, with its title",
      files: { "d.yaml": DELIVERABLE, "s.yaml": STRATEGY, "w.yaml": WORKPLAN },
      errors: [{ messageId: "advancesNothing", data: { deliverable: 'deliverable \'dd\' "D"' }, line: 2, column: 5 }],
    },
    {
      name: "a deliverable document whose actions advance nothing",
      files: { "d.yaml": `${DELIVERABLE}actions:\n  - id: a1\n`, "s.yaml": STRATEGY, "w.yaml": WORKPLAN },
      errors: [{ messageId: "advancesNothing", data: { deliverable: 'deliverable \'dd\' "D"' }, line: 2, column: 5 }],
    },
    {
      name: "a labelled deliverable document, by its label",
      files: { "d.yaml": `${DELIVERABLE}label: "2"\n`, "s.yaml": STRATEGY, "w.yaml": WORKPLAN },
      errors: [{ messageId: "advancesNothing", data: { deliverable: 'deliverable 2 "D"' }, line: 2, column: 5 }],
    },
  ],
});
