/** `ogp lint --cache`, through the built binary: reuse, re-checks on change, corrupt and foreign caches, atomic write. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STRATEGY, WORKPLAN, runOgp, tempDir } from "../helpers.js";
import { readCache, writeCache } from "./cache-file.js";

interface Report {
  problems: { file: string; rule: string; message: string; line: number }[];
}
const lintJson = async (dir: string, extra: string[] = []) => {
  const result = await runOgp(["lint", "plans", "--format", "json", ...extra], { cwd: dir });
  return { ...result, report: JSON.parse(result.stdout) as Report };
};
/** A finding planted in a run's record: reported as it is only by a run the record serves. */
const PLANTED = { rule: "duplicate-id", messageId: "documentId", message: "planted", at: { file: "plans/s.yaml", position: { line: 1, column: 1 } } };
const entries = (file: string) => Object.keys(readCache(file).head.entries as Record<string, unknown>);

describe("ogp lint --cache", () => {
  it("writes a cache, reuses it with the same result, and re-checks a changed file (the new problem appears)", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    const cold = await lintJson(dir);
    const first = await lintJson(dir, ["--cache"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(cold.stdout);
    const cacheFile = path.join(dir, ".ogpcache");
    expect(entries(cacheFile)).toHaveLength(1);
    const warm = await lintJson(dir, ["--cache"]);
    expect(warm.stdout).toBe(cold.stdout);

    writeFileSync(path.join(dir, "plans/s.yaml"), STRATEGY.replace("title: Goal two\n", "title: Goal two\n    colour: red\n"));
    const edited = await lintJson(dir, ["--cache"]);
    expect(edited.code).toBe(1);
    expect(edited.report.problems).toContainEqual(expect.objectContaining({ file: "plans/s.yaml", rule: "schema", message: expect.stringMatching(/^unknown key 'colour'/) }));
    expect(edited.stdout).toBe((await lintJson(dir)).stdout);
    // Only the entries of the last run are kept: the old content's entry is gone.
    expect(entries(cacheFile)).toHaveLength(1);
  });

  it("serves a parse problem from the cache with its position, addressed to the file that has it", async () => {
    const dup = "kind: strategy\nid: s\nid: t\ntitle: x\nstatus: draft\n";
    const dir = tempDir({ "plans/a.yaml": dup });
    const cold = await lintJson(dir, ["--cache"]);
    writeFileSync(path.join(dir, "plans/b.yaml"), dup);
    const warm = await lintJson(dir, ["--cache"]);
    expect(warm.report.problems.filter((p) => p.rule === "yaml-duplicate-key").map((p) => `${p.file}:${p.line}`)).toEqual(["plans/a.yaml:3", "plans/b.yaml:3"]);
    expect(cold.report.problems.filter((p) => p.rule === "yaml-duplicate-key")).toHaveLength(1);
  });

  it("ignores and rewrites a corrupt cache, and one made under another key", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    const cold = await lintJson(dir);
    const cacheFile = path.join(dir, ".ogpcache");
    writeFileSync(cacheFile, "{ not json");
    const corrupt = await lintJson(dir, ["--cache"]);
    expect(corrupt.stdout).toBe(cold.stdout);
    expect(corrupt.stderr).toBe("");
    const rewritten = readCache(cacheFile).head;
    expect(Object.keys(rewritten.entries)).toHaveLength(1);

    // A foreign cache (another key) holding poisoned data for this very content is not trusted.
    const [hash] = Object.keys(rewritten.entries);
    const poison = { entries: { [hash!]: { hasData: true, findings: [] } } };
    const poisonData = { [hash!]: JSON.stringify({ kind: "nonsense" }) };
    writeCache(cacheFile, { schemaVersion: rewritten.schemaVersion, key: "another", ...poison }, poisonData);
    expect((await lintJson(dir, ["--cache"])).stdout).toBe(cold.stdout);
    // The same poison under the right key would be used: which shows that the key is what guards it.
    const key = readCache(cacheFile).head.key as string;
    writeCache(cacheFile, { schemaVersion: rewritten.schemaVersion, key, ...poison }, poisonData);
    expect((await lintJson(dir, ["--cache"])).report.problems[0]?.message).toMatch(/not a plan file/);
    // With its data part damaged (one byte) or cut, the whole cache is not trusted.
    const sound = readFileSync(cacheFile);
    const damaged = Buffer.from(sound);
    damaged[damaged.length - 3] = damaged[damaged.length - 3]! ^ 1;
    writeFileSync(cacheFile, damaged);
    expect((await lintJson(dir, ["--cache"])).stdout).toBe(cold.stdout);
    writeCache(cacheFile, { schemaVersion: rewritten.schemaVersion, key, ...poison }, poisonData);
    writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, -2));
    expect((await lintJson(dir, ["--cache"])).stdout).toBe(cold.stdout);
  });

  it("--cache-location puts the cache there (and implies --cache), written atomically with no temp file left", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    // A cache that cannot be written (its folder is missing) costs speed only: the lint still runs.
    const result = await lintJson(dir, ["--cache-location", "cache/lint.json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(dir, "cache"))).toBe(false);
    const again = await lintJson(dir, ["--cache-location", "lint-cache.json"]);
    expect(again.code).toBe(0);
    expect(existsSync(path.join(dir, "lint-cache.json"))).toBe(true);
    expect(existsSync(path.join(dir, ".ogpcache"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  it("keeps each file's schema result and positions, and a warm run takes its positions from the cache (it parses nothing)", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY.replace("title: Goal two\n", "title: Goal two\n    colour: red\n") });
    const cold = await lintJson(dir, ["--cache"]);
    const cacheFile = path.join(dir, ".ogpcache");
    const { head: stored, data } = readCache(cacheFile);
    const [entry] = Object.values(stored.entries as Record<string, { schema?: { findings: unknown[] }; positions?: Record<string, { line: number }> }>);
    expect(entry?.schema?.findings).toHaveLength(1);
    const keys = Object.keys(entry?.positions ?? {});
    expect(keys).toHaveLength(1);
    expect(cold.report.problems[0]?.line).toBe(entry!.positions![keys[0]!]!.line);
    // A position the cache holds is used as it is: proof that the warm run did not parse the file for it.
    entry!.positions![keys[0]!]!.line = 99;
    writeCache(cacheFile, stored, data);
    expect((await lintJson(dir, ["--cache"])).report.problems[0]?.line).toBe(99);
  });

  it("places a finding that is new to an unchanged, cached file (the graph checks always re-run)", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    await lintJson(dir, ["--cache"]);
    // Another document with the same id: the finding's related place is in s.yaml, whose cached entry has no position for it.
    writeFileSync(path.join(dir, "plans/t.yaml"), STRATEGY.replace("title: A strategy", "title: Another"));
    const warm = await lintJson(dir, ["--cache"]);
    expect(warm.report.problems).toContainEqual(expect.objectContaining({ rule: "duplicate-id", related: [expect.objectContaining({ file: "plans/s.yaml", line: 2 })] }));
    expect(warm.stdout).toBe((await lintJson(dir)).stdout);
  });

  it("is keyed by the effective config: a config edit invalidates it", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY, "ogp.config.yaml": "plans: [plans]\n" });
    const cacheFile = path.join(dir, ".ogpcache");
    await lintJson(dir, ["--cache"]);
    const keyOf = () => readCache(cacheFile).head.key as string;
    const before = keyOf();
    // The key names this build (a hash of its sources, schemas and locked dependencies), not only
    // the version: a checkout between releases never serves another build's findings.
    expect(JSON.parse(before)[0]).toMatch(/^\d+\.\d+\.\d+\S*\+[0-9a-f]{16}$/);
    await lintJson(dir, ["--cache"]);
    expect(keyOf()).toBe(before);
    writeFileSync(path.join(dir, "ogp.config.yaml"), "plans: [plans]\nrules:\n  label-sequence: off\n");
    await lintJson(dir, ["--cache"]);
    expect(keyOf()).not.toBe(before);
  });

  it("ignores an entry of the wrong shape and rewrites it", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    const cold = await lintJson(dir, ["--cache"]);
    const cacheFile = path.join(dir, ".ogpcache");
    const { head: stored } = readCache(cacheFile);
    const [hash] = Object.keys(stored.entries);
    stored.entries[hash!] = { hasData: true, findings: [], positions: [] };
    writeCache(cacheFile, stored, { [hash!]: JSON.stringify({ kind: "nonsense" }) });
    expect((await lintJson(dir, ["--cache"])).stdout).toBe(cold.stdout);
    expect((JSON.parse(readCache(cacheFile).data[hash!]!) as { kind: string }).kind).toBe("strategy");
  });

  it("a run over unchanged files never decodes the data part", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    await lintJson(dir, ["--cache"]);
    const cacheFile = path.join(dir, ".ogpcache");
    // Sound by its length and checksum, but not JSON: a run that decoded it (to serve the file, or
    // when opening the cache, which would then be dropped with the planted finding) would not report the planted finding.
    const { head } = readCache(cacheFile);
    head.run.crossFile.push(PLANTED);
    writeCache(cacheFile, head, "{ not json");
    const warm = await lintJson(dir, ["--cache"]);
    expect(warm.stderr).toBe("");
    expect(warm.report.problems.map((p) => p.message)).toEqual(["planted"]);
  });

  it("with a baseline and a config, prints what a cold run prints (stylish with code frames, exit code, stderr) after edits on both sides", async () => {
    const workplan = WORKPLAN.replace('label: "1"\n    title: Deliverable one', 'label: "3"\n    title: Deliverable one');
    const dir = tempDir({ "plans/s.yaml": STRATEGY, "plans/w.yaml": workplan, "ogp.config.yaml": "plans: [plans]\n" });
    const run = (extra: string[]) => runOgp(["lint", "--format", "stylish", ...extra], { cwd: dir, env: { NO_COLOR: "1" } });
    const same = async () => {
      const cold = await run([]);
      const warm = await run(["--cache"]);
      expect(warm).toEqual(cold);
      expect(await run(["--cache"])).toEqual(cold);
      return cold;
    };
    await run(["--cache"]);
    expect((await run(["--write-baseline"])).code).toBe(0);
    expect((await same()).code).toBe(0);
    // A cross-file finding the baseline does not hold (a goal renamed away under the workplan's link).
    writeFileSync(path.join(dir, "plans/s.yaml"), STRATEGY.replace("id: g2", "id: g9"));
    expect((await same()).stdout).toMatch(/unresolved-ref/);
    // The baselined finding fixed: the baseline entry matches nothing any more (said on stderr).
    writeFileSync(path.join(dir, "plans/w.yaml"), WORKPLAN);
    expect((await same()).stderr).toMatch(/fixed/);
    writeFileSync(path.join(dir, "ogp.config.yaml"), "plans: [plans]\nrules:\n  unresolved-ref: warning\n");
    expect((await same()).stdout).toMatch(/warning/);
  });

  it("serves a run over the same files from the last run's record, and checks again once a file changed; a record of the wrong shape is ignored", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY });
    const cold = await lintJson(dir);
    await lintJson(dir, ["--cache"]);
    const cacheFile = path.join(dir, ".ogpcache");
    const { head: stored, data } = readCache(cacheFile);
    expect(Object.keys(stored.run.files)).toEqual(["plans/s.yaml"]);
    // A finding planted in the record is reported as it is: proof that the warm run checked nothing again.
    stored.run.crossFile.push(PLANTED);
    writeCache(cacheFile, stored, data);
    expect((await lintJson(dir, ["--cache"])).report.problems.map((p) => p.message)).toEqual(["planted"]);
    // The same record with one file changed is not used: the planted finding is gone.
    writeFileSync(path.join(dir, "plans/s.yaml"), `${STRATEGY}# edited\n`);
    expect((await lintJson(dir, ["--cache"])).stdout).toBe(cold.stdout);
    // A record of the wrong shape is not trusted either.
    const again = readCache(cacheFile);
    const planted = { rule: "schema", messageId: "x", message: "planted", at: { file: "plans/s.yaml", position: { line: 1, column: 1 } } };
    writeCache(cacheFile, { ...again.head, run: { ...again.head.run, perFile: [{ hash: "x", findings: [planted] }] } }, again.data);
    expect((await lintJson(dir, ["--cache"])).stdout).toBe(cold.stdout);
  });
});
