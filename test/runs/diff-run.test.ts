import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { diffRun, evolutionRun } from "../../src/runs/diff-run.js";
import { STRATEGY, tempDirsRemovedAfterAll } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();

/** Two versions of one strategy: goal 2 retitled with other words. */
function sides(): { old: string; new: string; lookup: string[] } {
  const dir = tempDir({ "old.yaml": STRATEGY, "new.yaml": STRATEGY.replace("title: Goal two", "title: Entirely different aims") });
  return { old: `${dir}/old.yaml`, new: `${dir}/new.yaml`, lookup: [] };
}

describe("diffRun", () => {
  it("diffs the two sides named, and passes unless asked to fail on changes", async () => {
    const request = sides();
    const run = await diffRun(request);
    expect(run.result.changes.length).toBeGreaterThan(0);
    expect(run.failed).toBe(false);
    expect((await diffRun(request, { exitCode: true })).failed).toBe(true);
  });

  it("reports each phase as it ends (OGP_TIMING)", async () => {
    const phases: string[] = [];
    await diffRun(sides(), { onPhase: (phase) => phases.push(phase) });
    expect(phases).toEqual(["load", "diff"]);
  });

  it("reads the pins against the sides: a pin naming no node of the old side is a usage error", async () => {
    await expect(diffRun(sides(), { pins: ["s/nothing=s/g2"] })).rejects.toThrow(UsageError);
  });

  it("--evolution: one lineage per goal across the generations", async () => {
    const { old, new: newer } = sides();
    const lineage = await evolutionRun([old, newer], []);
    expect(lineage.lineages.length).toBeGreaterThan(0);
  });
});
