import { beforeAll, describe, expect, it } from "vitest";
import { diff } from "../../../src/diff/diff.js";
import { caseOf, scrambled } from "./harness.js";
import { measureAll, type Measurement } from "./measure.js";
import { belowFloors, floorsText, loadFloors } from "./metrics.js";
import { precision, recall, scoreCase } from "./score.js";
import type { TruthFile } from "./truth.js";

// The evaluation set that CI holds: the diff's precision and recall per change kind on the hand
// truths and the generated edits may not fall below test/diff/eval/floors.json (today's figures;
// raise them as the matcher improves). No timing here: bench/diff-eval.mjs prints the tables.

let measurement: Measurement;
beforeAll(() => {
  measurement = measureAll();
});

describe("the diff's accuracy against the evaluation set", () => {
  it("holds every floor of floors.json", () => {
    expect(belowFloors(measurement.metrics, loadFloors())).toEqual([]);
  });

  it("measures every figure that floors.json names, and floors.json names every figure measured", () => {
    const floors = loadFloors();
    expect(Object.keys({ ...floors.atLeast, ...floors.atMost }).sort()).toEqual(Object.keys(measurement.metrics).sort());
  });

  it("judges every node of the complete truths, on every run", () => {
    for (const run of measurement.real.filter((r) => r.truth.complete)) {
      const nodes = Object.keys(run.truth.nodes).length;
      expect(run.score.judged, run.name).toBe(nodes);
    }
  });
});

describe("the scorer", () => {
  const plan = (id: string, goals: Array<{ id: string; title: string; description?: string; objectives?: unknown[] }>) => ({ kind: "strategy", id, title: id, goals });
  const oldPlan = plan("old-plan", [
    { id: "water", title: "Clean drinking water for every village", description: "Drill wells and test the water of every village twice a year." },
    { id: "roads", title: "Paved roads between the market towns", description: "Pave the roads that join the five market towns." },
  ]);
  const newPlan = plan("new-plan", [
    { id: "w2", title: "Clean drinking water for every village", description: "Drill wells and test the water of every village twice a year." },
    { id: "schools", title: "A school within walking distance of every child", description: "Build primary schools so that no child walks more than an hour." },
  ]);
  const truth: TruthFile = {
    old: "old-plan",
    new: "new-plan",
    sources: [],
    complete: true,
    runs: [{ name: "as is" }],
    nodes: { water: { kind: "same", to: "w2" }, roads: { kind: "removed" } },
    added: { schools: null },
  };

  it("scores a diff that is right as 1 everywhere", () => {
    const evalCase = caseOf("water", oldPlan, newPlan, false);
    const score = scoreCase("water", truth, evalCase, diff(evalCase.oldSide, evalCase.newSide, { explain: true }));
    expect(score.misses).toEqual([]);
    expect([precision(score.pairs), recall(score.pairs), precision(score.kinds.same), recall(score.kinds.removed), recall(score.kinds.added)]).toEqual([1, 1, 1, 1, 1]);
  });

  it("counts a pair the truth does not have against precision, and the missed kinds against recall", () => {
    const wrong: TruthFile = { ...truth, nodes: { water: { kind: "removed" }, roads: { kind: "reworded", to: "schools" } }, added: { w2: null } };
    const evalCase = caseOf("water", oldPlan, newPlan, false);
    const score = scoreCase("water", wrong, evalCase, diff(evalCase.oldSide, evalCase.newSide, { explain: true }));
    expect(score.pairs).toEqual({ tp: 0, predicted: 1, truth: 1 });
    expect(score.kinds.reworded).toEqual({ tp: 0, predicted: 0, truth: 1 });
    expect(score.misses.map((m) => m.node)).toEqual(["water", "roads", "new w2", "new schools"]);
  });

  it("reads the truth's ids through the scrambling, and reports misses by the truth's ids", () => {
    const evalCase = caseOf("water", oldPlan, newPlan, true);
    expect(evalCase.newSide.documents[0]!.nodes.map((n) => n.id)).not.toContain("w2");
    const score = scoreCase("water", truth, evalCase, diff(evalCase.oldSide, evalCase.newSide, { explain: true }));
    expect(score.misses).toEqual([]);
  });

  it("refuses a complete truth that leaves a node unjudged", () => {
    const evalCase = caseOf("water", oldPlan, newPlan, false);
    const partial: TruthFile = { ...truth, nodes: { water: { kind: "same", to: "w2" } } };
    expect(() => scoreCase("water", partial, evalCase, diff(evalCase.oldSide, evalCase.newSide, { explain: true }))).toThrow(/does not judge: old-plan\/roads/);
  });

  it("scrambles every node id and reference of a document and drops its derivedFrom links", () => {
    const { data, ids } = scrambled({ id: "doc", goals: [{ id: "a", derivedFrom: [{ ref: "x/a" }], objectives: [{ id: "b", refs: [{ ref: "a" }, { ref: "doc/a" }] }] }] });
    expect(JSON.stringify(data)).not.toMatch(/"(a|b|derivedFrom)"/);
    expect(data.id).toBe("doc");
    expect(ids.size).toBe(2);
  });

  it("writes floors one figure a line, counts as ceilings", () => {
    expect(floorsText({ "real.pairs.recall": 0.5, "real.false-splits": 2 })).toBe('{\n  "atLeast": {\n    "real.pairs.recall": 0.5\n  },\n  "atMost": {\n    "real.false-splits": 2\n  }\n}\n');
  });
});
