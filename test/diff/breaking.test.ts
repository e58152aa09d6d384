import { describe, expect, it } from "vitest";
import { once, STRATEGY, versions, WORKPLAN } from "./versions.js";

// Issue 21: every change that leaves a reference pointing at nothing is breaking, with the
// deliverables affected and where to re-point them; a change that leaves every reference whole is not.

const BEFORE = { "s.yaml": STRATEGY, "w.yaml": WORKPLAN };
const breaking = (strategy: string, workplan = WORKPLAN) => versions(BEFORE, { "s.yaml": strategy, "w.yaml": workplan }).changes.filter((c) => c.breaking);

describe("what leaves a reference pointing at nothing is breaking", () => {
  it("an objective moved to another goal under a new id: the deliverable still names the old id", () => {
    const moved = once(
      once(STRATEGY, /      - id: laws\n(        .*\n)+/, ""),
      "      - id: hearings\n",
      "      - id: repeal-laws\n        label: \"1.3\"\n        title: Repeal laws restricting registration of associations and protect independent journalists from harassment\n      - id: hearings\n",
    );
    const [change, ...rest] = breaking(moved);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ check: "advanced-node-id-changed", type: "moved" });
    expect(change!.message).toContain("changed its id from laws to repeal-laws and moved");
    expect(change!.affected).toEqual([expect.objectContaining({ node: expect.objectContaining({ ref: "w/d2" }), suggestion: expect.objectContaining({ ref: "s/repeal-laws" }) })]);
  });

  it("an objective promoted to a goal under a new id", () => {
    const promoted = `${once(STRATEGY, /      - id: laws\n(        .*\n)+/, "")}  - id: repeal\n    label: "4"\n    title: Repeal laws restricting registration of associations and protect independent journalists from harassment\n`;
    const [change] = breaking(promoted);
    expect(change).toMatchObject({ check: "advanced-node-id-changed", type: "promoted" });
  });

  it("the same rename with the deliverable re-pointed is a change, not a break", () => {
    const renamed = once(STRATEGY, "  - id: budgets\n", "  - id: open-budgets\n");
    const result = versions(BEFORE, { "s.yaml": renamed, "w.yaml": once(WORKPLAN, "[s/budgets]", "[s/open-budgets]") });
    expect(result.changes.map((c) => [c.check, c.fields.map((f) => f.field).join(",")])).toEqual([["node-changed", "id"]]);
    expect(result.summary.breaking).toBe(0);
  });

  it("a removed node nothing names any more is not breaking, even if it was advanced before", () => {
    const removed = once(STRATEGY, /  - id: owners\n(    .*\n|      .*\n|        .*\n)+/, "");
    expect(breaking(removed, once(WORKPLAN, "advances: [s/owners]", "advances: [s/budgets]"))).toEqual([]);
  });

  it("counts the new side's links to the old id even when the old side had no deliverable on it", () => {
    // The old work plan advanced nothing of 'budgets'; the new one names it while the strategy renames it.
    const oldWorkplan = once(WORKPLAN, "advances: [s/budgets]", "advances: [s/owners]");
    const result = versions({ "s.yaml": STRATEGY, "w.yaml": oldWorkplan }, { "s.yaml": once(STRATEGY, "  - id: budgets\n", "  - id: open-budgets\n"), "w.yaml": WORKPLAN });
    const change = result.changes.find((c) => c.check === "advanced-node-id-changed");
    expect(change?.affected.map((a) => a.node.ref)).toEqual(["w/d1"]);
  });
});
