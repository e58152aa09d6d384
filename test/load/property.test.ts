/**
 * Property-based tests: the shipped plans, mutated at random, never make lint throw, and every problem it reports
 * is well-formed (a known file, a position inside the file, a known severity and rule). Fixed seeds: deterministic.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import { lint, type LintResult } from "../../src/lint/lint.js";
import { RULES } from "../../src/lint/rules.js";
import { loadPlanFile } from "../../src/project/plan-formats.js";
import { assembleProject } from "../../src/project/open.js";
import { ROOT, projectFrom, runOgp, tempDir } from "../helpers.js";

/** The shipped plans, as { "plans/2023/strategy.yaml": text }. */
function shippedPlans(): Record<string, string> {
  const plans: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) plans[path.relative(ROOT, full).split(path.sep).join("/")] = readFileSync(full, "utf8");
    }
  };
  walk(path.join(ROOT, "plans"));
  return plans;
}

const PLANS = shippedPlans();
const NAMES = Object.keys(PLANS);
/** A small strategy loaded next to the mutated file, so that references across documents are resolved too. */
const COMPANION = "plans/2023/strategy.yaml";
const RULE_IDS = new Set(RULES.map((r) => r.id));
const SEVERITIES = new Set(["error", "warning", "info"]);

/** YAML punctuation and other text that breaks plans in interesting ways. */
const PUNCTUATION = [":", "-", "[", "]", "{", "}", "&", "*", "!", '"', "'", "\t", "\n", "#", "|", ">", "?", ",", "%", "@", "`", " ", ": ", "- ", "---\n", "...\n", "&a ", "*a", "!!binary ", "<<: ", "\r\n", "\uFEFF", "\u0000"];

type TextOp =
  | { op: "delete"; at: number; length: number }
  | { op: "insert"; at: number; text: string }
  | { op: "truncate"; at: number }
  | { op: "duplicateLine"; line: number }
  | { op: "swapLines"; a: number; b: number }
  | { op: "deleteLine"; line: number };

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...PUNCTUATION), fc.string({ maxLength: 4 })) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("duplicateLine" as const), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("deleteLine" as const), line: fc.nat() }) },
);

function applyTextOp(text: string, op: TextOp): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (op.op) {
    case "delete":
      return text.slice(0, at(op.at)) + text.slice(at(op.at) + op.length);
    case "insert":
      return text.slice(0, at(op.at)) + op.text + text.slice(at(op.at));
    case "truncate":
      return text.slice(0, at(op.at));
    default: {
      const lines = text.split("\n");
      const pick = (n: number) => n % lines.length;
      if (op.op === "duplicateLine") lines.splice(pick(op.line), 0, lines[pick(op.line)]!);
      else if (op.op === "deleteLine") lines.splice(pick(op.line), 1);
      else [lines[pick(op.a)], lines[pick(op.b)]] = [lines[pick(op.b)]!, lines[pick(op.a)]!];
      return lines.join("\n");
    }
  }
}

type ByteOp = { op: "delete"; at: number } | { op: "insert"; at: number; byte: number } | { op: "set"; at: number; byte: number };

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

function applyByteOp(bytes: Buffer, op: ByteOp): Buffer {
  const at = bytes.length === 0 ? 0 : op.at % bytes.length;
  if (op.op === "delete") return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
  if (op.op === "insert") return Buffer.concat([bytes.subarray(0, at), Buffer.from([op.byte]), bytes.subarray(at)]);
  const copy = Buffer.from(bytes);
  if (copy.length > 0) copy[at] = op.byte;
  return copy;
}

/** Lines in a text as the YAML parser counts them (\n, \r\n and a lone \r end a line). */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Every problem and related place is well-formed; `files` maps each input file to its text (when it has one). */
function checkResult(result: LintResult, files: Record<string, string | undefined>): void {
  const check = (place: { file: string; line: number; column: number; endLine?: number; endColumn?: number }) => {
    expect(Object.keys(files)).toContain(place.file);
    expect(Number.isInteger(place.line) && place.line >= 1, `line ${place.line}`).toBe(true);
    expect(Number.isInteger(place.column) && place.column >= 1, `column ${place.column}`).toBe(true);
    const text = files[place.file];
    if (text !== undefined) expect(place.line).toBeLessThanOrEqual(lineCount(text) + 1);
    if (place.endLine !== undefined) {
      expect(place.endLine).toBeGreaterThanOrEqual(place.line);
      expect(place.endColumn).toBeGreaterThanOrEqual(1);
    }
  };
  for (const problem of result.problems as Problem[]) {
    check(problem);
    expect(SEVERITIES.has(problem.severity), problem.severity).toBe(true);
    expect(RULE_IDS.has(problem.rule), problem.rule).toBe(true);
    expect(typeof problem.message).toBe("string");
    expect(problem.message.length).toBeGreaterThan(0);
    for (const related of problem.related ?? []) check(related);
  }
  expect(result.errorCount + result.warningCount + result.infoCount).toBe(result.problems.length);
}

