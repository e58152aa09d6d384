/**
 * A catalogue of hostile and broken inputs, run through the BUILT binary (`npm run build` first).
 * Every case states its exit code (0 no errors, 1 problems found, 2 usage error / unreadable path / internal failure)
 * and the one-line message that names the file (and the line where there is one); none may print a stack trace.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STRATEGY, projectFrom, runOgp, tempDirsRemovedAfterAll, type RunResult } from "../helpers.js";
import { aliasedGoal, deepXml, emojiDiff, manyAliases, mergedAnchor, nearLimitShapes, nearMissIds, nestedDashes, repeatedInValue } from "../../bench/hostile-shapes.mjs";
import { LIMITS } from "../../src/load/limits.js";

/** Temporary folders made here are removed afterwards: some cases write tens of megabytes. */
const tempDir = tempDirsRemovedAfterAll();

const HEAD = "kind: strategy\nid: s\ntitle: T\nstatus: approved\n";

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}
interface JsonReport {
  problems: JsonProblem[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  documents: number;
  nodes: number;
}

interface Case {
  name: string;
  /** Writes the case's files into `dir`. */
  setup: (dir: string) => void;
  /** The path given to `ogp lint`, relative to the case's folder (which is the working directory). */
  target: string;
  code: 0 | 1 | 2;
  /** For exit 1: the rule and message of the problem that names `file` (default: target). */
  rule?: string;
  message?: RegExp;
  file?: string;
  /** The expected position, when it is known and currently right. */
  line?: number;
  column?: number;
  /** For exit 2: what stderr says. */
  stderr?: RegExp;
}

function files(contents: Record<string, string | Buffer>): (dir: string) => void {
  return (dir) => {
    for (const [name, content] of Object.entries(contents)) {
      const target = path.join(dir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  };
}

function aliasBomb(): string {
  const names = "abcdefghi";
  const lines = [`  a: &a [${Array(9).fill('"lol"').join(", ")}]`];
  for (let i = 1; i < 9; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(", ")}]`);
  return `${HEAD}lol:\n${lines.join("\n")}\n`;
}

function deepBlockMappings(depth: number): string {
  const parts = [`${HEAD}x:\n`];
  for (let i = 1; i <= depth; i++) parts.push(`${" ".repeat(i)}k:\n`);
  return parts.join("");
}

/** A valid-looking strategy just under the size limit, with one unknown key in its last goal; returns the text and that key's line. */
function largePlan(): { text: string; line: number } {
  const parts = ['kind: strategy\nid: big\ntitle: A big strategy\nstatus: approved\nperiod: { start: "2020", end: "2025" }\ngoals:\n'];
  let size = parts[0]!.length;
  let lines = 6;
  for (let i = 1; size < LIMITS.maxBytes - 8 * 1024; i++) {
    const goal =
      `  - id: g${i}\n    label: "${i}"\n    title: Goal ${i}, which makes government more open, transparent and accountable to the people it serves\n` +
      `    objectives:\n      - id: o${i}-1\n        label: "${i}.1"\n        title: Objective ${i}.1 widens participation in the design and monitoring of public policy\n`;
    parts.push(goal);
    size += goal.length;
    lines += 7;
  }
  parts.push("    colour: red\n");
  return { text: parts.join(""), line: lines + 1 };
}
const LARGE = largePlan();

// Shapes that cost quadratic time in naive code (issue 17): each is sized so that quadratic code
// would take seconds to minutes; the runs are bounded by the test timeout, not timed.
const WORKPLAN_HEAD = 'kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\nperiod: { start: "2021", end: "2022" }\n';
function aliasedGoals(copies: number): string {
  const goal = ["goals:", "  - &g", "    id: g", '    label: "1"', "    title: Goal", "    objectives:"];
  for (let i = 0; i < 30; i++) goal.push(`      - { id: o${i}, label: "1.${i + 1}", title: Objective ${i} }`);
  for (let i = 0; i < copies; i++) goal.push("  - *g");
  return `${HEAD}${goal.join("\n")}\n`;
}
const wrongTypedItems = (n: number) => `${HEAD}goals:\n${Array.from({ length: n }, (_, i) => `  - ${i}`).join("\n")}\n`;
const hugeMapping = (n: number) => `${HEAD}period:\n${Array.from({ length: n }, (_, i) => `  k${i}: ${i}`).join("\n")}\n`;
const unknownKeys = (n: number) => `${HEAD}goals:\n${Array.from({ length: n }, (_, i) => `  - id: g${i}\n    label: "${i + 1}"\n    title: G\n    colour${i}: red`).join("\n")}\n`;
function aliasChain(n: number): string {
  const lines = ["chain:", "  a0: &a0 [x]"];
  for (let i = 1; i < n; i++) lines.push(`  a${i}: &a${i} [*a${i - 1}]`);
  return `${HEAD}${lines.join("\n")}\n`;
}
function mergeOfLargeAnchor(keys: number, merges: number): string {
  const lines = ["%YAML 1.1", "---", HEAD.trim(), "base: &b"];
  for (let i = 0; i < keys; i++) lines.push(`  k${i}: ${i}`);
  lines.push("goals:");
  for (let i = 0; i < merges; i++) lines.push("  - <<: *b", `    id: g${i}`);
  return `${lines.join("\n")}\n`;
}
function doublingMerges(levels: number): string {
  const lines = ["%YAML 1.1", "---", HEAD.trim(), "m:", "  l0: &l0 { a: 1, b: 2 }"];
  for (let i = 1; i <= levels; i++) lines.push(`  l${i}: &l${i} { <<: [*l${i - 1}, *l${i - 1}], k${i}: ${i} }`);
  return `${lines.join("\n")}\n`;
}
const STRATEGY_100 = `${HEAD}goals:\n${Array.from({ length: 100 }, (_, i) => `  - id: goal-${i}\n    label: "${i + 1}"\n    title: Goal ${i} on open contracting and budget transparency`).join("\n")}\n`;
function brokenRefs(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `  - id: d${i}\n    label: "${i + 1}"\n    title: D\n    advances:\n      - ref: goal-${i % 100}\n      - ref: nodoc${i}/goal-1\n      - ref: s/missing-${i}`);
  return `${WORKPLAN_HEAD}deliverables:\n${items.join("\n")}\n`;
}
function manyCitations(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `      - id: item-${i}\n        title: Item ${i} on budget transparency and open contracting [See goal ${(i % 100) + 1}]\n        refs: [goal-${i % 100}]`);
  return `${STRATEGY_100}colour: red\nboxes:\n  - id: box\n    title: Summary\n    items:\n${items.join("\n")}\n`;
}

const WORKFLOW = `name: CI
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
`;

/** STRATEGY with a BOM and CRLF line ends; `extra` is inserted after "title: Goal two" (line 16). */
function bomCrlf(extra = ""): string {
  return `\uFEFF${STRATEGY.replace("title: Goal two\n", `title: Goal two\n${extra}`).replace(/\n/g, "\r\n")}`;
}

function sparse(dir: string, name: string, size: number): void {
  const fd = openSync(path.join(dir, name), "w");
  ftruncateSync(fd, size);
  closeSync(fd);
}

const CASES: Case[] = [
  // YAML syntax
  { name: "an unclosed quote", setup: files({ "bad.yaml": `kind: strategy\nid: "s\ntitle: x\n` }), target: "bad.yaml", code: 1, rule: "yaml-syntax", message: /^this value's opening " is never closed: / },
  { name: "bad indentation", setup: files({ "bad.yaml": "kind: strategy\nid: s\n  title: x\nstatus: draft\n" }), target: "bad.yaml", code: 1, rule: "yaml-syntax", message: /^'title' is indented 2 spaces, deeper than 'id' above it \(0\)/ },
  { name: "an unclosed bracket", setup: files({ "bad.yaml": "kind: strategy\nid: s\ngoals: [a, b\nstatus: draft\n" }), target: "bad.yaml", code: 1, rule: "yaml-syntax", message: /^this '\[' is never closed: / },
  { name: "tab indentation", setup: files({ "bad.yaml": "kind: strategy\nperiod:\n\tstart: '2020'\n" }), target: "bad.yaml", code: 1, rule: "yaml-syntax", message: /^a tab indents 'start': YAML indents with spaces only; replace the tab with 2 spaces, under 'period' above$/ },
  { name: "a duplicate key", setup: files({ "bad.yaml": "kind: strategy\nid: s\nid: t\ntitle: x\nstatus: draft\n" }), target: "bad.yaml", code: 1, rule: "yaml-duplicate-key", message: /^duplicate key 'id': / },
  { name: "several YAML documents in one file", setup: files({ "bad.yaml": "kind: strategy\n---\nkind: workplan\n" }), target: "bad.yaml", code: 1, rule: "yaml-syntax", message: /several YAML documents in one file/ },
  // Keys that name JavaScript internals
  { name: "a '__proto__' key", setup: files({ "bad.yaml": `${HEAD}__proto__:\n  polluted: yes\n` }), target: "bad.yaml", code: 1, rule: "schema", message: /^unknown key '__proto__' in a [a-z -]+; allowed here: /, line: 5, column: 1 },
  { name: "a 'constructor' key", setup: files({ "bad.yaml": `${HEAD}constructor:\n  prototype:\n    polluted: yes\n` }), target: "bad.yaml", code: 1, rule: "schema", message: /^unknown key 'constructor' in a [a-z -]+; allowed here: /, line: 5, column: 1 },
  // Resource exhaustion
  { name: "an alias bomb (9 levels of 9)", setup: files({ "bad.yaml": aliasBomb() }), target: "bad.yaml", code: 1, rule: "invalid-file", message: /^too many alias expansions \(over 1000\): this looks like an alias bomb/ },
  { name: "10,000 levels of flow nesting", setup: files({ "bad.yaml": `${HEAD}x: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n` }), target: "bad.yaml", code: 1, message: /./ },
  { name: "700 levels of indented block mappings (250 KB, under the 256 KiB limit)", setup: files({ "bad.yaml": deepBlockMappings(700) }), target: "bad.yaml", code: 1, message: /./ },
  { name: "500 levels of indented block mappings", setup: files({ "bad.yaml": deepBlockMappings(500) }), target: "bad.yaml", code: 1, rule: "invalid-file", message: /^nesting is deeper than 200 levels/ },
  { name: "a plan just under the size limit with one problem at its end", setup: files({ "big.yaml": LARGE.text }), target: "big.yaml", code: 1, rule: "schema", message: /^unknown key 'colour' in a [a-z -]+; allowed here: /, line: LARGE.line, column: 5 },
  { name: "a file over the 256 KiB limit", setup: (dir) => sparse(dir, "huge.yaml", 101 * 1024 * 1024), target: "huge.yaml", code: 1, rule: "invalid-file", message: /^file is 101.0 MiB, over the 256 KiB limit for a plan file; split it \(deliverables can have files of their own\), or raise the limit with OGP_MAX_FILE_SIZE for files you trust$/, line: 1, column: 1 },
  { name: "a file one byte over the 256 KiB limit", setup: (dir) => sparse(dir, "over.yaml", 256 * 1024 + 1), target: "over.yaml", code: 1, rule: "invalid-file", message: /^file is 257 KiB, over the 256 KiB limit for a plan file; split it \(deliverables can have files of their own\), or raise the limit with OGP_MAX_FILE_SIZE for files you trust$/, line: 1, column: 1 },
  // Quadratic in naive code
  { name: "3,000 aliases of a goal of 30 objectives", setup: files({ "bad.yaml": aliasedGoals(3000) }), target: "bad.yaml", code: 1, message: /./ },
  { name: "20,000 wrong-typed list items", setup: files({ "bad.yaml": wrongTypedItems(20_000) }), target: "bad.yaml", code: 1, rule: "schema", message: /^item 1 of 'goals' must be a mapping, not number 0$/, line: 6, column: 5 },
  { name: "a mapping of 15,000 unknown keys", setup: files({ "bad.yaml": hugeMapping(15_000) }), target: "bad.yaml", code: 1, rule: "schema", message: /^unknown key 'k0' in a period; allowed here: start, end$/, line: 6, column: 3 },
  { name: "3,500 goals with an unknown key each", setup: files({ "bad.yaml": unknownKeys(3500) }), target: "bad.yaml", code: 1, rule: "schema", message: /^unknown key 'colour0' in a goal/, line: 9, column: 5 },
  { name: "a chain of 900 aliases", setup: files({ "bad.yaml": aliasChain(900) }), target: "bad.yaml", code: 1, message: /./ },
  { name: "a %YAML 1.1 merge of a 15,000-key anchor, 5 times (capped: 10,000 merged keys)", setup: files({ "bad.yaml": mergeOfLargeAnchor(15_000, 5) }), target: "bad.yaml", code: 1, rule: "invalid-file", message: /^too many alias expansions \(over 10000\)/, line: 1, column: 1 },
  { name: "a %YAML 1.1 merge of a 15,000-key anchor, 50 times (750,000 keys if expanded)", setup: files({ "bad.yaml": mergeOfLargeAnchor(15_000, 50) }), target: "bad.yaml", code: 1, rule: "invalid-file", message: /^too many alias expansions \(over 10000\)/, line: 1, column: 1 },
  { name: "%YAML 1.1 merges that double at each of 40 levels", setup: files({ "bad.yaml": doublingMerges(40) }), target: "bad.yaml", code: 1, rule: "invalid-file", message: /^too many alias expansions/ },
  { name: "a %YAML 1.1 merge within the cap is expanded", setup: files({ "bad.yaml": mergeOfLargeAnchor(100, 5) }), target: "bad.yaml", code: 1, rule: "schema", message: /^unknown key 'k0' in a goal or sub-goal/ },
  { name: "5,400 unresolved references", setup: files({ "s.yaml": STRATEGY_100, "w.yaml": brokenRefs(1800) }), target: ".", file: "w.yaml", code: 1, rule: "unresolved-ref", message: /^unresolved reference 'goal-0': document 'w' has no node 'goal-0' \(a bare id refers to the same document\); to link to another document write 's\/goal-0'$/ },
  { name: "1,800 citations", setup: files({ "s.yaml": manyCitations(1_800) }), target: "s.yaml", code: 1, rule: "schema", message: /^unknown key 'colour' in a strategy document/ },
  // Hostile shapes of issue 23 (bench/hostile-shapes.mjs, timed by bench/hostile.mjs), each at a size where quadratic code takes seconds
  { name: "`[` repeated 100,000 times in one value", setup: files(repeatedInValue("[", 100_000).files), target: "x.yaml", code: 1, rule: "invalid-file", message: /^nesting is too deep to parse: /, line: 5, column: 1008 },
  { name: "`{` repeated 100,000 times in one value", setup: files(repeatedInValue("{", 100_000).files), target: "x.yaml", code: 1, rule: "invalid-file", message: /^nesting is too deep to parse: / },
  { name: '`"` repeated 250,000 times in one value', setup: files(repeatedInValue('"', 250_000).files), target: "x.yaml", code: 1, rule: "invalid-file", message: /^YAML parsing stopped after 1000 syntax errors/, line: 1, column: 1 },
  { name: "8,000 anchored scalars, each aliased once", setup: files(manyAliases(8_000).files), target: "x.yaml", code: 1, rule: "invalid-file", message: /^too many alias expansions \(over 1000\)/, line: 9_007, column: 5 },
  { name: "a goal of 200 objectives aliased 499 times", setup: files(aliasedGoal(200, 499).files), target: "x.yaml", code: 1, rule: "yaml-syntax", message: /^alias '\*g' repeats plan nodes/, line: 211, column: 5 },
  { name: "%YAML 1.1: a 15,000-key anchor merged into 999 items", setup: files(mergedAnchor(15_000, 999).files), target: "x.yaml", code: 1, rule: "invalid-file", message: /^too many alias expansions \(over 10000\)/ },
  { name: "`- ` repeated 5,000 times on one line", setup: files(nestedDashes(5_000).files), target: "x.yaml", code: 1, rule: "invalid-file", message: /^nesting is too deep to parse: / },
  { name: "900 references to near-miss ids of 196 characters", setup: files(nearMissIds(900, 196).files), target: "plans", file: "plans/w.yaml", code: 1, rule: "unresolved-ref", message: /^unresolved reference 's\/g0+0x+y': document 's' has no node/ },
  { name: "230 references to near-miss ids of 1,000 characters", setup: files(nearMissIds(230, 1_000).files), target: "plans", file: "plans/w.yaml", code: 1, rule: "unresolved-ref" },
  { name: "35,000 nested XML elements in plans/", setup: files(deepXml(35_000).files), target: "plans", file: "plans/x.xml", code: 1, rule: "xml-syntax", message: /^elements are nested more than 200 levels deep/, line: 2, column: 665 },
  // Empty and odd shapes
  { name: "an empty file", setup: files({ "empty.yaml": "" }), target: "empty.yaml", code: 1, rule: "not-a-plan", message: /^empty file \(no YAML content\)/, line: 1, column: 1 },
  { name: "a file of only comments", setup: files({ "comments.yaml": "# nothing here yet\n# still nothing\n" }), target: "comments.yaml", code: 1, rule: "not-a-plan", message: /^empty file \(no YAML content\)/, line: 1, column: 1 },
  { name: "a top-level list", setup: files({ "list.yaml": "- kind: strategy\n- id: s\n" }), target: "list.yaml", code: 1, rule: "not-a-plan", message: /^not an ogp plan: the file holds a list, not a mapping/, line: 1, column: 1 },
  { name: "a top-level scalar", setup: files({ "scalar.yaml": "just a sentence\n" }), target: "scalar.yaml", code: 1, rule: "not-a-plan", message: /^not an ogp plan: the file holds a string value, not a mapping/, line: 1, column: 1 },
  { name: "a GitHub Actions workflow", setup: files({ ".github/workflows/ci.yaml": WORKFLOW }), target: ".github/workflows/ci.yaml", code: 1, rule: "not-a-plan", message: /^not a plan file: a YAML mapping with no plan 'kind'/, line: 1, column: 1 },
  // Encodings and line ends
  { name: "invalid UTF-8", setup: files({ "latin1.yaml": Buffer.concat([Buffer.from("kind: strategy\nid: s\ntitle: caf"), Buffer.from([0xe9]), Buffer.from("\n")]) }), target: "latin1.yaml", code: 1, rule: "invalid-file", message: /^invalid UTF-8: plan files must be UTF-8 text$/, line: 3, column: 11 },
  { name: "a binary file named .yaml (NUL bytes)", setup: files({ "image.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }), target: "image.yaml", code: 1, rule: "invalid-file", message: /^binary file \(it contains NUL bytes\)/, line: 1, column: 1 },
  { name: "a valid plan with a UTF-8 BOM and CRLF line ends", setup: files({ "bom.yaml": bomCrlf() }), target: "bom.yaml", code: 0 },
  { name: "a BOM and CRLF plan with an unknown key on line 17", setup: files({ "bom.yaml": bomCrlf("    colour: red\n") }), target: "bom.yaml", code: 1, rule: "schema", message: /^unknown key 'colour' in a [a-z -]+; allowed here: /, line: 17, column: 5 },
  { name: "a BOM and CRLF plan with a wrong type on line 17", setup: files({ "bom.yaml": bomCrlf("    objectives: 5\n") }), target: "bom.yaml", code: 1, rule: "schema", message: /'objectives' must be/, line: 17, column: 17 },
  { name: "a BOM and CRLF plan with invalid UTF-8 on line 3", setup: files({ "bom.yaml": Buffer.concat([Buffer.from("\uFEFFkind: strategy\r\nid: s\r\ntitle: caf"), Buffer.from([0xe9]), Buffer.from("\r\n")]) }), target: "bom.yaml", code: 1, rule: "invalid-file", message: /^invalid UTF-8/, line: 3, column: 11 },
  // Paths that are not plan files
  {
    name: "a directory named x.yaml inside a directory given as path",
    setup: (dir) => {
      files({ "plans/s.yaml": STRATEGY })(dir);
      mkdirSync(path.join(dir, "plans/x.yaml"));
    },
    target: "plans",
    code: 0,
  },
  {
    name: "a symbolic link loop named directly",
    setup: (dir) => {
      symlinkSync("b.yaml", path.join(dir, "a.yaml"));
      symlinkSync("a.yaml", path.join(dir, "b.yaml"));
    },
    target: "a.yaml",
    code: 2,
    stderr: /^ogp: a\.yaml: symbolic link loop\n$/,
  },
  {
    name: "a symbolic link loop inside a directory given as path",
    setup: (dir) => {
      files({ "plans/s.yaml": STRATEGY })(dir);
      symlinkSync("b.yaml", path.join(dir, "plans/a.yaml"));
      symlinkSync("a.yaml", path.join(dir, "plans/b.yaml"));
      symlinkSync(".", path.join(dir, "plans/self"));
    },
    target: "plans",
    code: 0,
  },
  { name: "a path that does not exist", setup: () => {}, target: "missing.yaml", code: 2, stderr: /^ogp: missing\.yaml: no such file or directory\n$/ },
  { name: "a directory that does not exist", setup: () => {}, target: "no/such/dir", code: 2, stderr: /^ogp: no\/such\/dir: no such file or directory\n$/ },
];

const NAMES = new Set<string>();
for (const c of CASES) {
  if (NAMES.has(c.name)) throw new Error(`duplicate case name: ${c.name}`);
  NAMES.add(c.name);
}

/** Each case's folder and its two runs (stylish and json), made once and shared by the tests that read them. */
const runs = new Map<string, Promise<{ dir: string; stylish: RunResult; json: RunResult }>>();
function run(c: Case): Promise<{ dir: string; stylish: RunResult; json: RunResult }> {
  let result = runs.get(c.name);
  if (!result) {
    result = (async () => {
      const dir = tempDir();
      c.setup(dir);
      const [stylish, json] = await Promise.all([runOgp(["lint", c.target], { cwd: dir }), runOgp(["lint", c.target, "--format", "json"], { cwd: dir })]);
      return { dir, stylish, json };
    })();
    runs.set(c.name, result);
  }
  return result;
}
const byName = (name: string): Case => {
  const c = CASES.find((k) => k.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
};

function expectNoStackTrace(result: RunResult): void {
  expect(result.stdout).not.toContain("    at ");
  expect(result.stderr).not.toContain("    at ");
  expect(result.stderr).not.toMatch(/internal error/);
}

/** The problem lines of stylish output: `  line:col  severity  message  rule`. */
function stylishProblems(stdout: string): { line: number; column: number; severity: string; rest: string }[] {
  return stdout
    .split("\n")
    .map((l) => /^ {2}(\d+):(\d+)\s+(error|warning|info)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ line: Number(m[1]), column: Number(m[2]), severity: m[3]!, rest: m[4]! }));
}

function mainProblem(c: Case, report: JsonReport): JsonProblem {
  const file = c.file ?? c.target;
  const problem = report.problems.find((p) => p.file === file && (!c.rule || p.rule === c.rule) && (!c.message || c.message.test(p.message)));
  if (!problem) throw new Error(`no problem for ${file} (${c.rule ?? "any rule"}, ${String(c.message)}) in ${JSON.stringify(report.problems)}`);
  return problem;
}

describe.concurrent("ogp lint on hostile and broken input", () => {
  for (const c of CASES) {
    it(`${c.name}: exit ${c.code}`, async () => {
      const { stylish, json } = await run(c);
      expect(stylish.code, stylish.stderr).toBe(c.code);
      expect(json.code, json.stderr).toBe(c.code);
      expectNoStackTrace(stylish);
      expectNoStackTrace(json);

      if (c.code === 2) {
        expect(stylish.stdout).toBe("");
        expect(json.stdout).toBe("");
        expect(stylish.stderr).toMatch(c.stderr!);
        expect(json.stderr).toMatch(c.stderr!);
        return;
      }
      expect(stylish.stderr).toBe("");
      expect(json.stderr).toBe("");
      const report = JSON.parse(json.stdout) as JsonReport;
      for (const problem of report.problems) {
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
        expect(problem.message).not.toContain("\n");
      }
      if (c.code === 0) {
        expect(report.errorCount).toBe(0);
        expect(stylish.stdout).toBe("");
        return;
      }

      // Exit 1: one problem names the file, in JSON and in the stylish listing under the file's name.
      expect(report.errorCount).toBeGreaterThan(0);
      const problem = mainProblem(c, report);
      expect(problem.severity).toBe("error");
      if (c.line !== undefined) expect(problem.line).toBe(c.line);
      if (c.column !== undefined) expect(problem.column).toBe(c.column);
      expect(stylish.stdout.split("\n")).toContain(c.file ?? c.target);
      const listed = stylishProblems(stylish.stdout);
      expect(listed).toContainEqual({ line: problem.line, column: problem.column, severity: "error", rest: `${problem.message}  ${problem.rule}` });
      expect(stylish.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?/);
      // A bound for the large cases on a loaded machine (they take a few seconds alone), not a timing.
    }, 240_000);
  }
});

describe.concurrent("hostile shapes: one finding where the file is refused", () => {
  const problemsOf = async (name: string) => (JSON.parse((await run(byName(name))).json.stdout) as JsonReport).problems;

  it("each refused shape is one finding", async () => {
    for (const name of ["`[` repeated 100,000 times in one value", "8,000 anchored scalars, each aliased once", "`- ` repeated 5,000 times on one line", "35,000 nested XML elements in plans/", "%YAML 1.1: a 15,000-key anchor merged into 999 items"]) {
      expect(await problemsOf(name), name).toHaveLength(1);
    }
  }, 240_000);

  it("an alias of plan nodes is one finding per alias, not one per copied node", async () => {
    const problems = await problemsOf("a goal of 200 objectives aliased 499 times");
    expect(problems.filter((p) => !/repeats plan nodes/.test(p.message)).map((p) => p.message)).toEqual([expect.stringMatching(/^399 more problems/)]);
    expect(problems.filter((p) => /repeats plan nodes/.test(p.message))).toHaveLength(100);
  }, 240_000);

  it("near-miss ids: every reference reported; suggestions within a budget; ids over 200 characters not compared", async () => {
    const problems = await problemsOf("900 references to near-miss ids of 196 characters");
    const unresolved = problems.filter((p) => p.rule === "unresolved-ref");
    expect(unresolved).toHaveLength(900);
    expect(unresolved.filter((p) => /did you mean/.test(p.message)).length).toBeGreaterThan(0);
    const long = await problemsOf("230 references to near-miss ids of 1,000 characters");
    expect(long.filter((p) => p.rule === "unresolved-ref" && /did you mean/.test(p.message))).toEqual([]);
  }, 240_000);

  it("ogp diff of a title of 60,000 emoji: the word diff and the output are bounded", async () => {
    const dir = tempDir();
    files(emojiDiff(60_000).files)(dir);
    const result = await runOgp(["diff", "old.yaml", "new.yaml"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("{+😀😀");
    expect(result.stdout.length).toBeLessThan(5_000);
    expect(result.stdout).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  }, 240_000);
});

// The size limit is chosen so that no file under it takes over 2 s of CPU or 300 MB (README, "Limits
// and speed"; `node bench/hostile.mjs` times these shapes): the memory half is held here, each
// shape run in a 300 MB heap. No time is asserted.
describe.concurrent("every shape just under the size limit runs within a 300 MB heap (README, Limits and speed)", () => {
  for (const shape of nearLimitShapes(LIMITS.maxBytes)) {
    it(shape.name, async () => {
      const dir = tempDir();
      const { files: written, args } = shape.make();
      files(written)(dir);
      const result = await runOgp([...args, "--format", "json"], { cwd: dir, env: { NODE_OPTIONS: "--max-old-space-size=300" } });
      expectNoStackTrace(result);
      expect(result.stderr).not.toMatch(/heap|memory/i);
      expect([0, 1], result.stderr).toContain(result.code);
      const report = JSON.parse(result.stdout) as JsonReport;
      // A shape that is not a clean plan is reported, not passed.
      if (!shape.name.startsWith("valid") && !shape.name.startsWith("StratML")) expect(report.problems.length).toBeGreaterThan(0);
    }, 300_000);
  }
});

describe.concurrent("positions and messages that are wrong today", () => {
  const line = async (name: string) => mainProblem(byName(name), JSON.parse((await run(byName(name))).json.stdout) as JsonReport);

  it("an unclosed quote is reported at its opening quote (2:5), not where the parser gave up", async () => {
    const problem = await line("an unclosed quote");
    expect(`${problem.line}:${problem.column}`).toBe("2:5");
  });
  it("bad indentation is reported at the indented key (line 2 or 3, not 1)", async () => {
    expect([2, 3]).toContain((await line("bad indentation")).line);
  });
  it("an unclosed bracket is reported at the bracket (3:8)", async () => {
    const problem = await line("an unclosed bracket");
    expect(`${problem.line}:${problem.column}`).toBe("3:8");
  });
  it("tab indentation is reported on the tab's line (3:1)", async () => {
    const problem = await line("tab indentation");
    expect(`${problem.line}:${problem.column}`).toBe("3:1");
  });
  it("a duplicate key is reported at its second occurrence (3:1)", async () => {
    const problem = await line("a duplicate key");
    expect(`${problem.line}:${problem.column}`).toBe("3:1");
  });
  it("a second YAML document is reported at its '---' (2:1)", async () => {
    const problem = await line("several YAML documents in one file");
    expect(`${problem.line}:${problem.column}`).toBe("2:1");
  });

  it("10,000 levels of flow nesting are explained as too deep", async () => {
    const problem = await line("10,000 levels of flow nesting");
    expect(problem.message).toMatch(/nest/i);
    expect(problem.message).not.toMatch(/call stack/i);
  });
  it("700 levels of indented block mappings (250 KB, under the 256 KiB limit) are explained as too deep", async () => {
    const problem = await line("700 levels of indented block mappings (250 KB, under the 256 KiB limit)");
    expect(problem.message).toMatch(/nest/i);
    expect(problem.message).not.toMatch(/call stack/i);
  });

  it("a directory named x.yaml, named directly, is not silently passed", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "x.yaml"));
    const result = await runOgp(["lint", "x.yaml"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("x.yaml");
  });
});

describe.concurrent("more hostile input", () => {
  it("one file's load and schema problems are capped at 100, with a count of the rest", async () => {
    const { json } = await run(byName("20,000 wrong-typed list items"));
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.problems).toHaveLength(101);
    expect(report.problems.filter((p) => /more problems in this file not listed/.test(p.message)).map((p) => p.message)).toEqual([
      "19,900 more problems in this file not listed (only the first 100 are): fix these, then lint again",
    ]);
  }, 240_000);

  it("every broken reference of 5,400 is reported, with its hint", async () => {
    const report = JSON.parse((await run(byName("5,400 unresolved references"))).json.stdout) as JsonReport;
    const unresolved = report.problems.filter((p) => p.rule === "unresolved-ref");
    expect(unresolved).toHaveLength(5400);
    expect(unresolved.filter((p) => p.message.includes("nodoc"))[0]?.message).toMatch(/no loaded document 'nodoc\d+'; if it is defined in another file/);
  }, 240_000);

  it("several broken files with one valid plan: every broken file is named, the valid plan still loads", async () => {
    const dir = tempDir({
      "plans/ok.yaml": STRATEGY,
      "plans/dup.yaml": "kind: strategy\nid: s\nid: t\n",
      "plans/empty.yaml": "",
      "plans/list.yaml": "- a\n",
      "plans/binary.yaml": Buffer.from([0, 1, 2, 3]),
      "plans/latin1.yml": Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
      "plans/bomb.yaml": aliasBomb(),
      "plans/ci.yaml": WORKFLOW,
    });
    mkdirSync(path.join(dir, "plans/folder.yaml"));
    const result = await runOgp(["lint", "plans", "--format", "json"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents).toBe(1);
    const named = new Set(report.problems.map((p) => p.file));
    expect([...named].sort()).toEqual(["plans/binary.yaml", "plans/bomb.yaml", "plans/ci.yaml", "plans/dup.yaml", "plans/empty.yaml", "plans/latin1.yml", "plans/list.yaml"]);
  });

  it("a missing path next to a good one is still a usage error (exit 2), with nothing on stdout", async () => {
    const dir = tempDir({ "ok.yaml": STRATEGY });
    const result = await runOgp(["lint", "ok.yaml", "missing.yaml", "--format", "json"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ogp: missing.yaml: no such file or directory\n");
  });

  it("'__proto__' and 'constructor' keys pollute no prototype in-process", () => {
    const project = projectFrom({
      "a.yaml": `${HEAD}__proto__:\n  polluted: yes\n`,
      "b.yaml": `${HEAD.replace("id: s", "id: t")}constructor:\n  prototype:\n    polluted: yes\n`,
      "c.yaml": `${HEAD.replace("id: s", "id: u")}goals:\n  - id: g\n    label: "1"\n    title: x\n    __proto__: { polluted: yes }\n`,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
    const found = project.findings.map((f) => `${f.at.file} ${f.message.split(";")[0]}`);
    expect(found).toEqual(
      expect.arrayContaining(["a.yaml unknown key '__proto__' in a strategy document", "b.yaml unknown key 'constructor' in a strategy document", "c.yaml unknown key '__proto__' in a goal or sub-goal"]),
    );
  });

  it("a 3 GiB file is refused with the size-limit message", async () => {
    const dir = tempDir();
    sparse(dir, "giant.yaml", 3 * 1024 ** 3);
    const result = await runOgp(["lint", "giant.yaml", "--format", "json"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    const [problem] = (JSON.parse(result.stdout) as JsonReport).problems;
    expect(problem).toMatchObject({ file: "giant.yaml", rule: "invalid-file", message: expect.stringMatching(/over the 256 KiB limit/) });
  });

  it("an alias to an undefined anchor: exit 1, invalid-file naming the file", async () => {
    const dir = tempDir({ "typo.yaml": `${HEAD}base: &base { x: 1 }\nuse: *bsae\n` });
    const result = await runOgp(["lint", "typo.yaml", "--format", "json"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).problems).toContainEqual(expect.objectContaining({ file: "typo.yaml", rule: "yaml-syntax" }));
  });

  it("an alias to an undefined anchor is reported as such, at the alias (6:6), not as an alias bomb", async () => {
    const dir = tempDir({ "typo.yaml": `${HEAD}base: &base { x: 1 }\nuse: *bsae\n` });
    const result = await runOgp(["lint", "typo.yaml", "--format", "json"], { cwd: dir });
    const [problem] = (JSON.parse(result.stdout) as JsonReport).problems;
    expect(problem?.message).not.toMatch(/alias bomb|too many/);
    expect(problem?.message).toContain("bsae");
    expect(`${problem?.line}:${problem?.column}`).toBe("6:6");
  });

  it("a list used as a key: exit 1, one problem at the key naming it, not at 1:1", async () => {
    const dir = tempDir({ "complex.yaml": `${HEAD}? [a, b]\n: c\n` });
    const result = await runOgp(["lint", "complex.yaml", "--format", "json"], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).problems).toEqual([expect.objectContaining({ file: "complex.yaml", line: 5, column: 3, rule: "yaml-syntax", message: expect.stringMatching(/^a key that is a list or mapping/) })]);
  });

  it("a mapping used as a key prints no Node.js warning on stderr", async () => {
    const dir = tempDir({ "complex.yaml": `${HEAD}? [a, b]\n: c\n` });
    const result = await runOgp(["lint", "complex.yaml"], { cwd: dir });
    expect(result.stderr).toBe("");
  });

  it("a plan whose goals is a number: \"'goals' must be a list\"", async () => {
    const dir = tempDir({ "g.yaml": `${HEAD}goals: 5\n` });
    const result = await runOgp(["lint", "g.yaml", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).problems[0]?.message).toBe("'goals' must be a list, not number 5");
  });
});
