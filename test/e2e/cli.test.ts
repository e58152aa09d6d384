import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { ROOT, runOgp, tempDir, STRATEGY } from "../helpers.js";

const ANSI = /\u001b\[/;
const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("ogp (built binary)", () => {
  it("--help explains the commands and the exit codes", async () => {
    const { code, stdout } = await runOgp(["--help"]);
    expect(code).toBe(0);
    for (const text of ["lint [options] [paths...]", "graph [options] [paths...]", "show [options] <ref>", "Exit codes:", "NO_COLOR"]) expect(stdout).toContain(text);
  });

  it("lint --help lists every rule with its severity", async () => {
    const { code, stdout } = await runOgp(["lint", "--help"]);
    expect(code).toBe(0);
    for (const rule of ["schema", "unresolved-ref", "label-sequence", "uncovered-goal", "derivation-cycle"]) expect(stdout).toMatch(new RegExp(`\\n  ${rule} +(error|warning|info) `));
  });

  it("--version prints the package version", async () => {
    const { code, stdout } = await runOgp(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it.each([
    [["lint", "--bogus"], "unknown option '--bogus'"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["lint", "--format", "xml"], "Allowed choices are stylish, json"],
    [["lint", "--max-warnings", "many"], "expected a whole number"],
    [["lint", "no/such/path"], "ogp: no/such/path: no such file or directory"],
  ])("usage mistakes exit 2 without a stack trace: %j", async (args, message) => {
    const { code, stdout, stderr } = await runOgp(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });
});

describe("ogp lint on the shipped plans", () => {
  it("exits 0 and reports the sources' own slips as warnings (stylish golden)", async () => {
    const { code, stdout, stderr } = await runOgp(["lint"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(ANSI);
    expectGolden("lint-shipped.stylish.txt", stdout);
  });

  it("--format json follows the contract (golden)", async () => {
    const { code, stdout } = await runOgp(["lint", "plans", "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { problems: Record<string, unknown>[]; errorCount: number; warningCount: number; documents: number; nodes: number };
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBe(6);
    expect(report.documents).toBe(7);
    for (const problem of report.problems) {
      expect(Object.keys(problem)).toEqual(expect.arrayContaining(["file", "line", "column", "severity", "rule", "message"]));
      expect(problem.file).toMatch(/^plans\//);
    }
    // The sources' own slips: 4.2.3 under 4.5 (2015), the OGP Local box citing 2.2 for 2.1 and 1.3 for 1.5
    // (in both renderings of the draft), and a 2023 deliverable that names no goal.
    expect(report.problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      "plans/2015/strategy.yaml:782 label-sequence",
      "plans/2023/strategy-consultation.yaml:189 citation-mismatch",
      "plans/2023/strategy-consultation.yaml:208 citation-mismatch",
      "plans/2023/strategy-draft.yaml:339 citation-mismatch",
      "plans/2023/strategy-draft.yaml:353 citation-mismatch",
      "plans/2023/workplan.yaml:201 advances-nothing",
    ]);
    expectGolden("lint-shipped.json", stdout);
  });

  it("--max-warnings 0 fails the run on the warnings, --quiet hides them", async () => {
    const strict = await runOgp(["lint", "--max-warnings", "0"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("6 warnings, more than --max-warnings 0");
    const quiet = await runOgp(["lint", "--quiet", "--max-warnings", "0"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe("");
  });

  it("colours only when asked or on a terminal, never with NO_COLOR", async () => {
    const forced = await runOgp(["lint"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(ANSI);
    const noColor = await runOgp(["lint"], { env: { NO_COLOR: "1", FORCE_COLOR: undefined } });
    expect(noColor.stdout).not.toMatch(ANSI);
    const flag = await runOgp(["lint", "--no-color"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(flag.stdout).not.toMatch(ANSI);
  });

  it("without paths and without ./plans, exits 2 and says how to start (no silent fallback to the shipped plans)", async () => {
    const { code, stdout, stderr } = await runOgp(["lint", "--format", "json"], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("no ./plans folder");
    expect(stderr).toContain("ogp init");
    expect(stderr).toContain("--examples");
  });

  it("--examples reads the shipped plans from anywhere, and not together with paths", async () => {
    const { code, stdout } = await runOgp(["lint", "--examples", "--format", "json"], { cwd: tempDir() });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { documents: number }).documents).toBe(7);
    const both = await runOgp(["lint", "--examples", "plans"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("either paths or --examples");
  });
});

describe("ogp lint on plans with errors", () => {
  const broken = {
    "plans/strategy.yaml": STRATEGY.replace("title: Goal two", "titel: Goal two"),
    "plans/workplan.yaml": `kind: workplan
id: w
title: Workplan
status: aproved
strategy: s
deliverables:
  - id: d1
    label: "1"
    title: One
    advances:
      - { ref: s/g3, cite: "goal three" }
      - { ref: s/o11, cite: "objective 1.1" }
`,
  };

  it("exits 1 and prints each problem at its place (stylish golden)", async () => {
    const { code, stdout } = await runOgp(["lint"], { cwd: tempDir(broken) });
    expect(code).toBe(1);
    expectGolden("lint-errors.stylish.txt", stdout);
  });

  it("--quiet still fails on errors", async () => {
    const { code, stdout } = await runOgp(["lint", "--quiet", "--format", "json"], { cwd: tempDir(broken) });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { problems: { severity: string }[] };
    expect(report.problems.every((p) => p.severity === "error")).toBe(true);
  });
});

describe("ogp graph and ogp show", () => {
  it.each([
    ["json", "graph-shipped.json"],
    ["dot", "graph-shipped.dot"],
    ["mermaid", "graph-shipped.mmd"],
  ])("graph --format %s (golden)", async (format, golden) => {
    const { code, stdout } = await runOgp(["graph", "--format", format]);
    expect(code).toBe(0);
    expectGolden(golden, stdout);
  });

  it("show prints a node with its links in and out (golden)", async () => {
    const { code, stdout } = await runOgp(["show", "ogp-strategy-2023/civic-space"]);
    expect(code).toBe(0);
    expectGolden("show-civic-space.txt", stdout);
  });

  it("show --format json gives the same facts as data", async () => {
    const { code, stdout } = await runOgp(["show", "ogp-workplan-2023/thematic-priorities", "--format", "json"]);
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as { node: { label: string; file: string; line: number }; children: unknown[]; outgoing: { type: string; ref: string }[] };
    expect(view.node.label).toBe("4");
    expect(`${view.node.file}:${view.node.line}`).toMatch(/^plans\/2023\/workplan\.yaml:\d+$/);
    expect(view.children).toHaveLength(4);
    expect(view.outgoing.filter((l) => l.type === "advances").map((l) => l.ref)).toEqual(["ogp-strategy-2023/collective-progress", "ogp-strategy-2023/civic-space"]);
  });

  it("show of a document id lists its top-level nodes and its document links", async () => {
    const { code, stdout } = await runOgp(["show", "ogp-workplan-2023", "--format", "json"]);
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as { node: { type: string }; children: { ref: string }[]; outgoing: { type: string; ref: string }[] };
    expect(view.node.type).toBe("workplan document");
    expect(view.children.filter((c) => c.ref.startsWith("ogp-workplan-2023/"))).toHaveLength(8);
    expect(view.outgoing).toContainEqual(expect.objectContaining({ type: "strategy", ref: "ogp-strategy-2023" }));
  });

  it("show of an unknown node exits 2 and suggests the nearest", async () => {
    const { code, stderr } = await runOgp(["show", "ogp-strategy-2023/civic-spac"]);
    expect(code).toBe(2);
    expect(stderr).toContain("did you mean 'ogp-strategy-2023/civic-space'");
  });

  it("graph names files it could not load and exits 1", async () => {
    const dir = tempDir({ "plans/s.yaml": STRATEGY, "plans/bad.yaml": "kind: [unclosed\n" });
    const { code, stdout, stderr } = await runOgp(["graph"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain("plans/bad.yaml");
    expect((JSON.parse(stdout) as { documents: unknown[] }).documents).toHaveLength(1);
  });
});
