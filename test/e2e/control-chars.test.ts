/**
 * Nothing from a plan drives a terminal or breaks a format (issue 23): every command and format,
 * run on the BUILT binary (`npm run build` first) over plans full of control and bidi characters,
 * writes none of them raw; JSON parses, JUnit XML is well-formed.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { git, runOgp, tempDirsRemovedAfterAll } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();

/** A terminal title, a bell, a screen clear, bidi overrides and isolates, a zero-width space, C1 controls, NUL, a lone CR. */
const HOSTILE = String.raw`\e]0;PWNED\a\e[2J\u202Eevil\u2066\u200B\N\x9b31m\0\rx\u061C\x7f`;

const strategy = (title: string) => `kind: strategy
id: s
title: "Strategy ${title}"
status: approved
period: { start: "2020", end: "2025" }
goals:
  - id: g1
    label: "1"
    title: "Goal ${title}"
    description: "Text ${title}"
    objectives:
      - id: o11
        label: "1.1"
        title: "Objective ${title}"
  - id: g2
    label: "2"
    title: "Uncovered ${title}"
`;

const WORKPLAN = `kind: workplan
id: w
title: "Workplan ${HOSTILE}"
status: approved
strategy: s
period: { start: "2021", end: "2022" }
deliverables:
  - id: d1
    label: "1"
    title: "Deliverable ${HOSTILE}"
    "unknown ${HOSTILE}": 1
    advances:
      - { ref: s/g1, cite: "Cite ${HOSTILE}" }
      - { ref: s/nope, cite: "x" }
`;

/** Raw characters that act on a terminal or hide text: every C0 control but LF (CR only before LF), C1, bidi and zero-width ones. */
const RAW = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/u;

function expectNoRawControls(output: string, label: string): void {
  const found = RAW.exec(output);
  const context = found ? JSON.stringify(output.slice(Math.max(0, found.index - 40), found.index + 20)) : "";
  expect(found, `${label}: raw U+${found?.[0].codePointAt(0)?.toString(16)} in ${context}`).toBeNull();
}

function expectWellFormedXml(text: string): void {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on("error", (error) => (failure ??= error));
  parser.write(text).close();
  expect(failure?.message).toBeUndefined();
}

let dir: string;
let repo: string;
beforeAll(() => {
  dir = tempDir({ "plans/s.yaml": strategy(HOSTILE), "plans/w.yaml": WORKPLAN, "old.yaml": strategy("plain"), "broken/b.yaml": `kind: strategy\nid: b\ntitle: "x\u0007\u202e\u001b[2J"\n  bad: [\u0007\n` });
  repo = tempDir({ "plans/s.yaml": strategy("plain"), "plans/w.yaml": WORKPLAN });
  git(repo, "init", "-q");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "plans");
  writeFileSync(path.join(repo, "plans/s.yaml"), strategy(HOSTILE));
});

const RUNS: { args: string[]; kind: "text" | "json" | "xml" | "html"; cwd?: () => string }[] = [
  ...["stylish", "github", "json", "sarif", "junit"].flatMap((format) => [
    { args: ["lint", "plans", "--format", format], kind: format === "junit" ? ("xml" as const) : format === "json" || format === "sarif" ? ("json" as const) : ("text" as const) },
    { args: ["lint", "broken", "--format", format], kind: format === "junit" ? ("xml" as const) : format === "json" || format === "sarif" ? ("json" as const) : ("text" as const) },
  ]),
  ...["table", "markdown", "csv"].map((format) => ({ args: ["coverage", "plans", "--format", format], kind: "text" as const })),
  { args: ["coverage", "plans", "--format", "json"], kind: "json" },
  ...["text", "markdown"].map((format) => ({ args: ["diff", "old.yaml", "plans/s.yaml", "--format", format], kind: "text" as const })),
  { args: ["diff", "old.yaml", "plans/s.yaml", "--format", "json"], kind: "json" },
  { args: ["diff", "old.yaml", "plans/s.yaml", "--explain"], kind: "text" },
  ...["text", "markdown"].map((format) => ({ args: ["diff", "--git", "HEAD", "--format", format], kind: "text" as const, cwd: () => repo })),
  { args: ["diff", "--git", "HEAD", "--format", "json"], kind: "json", cwd: () => repo },
  ...["dot", "mermaid"].map((format) => ({ args: ["graph", "plans", "--format", format], kind: "text" as const })),
  { args: ["graph", "plans", "--format", "json"], kind: "json" },
  { args: ["show", "s/g1", "plans"], kind: "text" },
  { args: ["show", "s/g1", "plans", "--format", "json"], kind: "json" },
  // A page for a browser, which acts on no control character; it must still be written (Graphviz
  // failed the whole report on a NUL in a title).
  { args: ["report", "plans", "--out", "-"], kind: "html" },
];

describe.concurrent("no raw control or bidi character from a plan reaches any output", () => {
  for (const run of RUNS) {
    for (const color of [false, true]) {
      it(`ogp ${run.args.join(" ")}${color ? " (colour forced)" : ""}`, async () => {
        const env = color ? { NO_COLOR: undefined, FORCE_COLOR: "1" } : {};
        const result = await runOgp(run.args, { cwd: run.cwd?.() ?? dir, env });
        expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
        expect([0, 1]).toContain(result.code);
        expect(result.stdout.length).toBeGreaterThan(0);
        // With colour on, the only escape sequences are the colour codes chalk writes.
        const output = color ? result.stdout.replace(/\u001b\[\d{1,3}m/g, "") : result.stdout;
        if (run.kind !== "html") expectNoRawControls(output, "stdout");
        expectNoRawControls(result.stderr, "stderr");
        if (run.kind === "json") expect(() => JSON.parse(result.stdout)).not.toThrow();
        if (run.kind === "xml") expectWellFormedXml(result.stdout);
        // What the plan said is still there, shown as escapes a reader can see.
        if (run.args[1] !== "broken" && run.kind !== "json" && run.kind !== "html") expect(result.stdout).toMatch(/\\e\]0;PWNED|\\u\{1B\}\]0;PWNED|&#x1b;|PWNED/);
      }, 60_000);
    }
  }
});

describe("no raw control or bidi character from a plan reaches standard error either", () => {
  it("ogp coverage --baseline HEAD: the ratchet's message names the goal that fell, its title made safe", async () => {
    const ratchet = tempDir({ "plans/s.yaml": strategy(HOSTILE), "plans/w.yaml": WORKPLAN });
    git(ratchet, "init", "-q");
    git(ratchet, "add", ".");
    git(ratchet, "commit", "-q", "-m", "plans");
    writeFileSync(path.join(ratchet, "plans/w.yaml"), WORKPLAN.replace("- { ref: s/g1,", "- { ref: s/g2,"));
    const result = await runOgp(["coverage", "--baseline", "HEAD"], { cwd: ratchet });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/goal 1 .*\\e\]0;PWNED.* was covered at 'HEAD'/);
    expectNoRawControls(result.stderr, "stderr");
  });
});
