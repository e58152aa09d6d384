import { describe, expect, it } from "vitest";
import { CHECK_IDS, type CheckId } from "../../src/diff/checks/check.js";
import { CHECKS } from "../../src/diff/checks/registry.js";
import type { DiffOptions } from "../../src/diff/diff.js";
import { collectFacts } from "../../src/diff/facts.js";
import { match } from "../../src/diff/match.js";
import { MESSAGES } from "../../src/diff/messages.js";
import type { Change, DiffResult, DiffSide } from "../../src/diff/model.js";
import { projectFrom } from "../helpers.js";
import { once, SPLIT_LAWS, STRATEGY, versions, WORKPLAN } from "./versions.js";

// One row per check id: an edit of a small plan (a strategy and the work plan that advances it,
// compared as two versions of the same files, as `ogp diff --git` does) and the change it must give.

function edited(strategy: (text: string) => string, workplan: (text: string) => string = (t) => t, options: DiffOptions = {}): DiffResult {
  const after = { strategy: strategy(STRATEGY), workplan: workplan(WORKPLAN) };
  return versions({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }, { "s.yaml": after.strategy, "w.yaml": after.workplan }, options);
}

interface Case {
  edit: () => DiffResult;
  /** What the change must say, or of it. */
  expect: (change: Change, result: DiffResult) => void;
}

const CASES: Record<CheckId, Case> = {
  "advanced-node-removed": {
    edit: () => edited((t) => once(t, /  - id: owners\n(    .*\n|      .*\n|        .*\n)+/, "")),
    expect: (c) => {
      expect(c.message).toBe('goal 3 "Beneficial ownership registers for companies" was removed, with its 1 indicator, but 1 deliverable still depends on it; re-point it');
      expect(c.affected.map((a) => a.node.ref)).toEqual(["w/d3"]);
    },
  },
  "advanced-node-id-changed": {
    edit: () => edited((t) => once(t, "  - id: budgets\n", "  - id: open-budgets\n")),
    expect: (c, result) => {
      expect(c.message).toBe('goal 1 "Open budgets to public scrutiny" changed its id from budgets to open-budgets, but 1 deliverable still names s/budgets; re-point it to s/open-budgets');
      expect(c.fields).toEqual([{ field: "id", old: "budgets", new: "open-budgets" }]);
      expect(c.affected).toEqual([{ node: expect.objectContaining({ ref: "w/d1" }), link: "advances", suggestion: expect.objectContaining({ ref: "s/open-budgets" }) }]);
      // The deliverable's link is written as before: it is not a change of the deliverable.
      expect(result.changes.filter((x) => x.new?.ref === "w/d1")).toEqual([]);
    },
  },
  "advanced-node-split": {
    edit: () => edited(SPLIT_LAWS),
    expect: (c) => {
      expect(c.parts!.map((p) => p.ref)).toEqual(["s/laws", "s/journalists"]);
      expect(c.affected.map((a) => a.node.ref)).toEqual(["w/d2"]);
      expect(c.message).toContain("re-point the 1 deliverable that names s/laws to one of s/laws and s/journalists");
    },
  },
  "advanced-nodes-merged": {
    edit: () => {
      const before = SPLIT_LAWS(STRATEGY);
      const workplan = once(WORKPLAN, "advances: [s/laws]", "advances: [s/journalists]");
      return versions({ "s.yaml": before, "w.yaml": workplan }, { "s.yaml": STRATEGY, "w.yaml": workplan });
    },
    expect: (c) => {
      expect(c.parts!.map((p) => p.ref)).toEqual(["s/laws", "s/journalists"]);
      expect(c.affected).toEqual([{ node: expect.objectContaining({ ref: "w/d2" }), link: "advances", suggestion: expect.objectContaining({ ref: "s/laws" }) }]);
    },
  },
  "advanced-node-left-strategy": {
    // The goal's text goes to the work plan as an activity, and the deliverable follows it there.
    edit: () =>
      edited(
        (t) => once(t, /  - id: owners\n(    .*\n|      .*\n|        .*\n)+/, ""),
        (t) => `${once(t, "advances: [s/owners]", "refs: [w/owners]")}activities:\n  - id: owners\n    title: Beneficial ownership registers for companies\n`,
        // Pinned: which node continues which is the matcher's question, not this check's.
        { pins: { force: [["s/owners", "w/owners"]], forbid: [] } },
      ),
    expect: (c) => {
      expect(c.type).toBe("moved");
      expect(c.message).toBe('goal 3 "Beneficial ownership registers for companies" moved out of the strategy to activity owners "Beneficial ownership registers for companies"; 1 deliverable advances it');
      expect(c.affected.map((a) => a.node.ref)).toEqual(["w/d3"]);
    },
  },
  "advanced-node-reworded": {
    edit: () => edited((t) => once(t, "title: Open budgets to public scrutiny", "title: Open budgets to scrutiny by the public")),
    expect: (c) => expect(c.affected.map((a) => a.node.ref)).toEqual(["w/d1"]),
  },
  "node-removed": {
    edit: () => edited((t) => once(t, /      - id: hearings\n(        .*\n)+/, "")),
    expect: (c) => expect(c.old?.ref).toBe("s/hearings"),
  },
  "node-added": {
    edit: () => edited((t) => `${t}  - id: lobbying\n    label: "4"\n    title: Lobbying disclosure in parliament\n`),
    expect: (c) => expect(c.new?.ref).toBe("s/lobbying"),
  },
  "node-changed": {
    edit: () => edited((t) => once(t, "baseline: { value: 10, date: \"2023\" }", "baseline: { value: 12, date: \"2023\" }")),
    expect: (c) => expect(c.fields).toEqual([{ field: "baseline", old: { value: 10, date: "2023" }, new: { value: 12, date: "2023" } }]),
  },
  "node-moved": {
    edit: () =>
      edited((t) => once(once(t, /      - id: hearings\n(        .*\n)+/, ""), "      - id: courts\n", "      - id: hearings\n        label: \"1.2\"\n        title: Hold citizen budget hearings in every district council\n      - id: courts\n")),
    expect: (c) => expect([c.old?.ref, c.new?.ref, c.parent?.ref]).toEqual(["s/hearings", "s/hearings", "s/civic"]),
  },
  "node-promoted": {
    edit: () => edited((t) => `${once(t, /      - id: hearings\n(        .*\n)+/, "")}  - id: hearings\n    label: "4"\n    title: Hold citizen budget hearings in every district council\n`),
    expect: (c) => expect(c.message).toBe('goal 4 "Hold citizen budget hearings in every district council" was promoted from objective 1.2 "Hold citizen budget hearings in every district council"; label changed'),
  },
  "node-demoted": {
    edit: () =>
      edited((t) =>
        once(
          once(t, /  - id: owners\n(    .*\n|      .*\n|        .*\n)+/, ""),
          "  - id: civic\n    label: \"2\"\n    title: Protect civic space for associations and the press\n    objectives:\n",
          "  - id: civic\n    label: \"2\"\n    title: Protect civic space for associations and the press\n    objectives:\n      - id: owners\n        label: \"2.3\"\n        title: Beneficial ownership registers for companies\n",
        ),
      ),
    expect: (c) => expect([c.old?.type, c.new?.type, c.parent?.ref, c.breaking]).toEqual(["goal", "objective", "s/civic", false]),
  },
  "node-split": {
    edit: () => edited(SPLIT_LAWS, (t) => once(t, "advances: [s/laws]", "advances: [s/courts]")),
    expect: (c) => expect(c.message).toBe('objective 2.1 "Repeal laws restricting registration of associations and pr…" was split into objective 2.1 "Repeal laws restricting registration of associations" and objective 2.3 "Protect independent journalists from harassment"'),
  },
  "nodes-merged": {
    edit: () => {
      const workplan = once(WORKPLAN, "advances: [s/laws]", "advances: [s/courts]");
      return versions({ "s.yaml": SPLIT_LAWS(STRATEGY), "w.yaml": workplan }, { "s.yaml": STRATEGY, "w.yaml": workplan });
    },
    expect: (c) => expect(c.new?.ref).toBe("s/laws"),
  },
  "siblings-renumbered": {
    edit: () => edited((t) => once(once(t, 'label: "2"\n', 'label: "3"\n'), 'label: "3"\n    title: Beneficial', 'label: "4"\n    title: Beneficial')),
    expect: (c, result) => {
      expect(c.message).toBe("goals 2 and 3 became 3 and 4");
      expect(result.changes.filter((x) => x.check === "node-changed")).toEqual([]);
    },
  },
  "document-changed": {
    edit: () => edited((t) => once(t, "vision: Governments that answer to the people they serve.", "vision: Governments that answer to everyone they serve.")),
    expect: (c) => {
      expect(c.message).toBe("document s: vision changed");
      expect(c.fields[0]!.words?.filter((w) => w.added).map((w) => w.value.trim())).toEqual(["everyone"]);
    },
  },
};

