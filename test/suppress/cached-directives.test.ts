/**
 * `ogp lint --cache` keeps a file's `ogp-disable` comments in its cache entry (src/load/cache.ts,
 * `disableComments`), so that a warm run needs no YAML lexer (issue 23, warm runs). Through the
 * built binary (`npm run build` first): the comments are stored, used as stored (shown by a
 * planted value), and a wrongly shaped list is not trusted.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STRATEGY, runOgp, tempDir } from "../helpers.js";
import { readCache, writeCache } from "../load/cache-file.js";

const SUPPRESSED = STRATEGY.replace("title: Goal two\n", "title: Goal two\n    # ogp-disable-next-line schema -- kept for the test\n    colour: red\n");

const lint = (dir: string, extra: string[] = []) => runOgp(["lint", "plans", "--format", "json", ...extra], { cwd: dir });
const messages = (stdout: string) => (JSON.parse(stdout) as { problems: { rule: string; message: string }[] }).problems.map((p) => `${p.rule}: ${p.message}`);

describe("ogp lint --cache and inline disables", () => {
  it("stores a file's ogp-disable comments in its entry; a warm run gives the cold result", async () => {
    const dir = tempDir({ "plans/s.yaml": SUPPRESSED });
    const cold = await lint(dir);
    expect(cold.code).toBe(0);
    expect(messages(cold.stdout)).toEqual([]);
    expect((await lint(dir, ["--cache"])).stdout).toBe(cold.stdout);
    const stored = readCache(path.join(dir, ".ogpcache")).head;
    expect(Object.values(stored.entries as Record<string, { disableComments?: unknown }>).map((e) => e.disableComments)).toEqual([[{ line: 17, column: 5, text: "# ogp-disable-next-line schema -- kept for the test" }]]);
    const warm = await lint(dir, ["--cache"]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stderr).toBe("");
  });

  it("a warm run reads the stored comments as they are (a planted one is obeyed), and ignores an entry whose comments are wrongly shaped", async () => {
    const dir = tempDir({ "plans/s.yaml": SUPPRESSED });
    const cold = await lint(dir);
    await lint(dir, ["--cache"]);
    const cacheFile = path.join(dir, ".ogpcache");
    const { head: stored, data } = readCache(cacheFile);
    const [hash] = Object.keys(stored.entries);

    // Planted: the comment names another rule, so the schema finding is no longer suppressed and the directive is unused.
    stored.entries[hash!]!.disableComments = [{ line: 17, column: 5, text: "# ogp-disable-next-line label-sequence -- planted" }];
    writeCache(cacheFile, stored, data);
    const planted = await lint(dir, ["--cache"]);
    expect(messages(planted.stdout)).toEqual([
      expect.stringMatching(/^unused-disable: .*label-sequence/),
      expect.stringMatching(/^schema: unknown key 'colour'/),
    ]);

    // Wrongly shaped: the entry is not trusted, the file is read again, and the result is the cold one.
    stored.entries[hash!]!.disableComments = "# ogp-disable-next-line label-sequence -- planted";
    writeCache(cacheFile, stored, data);
    expect((await lint(dir, ["--cache"])).stdout).toBe(cold.stdout);
  });
});
