/**
 * The lint engine's second pass (issue 10), end to end through the BUILT binary: messages that
 * name what is wrong once, in words a plan editor uses, and never let plan text act on a terminal.
 */
import { describe, expect, it } from "vitest";
import { runOgp, tempDirsRemovedAfterAll } from "../helpers.js";

/** Temporary folders made here are removed afterwards: some cases write tens of megabytes. */
const tempDir = tempDirsRemovedAfterAll();

const HEAD = "kind: strategy\nid: s\ntitle: T\nstatus: approved\n";

describe("ogp lint, issue 10", () => {
  it("never writes a control character from a plan file to the terminal, even with --no-color", async () => {
    const dir = tempDir({ "s.yaml": `${HEAD}"\\e]0;pwned\\a\\e[2J": x\n` });
    const { code, stdout } = await runOgp(["lint", "--no-color", "s.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(stdout).toContain("unknown key '\\e]0;pwned\\a\\e[2J'");
  });

  it("names an invisible character in a key", async () => {
    const dir = tempDir({ "s.yaml": HEAD.replace("title: T", "title\u200b: T") });
    const { code, stdout } = await runOgp(["lint", "s.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("key 'title\\u{200B}' contains an invisible character (U+200B): delete it and write the key as 'title'");
  });

  it("reports an impossible date once, and no period warning built on it", async () => {
    const dir = tempDir({
      "s.yaml": `${HEAD}period: { start: "2020", end: "2025" }\n`,
      "w.yaml": 'kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\nperiod: { start: "2019-02-30", end: "2021" }\n',
    });
    const { stdout } = await runOgp(["lint", "--format", "json", "."], { cwd: dir });
    const problems = (JSON.parse(stdout) as { problems: { file: string; rule: string; messageId: string }[] }).problems;
    expect(problems.filter((p) => p.file === "w.yaml").map((p) => `${p.rule}/${p.messageId}`)).toEqual(["schema/noSuchDay"]);
  });

  it("names a duplicate key and where it was first defined (json related)", async () => {
    const dir = tempDir({ "s.yaml": `${HEAD}status: draft\n` });
    const { stdout } = await runOgp(["lint", "--format", "json", "s.yaml"], { cwd: dir });
    const [problem] = (JSON.parse(stdout) as { problems: { messageId: string; message: string; line: number; related: { line: number; message: string }[] }[] }).problems;
    expect(problem).toMatchObject({ messageId: "duplicateKeyNamed", line: 5, related: [{ line: 4, message: "'status' first defined here" }] });
  });
});

describe("ogp lint: one broken file gives its own errors, not a flood", () => {
  it("notes references into a document that failed to load once, as information at the broken file", async () => {
    const dir = tempDir({
      "s.yaml": `${HEAD}goals:\n  - id: g1\n    title: a: b\n`,
      "w.yaml": "kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\ndeliverables:\n  - id: d1\n    title: D\n    advances: [{ ref: s/g1, cite: c }, { ref: s/g2, cite: c }]\n",
    });
    const { code, stdout } = await runOgp(["lint", "."], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("info   3 references from w.yaml into document 's' are not checked until this file loads  unresolved-ref");
    expect(stdout).not.toContain("lint that file too");
    // The untouched w.yaml gets nothing: the note sits in the broken file.
    expect(stdout).not.toMatch(/^w\.yaml$/m);
    expect(stdout).toMatch(/✖ 2 problems \(1 error, 0 warnings, 1 info\)/);
  });
});

describe("ogp lint: YAML syntax errors", () => {
  it("names a key indented one level too deep, at the key, with a code frame", async () => {
    const dir = tempDir({ "s.yaml": `${HEAD}goals:\n  - id: g1\n    label: "1"\n      title: x\n` });
    const { code, stdout } = await runOgp(["lint", "s.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe(`s.yaml
  8:7  error  'title' is indented 6 spaces, but 'label' above it is indented 4: the keys of one item line up, so indent 'title' by 4 spaces (or move it under the item it belongs to)  yaml-syntax
    |       title: x
    |       ^

✖ 1 problem (1 error, 0 warnings) in 0 documents, 0 nodes
`);
  });
});

describe("ogp show of a workplan", () => {
  it("lists all its deliverables, inline and in files of their own", async () => {
    const dir = tempDir({
      "s.yaml": `${HEAD}goals:\n  - id: g1\n`,
      "w.yaml": "kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\ndeliverables:\n  - id: d1\n    title: Inline\n    advances: [s/g1]\n",
      "d.yaml": "kind: deliverable\nid: dd\ntitle: Separate\nstatus: approved\nworkplan: w\nadvances: [s/g1]\n",
    });
    const { code, stdout } = await runOgp(["show", "w", "."], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("Children (2)");
    expect(stdout).toContain("Inline  deliverable w/d1");
    expect(stdout).toContain("Separate  deliverable dd");
  });
});

describe("ogp show <bare id>", () => {
  it("lists the candidates when several documents have the id (exit 2)", async () => {
    const { code, stdout, stderr } = await runOgp(["show", "civic-space"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("ogp: 'civic-space' is a node id in 3 places; name one: ogp-strategy-2023-consultation/civic-space (plans/2023/strategy-consultation.yaml:99:9), ogp-strategy-2023-draft/civic-space (plans/2023/strategy-draft.yaml:271:9), ogp-strategy-2023/civic-space (plans/2023/strategy.yaml:44:5)\n");
  });

  it("shows the node when only one document has the id", async () => {
    const { code, stdout } = await runOgp(["show", "fundraising"]);
    expect(code).toBe(0);
    expect(stdout).toContain("deliverable ogp-workplan-2023/fundraising in ogp-workplan-2023");
  });
});

describe("ogp graph --format mermaid", () => {
  it("says so when the diagram is over Mermaid's 50,000-character default, and offers --document / --depth", async () => {
    const { code, stdout, stderr } = await runOgp(["graph", "--format", "mermaid"]);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(50_000);
    expect(stderr).toMatch(/^ogp: the Mermaid output is [\d,]+ characters, over the 50,000 that Mermaid renders by default \(maxTextSize\): scope it with --document <id> or --depth <n>\n$/);
  });

  it("scopes the diagram to one document and depth, silently when it fits", async () => {
    const { code, stdout, stderr } = await runOgp(["graph", "--format", "mermaid", "--document", "ogp-strategy-2023", "--depth", "0"]);
    expect(code).toBe(0);
    expect(stdout).toContain("n_ogp_strategy_2023_civic_space");
    expect(stdout).not.toContain("ogp-workplan-2023");
    expect(stderr).toBe("");
  });

  it("refuses an unknown --document with a did-you-mean (exit 2)", async () => {
    const { code, stderr } = await runOgp(["graph", "--document", "ogp-strategy-2032"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ogp: --document: no document 'ogp-strategy-2032' in the loaded plans; did you mean 'ogp-strategy-2015' or 'ogp-strategy-2023'/);
  });
});
