import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import { CONFIDENT, evolution } from "../../src/diff/evolution.js";
import type { DiffSide } from "../../src/diff/model.js";
import { openProject, type Project } from "../../src/project/open.js";
import { ROOT } from "../helpers.js";

// The lineage is made of the diff's own pairs: chaining must never pair what the direct diff of
// the same two generations does not, and a pair by meaning that is not sure must say so.

const GENERATIONS = ["ogp-strategy-2015", "ogp-3yp-2020", "ogp-strategy-2023-draft", "ogp-strategy-2023"];

let plans: Project;
beforeAll(async () => {
  plans = await openProject([path.join(ROOT, "plans")]);
});

const side = (id: string): DiffSide => ({ graph: plans.graph, name: id, documents: [plans.graph.document(id)!] });

describe("--evolution", () => {
  it("agrees with the direct diff of every two consecutive generations", () => {
    const result = evolution(GENERATIONS.map(side));
    for (let g = 1; g < GENERATIONS.length; g++) {
      const direct = diff(side(GENERATIONS[g - 1]!), side(GENERATIONS[g]!), { explain: true });
      const directPairs = new Set((direct.pairs ?? []).filter((p) => p.new.type === "goal").map((p) => `${p.old.ref} ${p.new.ref}`));
      const chained = new Set(
        result.lineages.flatMap(({ cells }) => {
          const before = cells[g - 1];
          const after = cells[g];
          return before && after && after.by && after.by !== "candidate" ? [`${before.node.ref} ${after.node.ref}`] : [];
        }),
      );
      expect([...chained].sort()).toEqual([...directPairs].sort());
    }
  });

  it("pairs no 2015 goal with a 2020 result on a shared word ('Commitment' is not 'Commitments')", () => {
    const result = evolution(GENERATIONS.slice(0, 2).map(side));
    const continued = result.lineages.filter((l) => l.cells[0] && l.cells[1]);
    expect(continued.map((l) => `${l.cells[0]!.node.title} -> ${l.cells[1]!.node.title}`)).toEqual([]);
  });

  it("marks a step by meaning below the confident score as unsure", () => {
    const result = evolution(GENERATIONS.slice(2).map(side));
    const steps = result.lineages.map((l) => l.cells[1]).filter((cell) => cell?.by === "meaning");
    expect(steps.length).toBeGreaterThan(0);
    for (const cell of steps) expect(Boolean(cell!.unsure)).toBe(cell!.score! < CONFIDENT);
    // Draft goal 3 -> approved goal 4 "Accelerate collective progress ..." is paired at 0.466: shown, but unsure.
    const goal3 = result.lineages.find((l) => l.cells[0]?.node.ref === "ogp-strategy-2023-draft/collective-ambition")!;
    expect(goal3.cells[1]).toMatchObject({ by: "meaning", unsure: true });
    expect(goal3.cells[1]!.score).toBeCloseTo(0.466, 3);
  });

  it("shows an unpaired goal's closest free node as an unsure candidate, never as a pair", () => {
    const result = evolution([side("ogp-3yp-2020"), side("ogp-strategy-2023")]);
    const civic = result.lineages.find((l) => l.cells[1]?.node.ref === "ogp-strategy-2023/civic-space")!;
    expect(civic.cells[0]?.node.ref).toBe("ogp-3yp-2020/focus-civic-space");
    expect(civic.cells[1]).toMatchObject({ by: "candidate", unsure: true });
  });
});
