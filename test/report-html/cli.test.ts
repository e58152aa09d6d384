import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, repoWithPlans, runOgp, tempDir } from "../helpers.js";

describe("ogp report (the built binary)", () => {
  it("writes the report, says where and how large, and exits 0", async () => {
    const dir = tempDir();
    const run = await runOgp(["report", "--output", path.join(dir, "report.html")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^ogp: wrote .*report\.html \(\d+ KB\): 7 documents, 348 nodes\n$/);
    expect(readFileSync(path.join(dir, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("never overwrites a file without --force (exit 2, the file untouched)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "report.html");
    writeFileSync(file, "mine");
    const refused = await runOgp(["report", "--output", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`ogp: '${file}': already exists; use --force to overwrite it\n`);
    expect(readFileSync(file, "utf8")).toBe("mine");
    const forced = await runOgp(["report", "--output", file, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("writes to standard output with --output -", async () => {
    const run = await runOgp(["report", "plans/2023", "--output", "-"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  });

  it("rejects bands that are not two ordered percents with exit 2, and creates an output folder that does not exist", async () => {
    const dir = tempDir();
    const bands = await runOgp(["report", "--output", path.join(dir, "r.html"), "--bands", "80,50"]);
    expect(bands.code).toBe(2);
    expect(bands.stderr).toContain("--bands '80,50' is not two percents");
    // --out is the old spelling of --output, kept hidden so that scripts do not break.
    const missing = await runOgp(["report", "--out", path.join(dir, "missing", "r.html")]);
    expect(missing.code).toBe(0);
    expect(existsSync(path.join(dir, "missing", "r.html"))).toBe(true);
    expect(existsSync(path.join(dir, "r.html"))).toBe(false);
  });

  it("dates the report from --date, else SOURCE_DATE_EPOCH, else the plans' last git commit: never the clock", async () => {
    const repo = tempDir({ "plans/s.yaml": "kind: strategy\nid: s\ntitle: Our plan\nstatus: approved\n" });
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "plans"], { cwd: repo, env: { ...process.env, GIT_COMMITTER_DATE: "2025-03-04T12:00:00Z", GIT_AUTHOR_DATE: "2025-03-04T12:00:00Z" } });
    const heading = async (args: string[], env: Record<string, string> = {}) => {
      const run = await runOgp(["report", "--output", "-", ...args], { cwd: repo, env });
      return /<h1>(.*?)<\/h1>/.exec(run.stdout)?.[1];
    };
    expect(await heading([])).toBe("Our plan <small>1 document, 0 nodes · as of 2025-03-04</small>");
    expect(await heading([], { SOURCE_DATE_EPOCH: "1767225600" })).toContain("as of 2026-01-01");
    expect(await heading(["--date", "2026-02-01", "--title", "Town plan"])).toBe("Town plan <small>1 document, 0 nodes · as of 2026-02-01</small>");
  });

  it("explains itself in --help, with examples", async () => {
    const run = await runOgp(["report", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--output <file>");
    expect(run.stdout).toContain("ogp report plans/2023 --output 2023.html --force");
  });
});

describe("ogp report --diff (the built binary)", () => {
  it("--diff <old> <new>: adds the Changes page of the semantic diff, and says how many changes", async () => {
    const dir = tempDir();
    const out = path.join(dir, "report.html");
    const run = await runOgp(["report", "--output", out, "--diff", "ogp-strategy-2023-draft", "ogp-strategy-2023"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/: 7 documents, 348 nodes, \d+ changes\n$/);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<a href="#diff">Changes</a>');
    expect(html).toMatch(/<h2>Changes <small>ogp-strategy-2023-draft → ogp-strategy-2023<\/small><\/h2>/);
    // Reworded goals are shown word by word, as `ogp diff` finds them.
    expect(html).toMatch(/<tr class="change type-changed[^"]*"[\s\S]*?<span class="field-name">title<\/span> [^<]*<(ins|del)>/);
  });

  it("--diff <git-ref>: the plans at that revision against the working tree, a deleted goal shown as breaking", async () => {
    const repo = repoWithPlans();
    const file = path.join(repo, "plans/2023/strategy.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/  - id: civic-space\n(    .*\n|      .*\n|        .*\n)+/, ""));
    const run = await runOgp(["report", "plans", "--output", "r.html", "--diff", "HEAD"], { cwd: repo });
    expect(run.stderr).toMatch(/, \d+ changes?\n$/);
    const html = readFileSync(path.join(repo, "r.html"), "utf8");
    expect(html).toMatch(/<h2>Changes <small>HEAD:plans → plans<\/small><\/h2>/);
    expect(html).toMatch(/<tr class="change type-removed breaking"[^>]*><td>removed[\s\S]*?Protect and expand civic space\./);
    // lint's unresolved references are reported in the report too (the deliverables still advance the goal); exit 0: the report was written.
    expect(run.code).toBe(0);
  });

  it("refuses more than two --diff values and an unknown revision with exit 2 and one line", async () => {
    const dir = tempDir();
    const many = await runOgp(["report", "--output", path.join(dir, "r.html"), "--diff", "a", "b", "c"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toBe("ogp: --diff takes a git revision, or an old and a new side; got 3 values (a b c): put the plans' paths before --diff\n");
    const unknown = await runOgp(["report", "plans", "--output", path.join(dir, "r.html"), "--diff", "no-such-branch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("ogp: 'no-such-branch': no such git revision (a branch, tag or commit)\n");
    expect(existsSync(path.join(dir, "r.html"))).toBe(false);
  });
});
