import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runOgp, tempDir } from "../helpers.js";

describe("ogp report (the built binary)", () => {
  it("writes the report, says where and how large, and exits 0", async () => {
    const dir = tempDir();
    const run = await runOgp(["report", "--out", path.join(dir, "report.html")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^ogp: wrote .*report\.html \(\d+ KB\): 7 documents, 348 nodes\n$/);
    expect(readFileSync(path.join(dir, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("never overwrites a file without --force (exit 2, the file untouched)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "report.html");
    writeFileSync(file, "mine");
    const refused = await runOgp(["report", "--out", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`ogp: '${file}': already exists; use --force to overwrite it\n`);
    expect(readFileSync(file, "utf8")).toBe("mine");
    const forced = await runOgp(["report", "--out", file, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("writes to standard output with --out -", async () => {
    const run = await runOgp(["report", "plans/2023", "--out", "-"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  it("rejects bands that are not two ordered percents, and a folder that does not exist, with exit 2", async () => {
    const dir = tempDir();
    const bands = await runOgp(["report", "--out", path.join(dir, "r.html"), "--bands", "80,50"]);
    expect(bands.code).toBe(2);
    expect(bands.stderr).toContain("--bands '80,50' is not two percents");
    const missing = await runOgp(["report", "--out", path.join(dir, "missing", "r.html")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ogp: '.*': cannot write \(its folder does not exist\)/);
    expect(existsSync(path.join(dir, "r.html"))).toBe(false);
  });

  it("explains itself in --help, with examples", async () => {
    const run = await runOgp(["report", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--out <file>");
    expect(run.stdout).toContain("ogp report plans/2023 --out 2023.html --force");
  });
});
