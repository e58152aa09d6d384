/** bin/ogp.js's V8 code cache (Node 20; Node 22+ uses its own compile cache): used when sound, never trusted when not. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { runOgp, tempDirsRemovedAfterAll } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();
const nodeCompileCache = typeof (createRequire(import.meta.url)("node:module") as { enableCompileCache?: unknown }).enableCompileCache === "function";

describe.skipIf(nodeCompileCache)("the code cache of Node 20", () => {
  it("is written on the first run, used on the next, and a damaged or foreign cache is ignored and rewritten", async () => {
    const dir = tempDir();
    const env = { OGP_CODE_CACHE_DIR: dir };
    const args = ["lint", "--examples", "--format", "json"];
    const uncached = await runOgp(args, { env: { OGP_CODE_CACHE: "0" } });
    const first = await runOgp(args, { env });
    expect(first.stdout).toBe(uncached.stdout);
    const [folder] = readdirSync(dir);
    const cacheDir = path.join(dir, folder!);
    const files = readdirSync(cacheDir);
    const cli = files.find((f) => /^cli\.js\.[0-9a-f]{32}\.cache$/.test(f))!;
    expect(cli).toBeDefined();
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const sound = readFileSync(path.join(cacheDir, cli));
    expect((await runOgp(args, { env })).stdout).toBe(uncached.stdout);

    // Damaged (bytes that do not match their hash), and foreign (a sound file of another chunk: V8 rejects it).
    writeFileSync(path.join(cacheDir, cli), Buffer.concat([sound.subarray(0, 40), Buffer.from("garbage")]));
    expect((await runOgp(args, { env })).stdout).toBe(uncached.stdout);
    expect(readFileSync(path.join(cacheDir, cli)).subarray(40).toString()).not.toBe("garbage");
    // Damaged in the middle, its length right: only the checksum can tell.
    const flipped = Buffer.from(readFileSync(path.join(cacheDir, cli)));
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = flipped[middle]! ^ 0xff;
    writeFileSync(path.join(cacheDir, cli), flipped);
    expect((await runOgp(args, { env })).stdout).toBe(uncached.stdout);
    expect(readFileSync(path.join(cacheDir, cli)).equals(flipped)).toBe(false);
    const other = files.find((f) => f !== cli)!;
    const foreign = readFileSync(path.join(cacheDir, other));
    // A sound file of another chunk, its length and checksum right: V8 rejects it as made for another source.
    writeFileSync(path.join(cacheDir, cli), foreign);
    expect((await runOgp(args, { env })).stdout).toBe(uncached.stdout);
    // Rewritten: the next run finds a cache made for cli.js again.
    expect(readFileSync(path.join(cacheDir, cli)).equals(foreign)).toBe(false);
    writeFileSync(path.join(cacheDir, other), "not a cache at all");
    expect((await runOgp(args, { env })).stdout).toBe(uncached.stdout);
    expect(readFileSync(path.join(cacheDir, other), "utf8")).not.toBe("not a cache at all");
  });
});