describe("every check, on an edit that must raise it", () => {
  it("names every check id in the table, and every check has a row, a level and a wording", () => {
    expect(Object.keys(CASES).sort()).toEqual([...CHECK_IDS].sort());
    expect(CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
    for (const id of CHECK_IDS) expect(MESSAGES[id].description.length).toBeGreaterThan(10);
  });

  it.each(CHECK_IDS)("%s", (id) => {
    const result = CASES[id].edit();
    const found = result.changes.filter((c) => c.check === id);
    expect(found, result.changes.map((c) => `${c.check}: ${c.message}`).join("\n")).toHaveLength(1);
    const change = found[0]!;
    const level = CHECKS.find((c) => c.id === id)!.level;
    expect(change.level).toBe(level);
    expect(change.breaking).toBe(level === "ERR");
    expect(change.suspect).toBe(level === "WARN");
    CASES[id].expect(change, result);
  });

  it("gives the same changes whatever order the checks run in (no check fills facts for another)", () => {
    const one = edited((t) => once(once(t, 'label: "2"\n', 'label: "3"\n'), 'label: "3"\n    title: Beneficial', 'label: "4"\n    title: Beneficial'));
    const oldGraph = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }).graph;
    const renumbered = once(once(STRATEGY, 'label: "2"\n', 'label: "3"\n'), 'label: "3"\n    title: Beneficial', 'label: "4"\n    title: Beneficial');
    const newGraph = projectFrom({ "s.yaml": renumbered, "w.yaml": WORKPLAN }).graph;
    const side = (graph: typeof oldGraph, name: string): DiffSide => ({ graph, name, documents: [...graph.documents.values()] });
    const facts = collectFacts(side(oldGraph, "old"), side(newGraph, "new"), match(side(oldGraph, "old"), side(newGraph, "new")), false);
    const forward = CHECKS.flatMap((c) => c.find(facts).map((f) => `${c.id} ${f.old?.ref ?? ""} ${f.new?.ref ?? ""}`));
    const backward = [...CHECKS].reverse().flatMap((c) => c.find(facts).map((f) => `${c.id} ${f.old?.ref ?? ""} ${f.new?.ref ?? ""}`));
    expect(backward.sort()).toEqual(forward.sort());
    expect(one.changes.map((c) => c.check).sort()).toEqual(forward.map((f) => f.split(" ")[0]).sort());
  });
});