describe("mutated shipped plans", () => {
  it("finds the shipped plans", () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(5);
    expect(NAMES).toContain(COMPANION);
  });

  it("lint never throws on text mutations, and every problem is well-formed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(textOp, { minLength: 1, maxLength: 6 }), (name, ops) => {
        const mutated = ops.reduce(applyTextOp, PLANS[name]!);
        const files: Record<string, string> = { [name]: mutated };
        if (name !== COMPANION) files[COMPANION] = PLANS[COMPANION]!;
        checkResult(lint(projectFrom(files)), files);
      }),
      { seed: 20240611, numRuns: 200 },
    );
  });

  it("lint never throws when every shipped plan is mutated at once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...NAMES), textOp), { minLength: 1, maxLength: 12 }), (edits) => {
        const files = { ...PLANS };
        for (const [name, op] of edits) files[name] = applyTextOp(files[name]!, op);
        checkResult(lint(projectFrom(files)), files);
      }),
      { seed: 7, numRuns: 25 },
    );
  });

  it("lint never throws on byte mutations read from disk (invalid UTF-8, NUL, BOM fragments), and problems are well-formed", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.array(byteOp, { minLength: 1, maxLength: 4 }), async (name, ops) => {
        const bytes = ops.reduce(applyByteOp, Buffer.from(PLANS[name]!, "utf8"));
        const file = path.join(dir, "mutated.yaml");
        writeFileSync(file, bytes);
        const loaded = await loadPlanFile(file, name);
        const result = lint(assembleProject([loaded]));
        checkResult(result, { [name]: loaded.text ?? new TextDecoder().decode(bytes) });
        if (loaded.text === undefined) {
          // Not decoded: exactly one invalid-file problem explains why.
          expect(result.problems.map((p) => p.rule)).toEqual(["invalid-file"]);
        }
      }),
      { seed: 424242, numRuns: 100 },
    );
  });

  /** Top-level `key: value` lines (never inside a block scalar, whose text is indented), as 0-based line indexes. */
  const topLevelKeyLines = (text: string) =>
    text.split("\n").flatMap((line, i) => (/^[A-Za-z]+: [^>|\s]/.test(line) ? [i] : []));
  const duplicatedKey = fc
    .constantFrom(...NAMES)
    .chain((name) => fc.record({ name: fc.constant(name), index: fc.constantFrom(...topLevelKeyLines(PLANS[name]!)) }));

  it("duplicating a top-level key line gives a yaml-duplicate-key problem in that file", () => {
    fc.assert(
      fc.property(duplicatedKey, ({ name, index }) => {
        const text = applyTextOp(PLANS[name]!, { op: "duplicateLine", line: index });
        const result = lint(projectFrom({ [name]: text }));
        checkResult(result, { [name]: text });
        expect(result.problems.map((p) => `${p.file} ${p.rule}`)).toEqual([`${name} yaml-duplicate-key`]);
      }),
      { seed: 99, numRuns: 30 },
    );
  });

  it("duplicating a top-level key line puts the yaml-duplicate-key problem on the duplicated line", () => {
    fc.assert(
      fc.property(duplicatedKey, ({ name, index }) => {
        const result = lint(projectFrom({ [name]: applyTextOp(PLANS[name]!, { op: "duplicateLine", line: index }) }));
        expect(result.problems[0]).toMatchObject({ rule: "yaml-duplicate-key", line: index + 2, column: 1 });
      }),
      { seed: 99, numRuns: 30 },
    );
  });

  it("the unmutated plans lint without errors (so that the properties above start from valid input)", () => {
    const result = lint(projectFrom(PLANS));
    checkResult(result, PLANS);
    expect(result.errorCount).toBe(0);
  });
});

describe("mutated shipped plans through the built binary", () => {
  it("exits 0, 1 or 2 without a stack trace, and its JSON names only the files given", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
        fc.array(textOp, { minLength: 1, maxLength: 6 }),
        async (names, ops) => {
          const dir = tempDir();
          const written: Record<string, string> = {};
          names.forEach((name, i) => {
            const text = i === 0 ? ops.reduce(applyTextOp, PLANS[name]!) : PLANS[name]!;
            const file = `p${i}-${path.basename(name)}`;
            writeFileSync(path.join(dir, file), text);
            written[file] = text;
          });
          const result = await runOgp(["lint", ".", "--format", "json"], { cwd: dir });
          expect([0, 1, 2]).toContain(result.code);
          expect(result.stdout).not.toContain("    at ");
          expect(result.stderr).not.toContain("    at ");
          expect(result.stderr).not.toContain("internal error");
          if (result.code === 2) {
            expect(result.stderr).toMatch(/^ogp: /);
            return;
          }
          const report = JSON.parse(result.stdout) as { problems: Problem[]; errorCount: number };
          if (result.code === 0) expect(report.errorCount).toBe(0);
          else expect(report.errorCount).toBeGreaterThan(0);
          for (const problem of report.problems) {
            expect(Object.keys(written)).toContain(problem.file);
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.column).toBeGreaterThanOrEqual(1);
            expect(RULE_IDS.has(problem.rule), problem.rule).toBe(true);
          }
        },
      ),
      { seed: 1337, numRuns: 10 },
    );
  });
});
