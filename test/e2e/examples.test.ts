import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runOgp, tempDir } from "../helpers.js";

// --examples asks for the OGP plans shipped with ogp: every command that reads plans takes it, so
// a new user can try each one from any folder (here an empty one, which has no plans of its own).

describe("--examples on every command that reads plans", () => {
  it("coverage measures the shipped work plans", async () => {
    const run = await runOgp(["coverage", "--examples", "--workplan", "ogp-workplan-2023", "--format", "json"], { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).reports[0].workplan.id).toBe("ogp-workplan-2023");
  });

  it("diff looks document ids up in the shipped plans, and refuses --plans beside it", async () => {
    const cwd = tempDir();
    const run = await runOgp(["diff", "--examples", "ogp-strategy-2023-draft", "ogp-strategy-2023"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ogp diff ogp-strategy-2023-draft -> ogp-strategy-2023\n/);
    const both = await runOgp(["diff", "a", "b", "--examples", "--plans", "x"], { cwd });
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("ogp: --examples looks ids up in the shipped OGP plans: give either --plans or --examples, not both\n");
  });

  it("report writes the shipped plans' report", async () => {
    const cwd = tempDir();
    const run = await runOgp(["report", "--examples"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/: 7 documents, 348 nodes\n$/);
    expect(existsSync(path.join(cwd, "report.html"))).toBe(true);
  });

  it("without --examples and without plans, each says what to do (exit 2)", async () => {
    const run = await runOgp(["coverage"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("or try the shipped OGP examples with --examples");
  });
});

describe("--examples on export", () => {
  it("export stratml writes a shipped strategy", async () => {
    const run = await runOgp(["export", "stratml", "ogp-strategy-2015", "--examples"], { cwd: tempDir() });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<PerformancePlanOrReport /);
  });
});
