import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CoverageReport, RowStatus } from "../../src/coverage/model.js";
import { projectFrom } from "../helpers.js";
import { coverageOf } from "./fixtures.js";

// Properties of coverage over random strategies and workplans: what a ratchet relies on.

interface Plan {
  /** Number of objectives under each goal. */
  goals: number[];
  /** For each deliverable, the targets it advances: [goal index, objective index or -1 for the goal itself]. */
  links: [number, number][][];
}

const planArbitrary: fc.Arbitrary<Plan> = fc
  .array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 })
  .chain((goals) =>
    fc.record({
      goals: fc.constant(goals),
      links: fc.array(fc.array(target(goals), { maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    }),
  );

function target(goals: number[]): fc.Arbitrary<[number, number]> {
  return fc.integer({ min: 0, max: goals.length - 1 }).chain((g) => fc.tuple(fc.constant(g), fc.integer({ min: -1, max: goals[g]! - 1 })));
}

const refOf = ([g, o]: [number, number]) => (o < 0 ? `s/g${g}` : `s/g${g}o${o}`);

function project(plan: Plan) {
  const strategy = `kind: strategy
id: s
title: S
status: approved
goals:
${plan.goals.map((objectives, g) => `  - id: g${g}\n    title: Goal ${g}\n${objectives ? `    objectives:\n${Array.from({ length: objectives }, (_, o) => `      - { id: g${g}o${o}, title: Objective ${g}.${o} }\n`).join("")}` : ""}`).join("")}`;
  const workplan = `kind: workplan
id: w
title: W
status: approved
strategy: s
deliverables:
${plan.links.map((links, d) => `  - id: d${d}\n    title: Deliverable ${d}\n${links.length ? `    advances: [${links.map((l) => `{ ref: ${refOf(l)}, cite: "says so" }`).join(", ")}]\n` : ""}`).join("")}`;
  return projectFrom({ "s.yaml": strategy, "w.yaml": workplan });
}

const report = (plan: Plan, depth: number): CoverageReport => coverageOf(project(plan), { depth }).reports[0]!;
const RANK: Record<RowStatus, number> = { broken: 0, missing: 0, partial: 1, justified: 2, covered: 2 };

describe("coverage properties", () => {
  it("adding a link never lowers coverage, overall or of any row", () => {
    fc.assert(
      fc.property(planArbitrary.chain((plan) => fc.tuple(fc.constant(plan), fc.integer({ min: 0, max: plan.links.length - 1 }), target(plan.goals), fc.integer({ min: 1, max: 2 }))), ([plan, d, added, depth]) => {
        const before = report(plan, depth);
        const more = { ...plan, links: plan.links.map((links, i) => (i === d ? [...links, added] : links)) };
        const after = report(more, depth);
        expect(after.summary.percent).toBeGreaterThanOrEqual(before.summary.percent);
        for (const [i, row] of before.rows.entries()) expect(RANK[after.rows[i]!.status]).toBeGreaterThanOrEqual(RANK[row.status]);
      }),
      { numRuns: 60 },
    );
  });

  it("removing the last link to a goal (or anything beneath it) makes it a hole", () => {
    fc.assert(
      fc.property(planArbitrary.chain((plan) => fc.tuple(fc.constant(plan), fc.integer({ min: 0, max: plan.goals.length - 1 }))), ([plan, goal]) => {
        const without = { ...plan, links: plan.links.map((links) => links.filter(([g]) => g !== goal)) };
        const row = report(without, 1).rows[goal]!;
        expect(row.status).toBe("missing");
        expect(row.items).toEqual([]);
        const hadLinks = plan.links.some((links) => links.some(([g]) => g === goal));
        if (hadLinks) expect(report(plan, 1).rows[goal]!.status).not.toBe("missing");
      }),
      { numRuns: 60 },
    );
  });

  it("a row is covered or partial exactly when some deliverable links to it or beneath it", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const [g, row] of report(plan, 1).rows.entries()) {
          const linked = plan.links.some((links) => links.some(([lg]) => lg === g));
          expect(row.status === "covered" || row.status === "partial").toBe(linked);
        }
      }),
      { numRuns: 60 },
    );
  });
});
