/**
 * `ogp lint --cache` knows an unchanged file's content hash by its stamp (size, inode, modification
 * and change times) and does not hash it again (load/cache.ts's FileStamp). Any edit is seen, even
 * one that keeps the size and sets the modification time back; a file changed within 2 seconds of
 * being hashed gets no stamp.
 */
import { statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { configKey } from "../../src/load/cache.js";
import { openProject } from "../../src/project/open-project.js";
import { resolvePlans } from "../../src/project/resolve.js";
import { lintRun } from "../../src/runs/lint-run.js";
import { STRATEGY, WORKPLAN, tempDirsRemovedAfterAll } from "../helpers.js";
import { readCache, writeCache } from "./cache-file.js";

const tempDir = tempDirsRemovedAfterAll();

/** One configured lint run, with or without the cache: its result as JSON. */
async function lintJson(dir: string, cacheFile?: string): Promise<string> {
  const plans = await resolvePlans({ paths: [] }, dir);
  const cache = cacheFile ? { cache: { location: cacheFile, toolVersion: "test", configKey: configKey(plans.config) } } : {};
  const project = await openProject(plans.load, dir, cache);
  const run = await lintRun(project, plans, { today: "2026-06-01", cwd: dir });
  return JSON.stringify(run.whole);
}

function project(): { dir: string; cacheFile: string; strategy: string; workplan: string } {
  const dir = tempDir({ "ogp.config.yaml": "plans: [plans]\n", "plans/s.yaml": STRATEGY, "plans/w.yaml": WORKPLAN });
  return { dir, cacheFile: path.join(dir, "cache.json"), strategy: path.join(dir, "plans/s.yaml"), workplan: path.join(dir, "plans/w.yaml") };
}

type Stamps = Record<string, { hash: string }>;
const stampsIn = (cacheFile: string): Stamps => (readCache(cacheFile).head.stamps as Stamps | undefined) ?? {};

/** The files were written a minute ago, as far as the run can tell (the 2-second rule then keeps their stamps). */
function aMinuteLater(): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 60_000);
}

describe("file stamps in the lint cache", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a file that stood unchanged gets a stamp, and the next run takes its hash from the stamp", async () => {
    const { dir, cacheFile, strategy, workplan } = project();
    aMinuteLater();
    const cold = await lintJson(dir);
    expect(await lintJson(dir, cacheFile)).toBe(cold);
    const stamps = stampsIn(cacheFile);
    expect(Object.keys(stamps).sort()).toEqual([strategy, workplan]);
    expect(await lintJson(dir, cacheFile)).toBe(cold);
    // The stamp is trusted without hashing: planted with the workplan's hash, it serves the
    // strategy file as that content (two workplans with one id), which a run that hashed would not.
    const { head: stored, data } = readCache(cacheFile);
    stored.stamps[strategy].hash = stored.stamps[workplan].hash;
    writeCache(cacheFile, stored, data);
    expect(await lintJson(dir, cacheFile)).toContain("duplicate-id");
  });

  it("an edit that keeps the size and sets the modification time back is seen: the change time moved", async () => {
    const { dir, cacheFile, workplan } = project();
    // A whole second, so that setting it back restores it exactly (a stamp keeps sub-millisecond times).
    const aDayAgo = Math.floor(Date.now() / 1000) - 86_400;
    utimesSync(workplan, aDayAgo, aDayAgo);
    aMinuteLater();
    const before = await lintJson(dir, cacheFile);
    expect(Object.keys(stampsIn(cacheFile))).toContain(workplan);
    const { mtimeMs, size } = statSync(workplan);
    writeFileSync(workplan, WORKPLAN.replace("ref: s/g1", "ref: s/g9"));
    utimesSync(workplan, aDayAgo, aDayAgo);
    expect(statSync(workplan)).toMatchObject({ mtimeMs, size });
    const cold = await lintJson(dir);
    expect(cold).toContain("unresolved-ref");
    expect(cold).not.toBe(before);
    expect(await lintJson(dir, cacheFile)).toBe(cold);
  });

  it("a run over unchanged files builds no graph: the record names the node of each finding", async () => {
    const { dir, cacheFile } = project();
    writeFileSync(path.join(dir, "plans/w.yaml"), WORKPLAN.replace("ref: s/g1", "ref: s/g9"));
    const cold = await lintJson(dir);
    expect(cold).toContain('"node":"w/d1"');
    expect(await lintJson(dir, cacheFile)).toBe(cold);
    const plans = await resolvePlans({ paths: [] }, dir);
    const project_ = await openProject(plans.load, dir, { cache: { location: cacheFile, toolVersion: "test", configKey: configKey(plans.config) } });
    Object.defineProperty(project_, "graph", { get: () => expect.unreachable("the graph was built") });
    const warm = await lintRun(project_, plans, { today: "2026-06-01", cwd: dir });
    expect(JSON.stringify(warm.whole)).toBe(cold);
  });

  it("a file changed within 2 seconds of being hashed gets no stamp (its time cannot tell a second edit in the same tick)", async () => {
    const { dir, cacheFile } = project();
    await lintJson(dir, cacheFile);
    expect(stampsIn(cacheFile)).toEqual({});
  });
});
