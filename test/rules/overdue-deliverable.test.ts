import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/overdue-deliverable.js";
import { lint } from "../../src/lint/lint.js";
import { projectFrom, STRATEGY } from "../helpers.js";
import { testRule } from "../rule-tester.js";

/** A workplan with one deliverable (due at 10:10) and one action (due at 14:14). */
const workplan = (deliverable: string, action = "") => ({
  "w.yaml": `kind: workplan
id: w
title: W
status: approved
strategy: s
deliverables:
  - id: d1
    label: "1"
    title: Report
${deliverable}    advances: [s/g1, s/g2]
    actions:
      - id: a1
        label: "1.1"
${action}`,
  "s.yaml": STRATEGY,
});

describe("overdue-deliverable", () => {
  it("is information by default (it depends on the calendar, so it never fails --max-warnings by itself), judged as of lint's today option", () => {
    expect(rule.defaultSeverity).toBe("info");
    const files = workplan('    due: "2025-06-30"\n');
    const overdue = (today: string) => lint(projectFrom(files), { today }).problems.filter((p) => p.rule === "overdue-deliverable").length;
    expect(overdue("2025-06-30")).toBe(0);
    expect(overdue("2025-07-01")).toBe(1);
  });

  it("accepts the authoring fields in the schema: owner, due, delivery, progress notes", () => {
    const files = workplan('    owner: Support Unit\n    due: "2025-06"\n    delivery: in-progress\n    progress:\n      - { date: "2025-03-01", note: Draft shared }\n', '        owner: Data team\n        due: "2025-05-15"\n        delivery: done\n');
    // an authored plan (no 'source'): no uncited-link notes either
    expect(lint(projectFrom(files), { today: "2025-01-01" }).problems).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { name: "a due date today or later", files: workplan('    due: "2025-06-30"\n'), today: "2025-06-30" },
    { name: "a due month runs to its last day", files: workplan('    due: "2025-06"\n'), today: "2025-06-30" },
    { name: "past due but done", files: workplan('    due: "2024-12-31"\n    delivery: done\n') },
    { name: "past due but dropped", files: workplan('    due: "2024-12-31"\n    delivery: dropped\n') },
    { name: "no due date", files: workplan("") },
  ],
  invalid: [
    {
      name: "a deliverable past its due date, not marked done, at its due date",
      files: workplan('    due: "2024-12-31"\n'),
      errors: [{
        messageId: "overdueUnmarked", data: { node: 'deliverable 1 "Report"', due: "2024-12-31" }, line: 10, column: 10,
        message: "deliverable 1 \"Report\" was due 2024-12-31 and is not marked done: set 'delivery: done' (or dropped), or give it a new 'due' date",
      }],
    },
    {
      name: "an action in progress past its due year",
      files: workplan("", "        due: 2024\n        delivery: in-progress\n"),
      errors: [{ messageId: "overdue", data: { node: "action 1.1", due: "2024", state: "in-progress" }, line: 14, column: 14 }],
    },
    {
      name: "a deliverable document",
      files: { "d.yaml": 'kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\ndue: "2024-10-01"\ndelivery: planned\n' },
      errors: [{ messageId: "overdue", data: { node: 'deliverable \'dd\' "D"', due: "2024-10-01", state: "planned" }, line: 6, column: 6 }],
    },
  ],
});
