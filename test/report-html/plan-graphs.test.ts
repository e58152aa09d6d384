import { describe, expect, it } from "vitest";
import { planGraphs, wrapText } from "../../src/formatters/html/plan-graphs.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

/** A strategy with one goal and `n` objectives. */
function wideStrategy(n: number): string {
  const objectives = Array.from({ length: n }, (_, i) => `      - id: o${i + 1}\n        label: "1.${i + 1}"\n        title: Objective ${i + 1}\n`).join("");
  return `kind: strategy\nid: s\ntitle: Wide\nstatus: approved\ngoals:\n  - id: g1\n    label: "1"\n    title: The goal\n    objectives:\n${objectives}`;
}

const drawnNodes = (dot: string) => dot.split("\n").filter((line) => /^ {2}"[^"]+" \[class="t-/.test(line)).length;

describe("plan graphs", () => {
  it("draw one graph per document and per goal, holes marked", () => {
    const graphs = planGraphs(projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }).graph);
    expect(graphs.map((g) => g.id)).toEqual(["doc:s", "doc:w", "goal:s/g1", "goal:s/g2"]);
    const goal1 = graphs.find((g) => g.id === "goal:s/g1")!;
    expect(goal1.dot).toContain('"w/d1" -> "s/g1" [class="e-direct", label="direct"];');
    expect(goal1.note).toBeUndefined();
  });

  it("draw at most their share of the node budget and say what they leave out", () => {
    const [document, goal] = planGraphs(projectFrom({ "s.yaml": wideStrategy(200) }).graph);
    expect(drawnNodes(document!.dot)).toBe(160);
    expect(document!.note).toBe("The first 160 nodes by depth are drawn; 41 more are not (search for them, or open a goal's graph).");
    expect(drawnNodes(goal!.dot)).toBe(80);
  });

  it("marks a goal nothing advances as a hole", () => {
    const [, , , goal2] = planGraphs(projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace(/      - \{ ref: s\/g2.*\n/, "") }).graph);
    expect(goal2!.dot).toContain('"s/g2" [class="t-goal hole"');
  });

  it("wrap captions into at most three short lines", () => {
    expect(wrapText("a".repeat(5) + " " + "b".repeat(30) + " c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(3))).toMatch(/^aaaaa\nb{30}\n.{29}…$/);
  });

  it("spread a parent's many leaves over several columns (the 2015 values), not one column as tall as the page", () => {
    const values = Array.from({ length: 12 }, (_, i) => `  - id: v${i}\n    title: Value ${i}\n`).join("");
    const [document] = planGraphs(projectFrom({ "s.yaml": `kind: strategy\nid: s\ntitle: Many values\nstatus: approved\nvalues:\n${values}` }).graph);
    const lengths = [...document!.dot.matchAll(/"s" -> "s\/v\d+" \[class="e-contains"(?:, minlen=(\d))?\]/g)].map((m) => Number(m[1] ?? 1));
    expect(lengths).toHaveLength(12);
    expect(new Set(lengths)).toEqual(new Set([1, 2, 3, 4]));
    // A few leaves stay in one column.
    const [small] = planGraphs(projectFrom({ "s.yaml": STRATEGY }).graph);
    expect(small!.dot).not.toContain("minlen");
  });
});
