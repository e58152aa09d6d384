import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import type { DiffResult, DiffSide } from "../../src/diff/model.js";
import { projectFrom } from "../helpers.js";

// Strategies built from words no other node uses, so that which node is which is knowable.

interface Goal {
  id: string;
  title: string[];
  objectives: { id: string; title: string[] }[];
}

const wordsArb = fc.uniqueArray(fc.stringMatching(/^[b-df-hj-np-tv-z]{3}[aeiou][b-df-hj-np-tv-z]{2}$/), { minLength: 60, maxLength: 60 });

const strategyArb = wordsArb.chain((words) =>
  fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 6 }).map((objectiveCounts) => {
    let next = 0;
    const take = () => words.slice(next, (next += 3));
    return objectiveCounts.map((count, g): Goal => ({ id: `g${g}`, title: take(), objectives: Array.from({ length: count }, (_, o) => ({ id: `g${g}o${o}`, title: take() })) }));
  }),
);

function yaml(id: string, goals: Goal[], rename: (id: string) => string = (x) => x): string {
  const lines = [`kind: strategy`, `id: ${id}`, `title: Strategy`, `status: draft`, `period: { start: "2020", end: "2025" }`, `goals:`];
  goals.forEach((goal, g) => {
    lines.push(`  - id: ${rename(goal.id)}`, `    label: "${g + 1}"`, `    title: ${goal.title.join(" ")}`);
    if (goal.objectives.length > 0) lines.push(`    objectives:`);
    goal.objectives.forEach((o, i) => lines.push(`      - id: ${rename(o.id)}`, `        label: "${g + 1}.${i + 1}"`, `        title: ${o.title.join(" ")}`));
  });
  return `${lines.join("\n")}\n`;
}

function run(oldYaml: string, newYaml: string): DiffResult {
  const project = projectFrom({ "a.yaml": oldYaml, "b.yaml": newYaml });
  const side = (id: string): DiffSide => ({ graph: project.graph, name: id, documents: [project.graph.document(id)!] });
  return diff(side("a"), side("b"), { explain: true });
}

/** A new version: some goals dropped, some reworded (one word changed), one added. */
const editedArb = strategyArb.chain((goals) =>
  fc.record({ drop: fc.array(fc.boolean(), { minLength: goals.length, maxLength: goals.length }), reword: fc.array(fc.boolean(), { minLength: goals.length, maxLength: goals.length }) }).map(({ drop, reword }) => {
    const edited = goals
      .filter((_, i) => !drop[i] || i === 0)
      .map((goal, i) => (reword[i] ? { ...goal, title: [...goal.title.slice(0, 2), "quorvex"] } : goal));
    edited.push({ id: "fresh", title: ["zyxwab", "plimtor", "gandrel"], objectives: [] });
    return { goals, edited };
  }),
);

describe("diff properties", () => {
  it("finds no change between a document and itself", () => {
    fc.assert(fc.property(strategyArb, (goals) => {
      const result = run(yaml("a", goals), yaml("b", goals));
      expect(result.changes.filter((c) => c.type !== "document")).toEqual([]);
    }), { numRuns: 40 });
  });

  it("pairs the same nodes when every id of one side is renamed", () => {
    fc.assert(fc.property(strategyArb, (goals) => {
      const result = run(yaml("a", goals), yaml("b", goals, (id) => `renamed-${id}`));
      const pairs = result.pairs!.map((p) => `${p.old.ref} ${p.new.ref}`).sort();
      const expected = goals.flatMap((g) => [g.id, ...g.objectives.map((o) => o.id)]).map((id) => `a/${id} b/renamed-${id}`).sort();
      expect(pairs).toEqual(expected);
    }), { numRuns: 40 });
  });

  it("accounts for every node of either side exactly once", () => {
    fc.assert(fc.property(editedArb, ({ goals, edited }) => {
      const result = run(yaml("a", goals), yaml("b", edited));
      const oldCount = new Map<string, number>();
      const newCount = new Map<string, number>();
      const bump = (map: Map<string, number>, ref: string) => map.set(ref, (map.get(ref) ?? 0) + 1);
      const namedOld = new Set<string>();
      for (const change of result.changes) {
        if (change.type === "renumbered" || change.type === "document") continue;
        if (change.old) { bump(oldCount, change.old.ref); namedOld.add(change.old.ref); }
        if (change.new) bump(newCount, change.new.ref);
        for (const part of change.parts ?? []) bump(change.type === "merged" ? oldCount : newCount, part.ref);
        if (change.type === "merged") for (const part of change.parts ?? []) namedOld.add(part.ref);
      }
      for (const pair of result.pairs!) {
        if (namedOld.has(pair.old.ref)) continue;
        bump(oldCount, pair.old.ref);
        bump(newCount, pair.new.ref);
      }
      const project = projectFrom({ "a.yaml": yaml("a", goals), "b.yaml": yaml("b", edited) });
      const all = (id: string) => project.graph.document(id)!.nodes.map((n) => n.ref).sort();
      expect([...oldCount.keys()].sort()).toEqual(all("a"));
      expect([...newCount.keys()].sort()).toEqual(all("b"));
      expect([...oldCount.values(), ...newCount.values()].every((n) => n === 1)).toBe(true);
    }), { numRuns: 40 });
  });

  it("swaps added and removed, split and merged, promoted and demoted when the sides are swapped", () => {
    fc.assert(fc.property(editedArb, ({ goals, edited }) => {
      const forward = run(yaml("a", goals), yaml("b", edited)).summary;
      const backward = run(yaml("a", edited), yaml("b", goals)).summary;
      expect([backward.added, backward.removed, backward.split, backward.merged, backward.promoted, backward.demoted]).toEqual([
        forward.removed, forward.added, forward.merged, forward.split, forward.demoted, forward.promoted,
      ]);
      expect(backward.unchanged).toBe(forward.unchanged);
    }), { numRuns: 40 });
  });
});
