import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { git, ROOT, runOgp, tempDir } from "../helpers.js";
import { STRATEGY, workplan } from "./fixtures.js";

// `ogp coverage` through the built binary: exit codes, the gate, the ratchet against a git
// revision, coverage of what changed, colours and help.

describe("ogp coverage: exit codes and usage", () => {
  it("exits 0 on the shipped plans, with --min 100 too (every goal covered)", async () => {
    expect((await runOgp(["coverage", "plans", "--min", "100"])).code).toBe(0);
  });

  it("exits 1 below --min, naming the report on stderr", async () => {
    // The 2015 strategy has no version of any 2023 goal: nothing carries the workplan's links over.
    const { code, stderr } = await runOgp(["coverage", "plans", "--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2015", "--min", "50"]);
    expect(code).toBe(1);
    expect(stderr).toBe("ogp: workplan 'ogp-workplan-2023' against strategy 'ogp-strategy-2015': coverage 0% is below --min 50%\n");
  });

  it("a negative --min allows that many goals not covered", async () => {
    const args = ["coverage", "plans", "--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2015"];
    expect((await runOgp([...args, "--min", "-4"])).code).toBe(0);
    const { code, stderr } = await runOgp([...args, "--min", "-3"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/4 rows are not covered, more than the 3 that --min -3 allows/);
  });

  it.each([
    [["--workplan", "ogp-workplan-2032"], /^ogp: --workplan ogp-workplan-2032: no workplan 'ogp-workplan-2032'; did you mean 'ogp-workplan-2020' or 'ogp-workplan-2023'\?\n$/],
    [["--strategy", "ogp-workplan-2023"], /'ogp-workplan-2023' is a workplan, not a strategy/],
    [["--depth", "0"], /--depth.*expected a whole number of 1 or more/],
    [["--min", "abc"], /--min.*expected a percentage/],
    [["--format", "html"], /Allowed choices are table, markdown, csv, json/],
    [["--of", "indicators", "--workplan", "ogp-workplan-2023"], /with --of indicators, pick a strategy with --strategy/],
    [["--baseline", "no-such-ref"], /'no-such-ref': no such git revision/],
  ])("exits 2 with one clear line for %j", async (args, message) => {
    const { code, stderr, stdout } = await runOgp(["coverage", "plans", ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe("");
  });

  it("colours only when asked (FORCE_COLOR), never with NO_COLOR", async () => {
    expect((await runOgp(["coverage", "plans"])).stdout).not.toMatch(/\x1b\[/);
    expect((await runOgp(["coverage", "plans"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } })).stdout).toMatch(/\x1b\[/);
  });

  it("--help explains statuses, formats and gives examples", async () => {
    const { stdout, code } = await runOgp(["coverage", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/justified/);
    expect(stdout).toMatch(/ogp coverage --baseline origin\/main/);
  });
});

describe("ogp coverage against a git revision", () => {
  let repo: string;
  const workplanFile = () => path.join(repo, "plans/2023/workplan.yaml");

  beforeAll(() => {
    repo = tempDir();
    cpSync(path.join(ROOT, "plans"), path.join(repo, "plans"), { recursive: true });
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "base");
  });

  it("--baseline passes when nothing changed", async () => {
    const { code, stderr } = await runOgp(["coverage", "--baseline", "HEAD"], { cwd: repo });
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("--baseline fails, naming the goal, when an edit drops the last links to it", async () => {
    const original = readFileSync(workplanFile(), "utf8");
    try {
      // Deliverables 3, 4 and 7 are the only ones advancing the civic-space goal: drop their links to it.
      writeFileSync(workplanFile(), original.replace(/\n\s+- ref: ogp-strategy-2023\/civic-space\n\s+cite: [^\n]*/g, "").replace(/\n\s+- \{ ref: ogp-strategy-2023\/civic-space[^\n]*/g, ""));
      const { code, stderr, stdout } = await runOgp(["coverage", "--baseline", "HEAD", "--workplan", "ogp-workplan-2023"], { cwd: repo });
      expect(stdout).toContain("civic");
      expect(code).toBe(1);
      expect(stderr).toContain("ogp: workplan 'ogp-workplan-2023' against strategy 'ogp-strategy-2023': coverage dropped from 100% at 'HEAD' to 80%");
      expect(stderr).toContain(`goal 3 'ogp-strategy-2023/civic-space' ("Protect and expand civic space.") was covered at 'HEAD' and is missing now`);
    } finally {
      writeFileSync(workplanFile(), original);
    }
  });

  it("--baseline fails, naming the goal, when a goal falls from partial to missing and the percent stays", async () => {
    const dir = tempDir({
      "plans/s.yaml": STRATEGY,
      "plans/w.yaml": workplan(`  - { id: d1, label: "1", title: The work, advances: [{ ref: s/o11, cite: "it does" }] }\n`),
    });
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "base");
    writeFileSync(path.join(dir, "plans/w.yaml"), workplan(`  - { id: d1, label: "1", title: The work }\n`));
    const { code, stderr, stdout } = await runOgp(["coverage", "--baseline", "HEAD", "--format", "json"], { cwd: dir });
    expect((JSON.parse(stdout) as { reports: { summary: { percent: number } }[] }).reports[0]!.summary.percent).toBe(33.33); // as at HEAD
    expect(code).toBe(1);
    expect(stderr).toContain(`ogp: workplan 'w' against strategy 's': goal 1 's/g1' ("Goal one") was partial at 'HEAD' and is missing now`);
  });

  it("--baseline with --strategy carries the links over at the base too: a draft strategy whose pair loses its links fails, named", async () => {
    const original = readFileSync(workplanFile(), "utf8");
    try {
      writeFileSync(workplanFile(), original.replace(/\n\s+- ref: ogp-strategy-2023\/civic-space\n\s+cite: [^\n]*/g, "").replace(/\n\s+- \{ ref: ogp-strategy-2023\/civic-space[^\n]*/g, ""));
      const { code, stderr } = await runOgp(["coverage", "--baseline", "HEAD", "--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2023-draft", "--depth", "2"], { cwd: repo });
      expect(code).toBe(1);
      expect(stderr).toContain(`strategy 3.4 'ogp-strategy-2023-draft/civic-space' ("Pursue expanded civic space through inspiring, ac…") was covered at 'HEAD' and is missing now`);
    } finally {
      writeFileSync(workplanFile(), original);
    }
  });

  it("--changed reports only the goals added or edited since the revision", async () => {
    const strategyFile = path.join(repo, "plans/2023/strategy.yaml");
    const original = readFileSync(strategyFile, "utf8");
    try {
      writeFileSync(strategyFile, `${original.trimEnd()}\n  - id: new-goal\n    label: "6"\n    title: A goal added on this branch\n`);
      const { code, stdout } = await runOgp(["coverage", "--changed", "HEAD", "--workplan", "ogp-workplan-2023", "--format", "json"], { cwd: repo });
      expect(code).toBe(0);
      const [report] = (JSON.parse(stdout) as { reports: { rows: { ref: string; status: string }[]; notes: string[] }[] }).reports;
      expect(report!.rows.map((r) => `${r.ref} ${r.status}`)).toEqual(["ogp-strategy-2023/new-goal missing"]);
      expect(report!.notes).toContain("the change since 'HEAD' adds 1 goal; 0 are covered");
    } finally {
      writeFileSync(strategyFile, original);
    }
  });
});
