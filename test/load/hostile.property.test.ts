/**
 * Hostile shapes, generated (issue 23): a plan with one piece of YAML repeated thousands of times
 * (the shapes that cost quadratic time, deep recursion or one error per character in naive code),
 * at a value, at a line's start or inside a list. Lint never throws, every problem is placed in
 * the file, and a file's problems stay bounded (one finding where the file is refused, never one
 * per repetition). No timing is asserted: the test's own timeout is the bound, and
 * `node bench/hostile.mjs` measures the shapes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_FILE } from "../../src/project/open.js";
import { lintFiles } from "../helpers.js";

const HEAD = "kind: strategy\nid: s\ntitle: T\nstatus: approved\n";

/** Pieces that cost something per repetition in some parser or check. `$` is replaced by the repetition's number. */
const PIECES = ["[", "{", '"', "'", "- ", "? ", ": ", "[a, ", "{a: ", '"x" ', "&a$ v$, ", "*a$ ", "&a ", "*a ", "!t ", "<<: *b\n  ", "- &g$ { id: g$ }\n  - *g$\n  ", "- id: g$x\n    label: x\n  ", "#", "\\", "]", "}", ",", "\n  - - "];

const shape = fc.record({
  piece: fc.constantFrom(...PIECES),
  count: fc.integer({ min: 2_000, max: 30_000 }),
  where: fc.constantFrom("goals: ", "goals:\n  ", "goals:\n  - ", "%YAML 1.1\n---\nbase: &b { k: 1 }\ngoals:\n  "),
  tail: fc.constantFrom("", "x\n", "\nkey: 1\n", "]\n", '"\n'),
});

describe("generated hostile shapes", () => {
  it("never throw, and keep a file's problems bounded", () => {
    fc.assert(
      fc.property(shape, ({ piece, count, where, tail }) => {
        let body = "";
        for (let i = 0; i < count && body.length < 200_000; i++) body += piece.replaceAll("$", String(i));
        const text = where.startsWith("%") ? `${where}${body}${tail}`.replace("---\n", `---\n${HEAD}`) : `${HEAD}${where}${body}${tail}`;
        const result = lintFiles({ "x.yaml": text });
        const lines = text.split("\n").length;
        const own = result.problems.filter((p) => p.file === "x.yaml");
        // The file's load and schema problems are capped; rule problems need a graph, which a refused file has none of.
        expect(own.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1 + 2 * count);
        expect(own.filter((p) => p.rule === "yaml-syntax" || p.rule === "invalid-file" || p.rule === "yaml-duplicate-key").length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
        for (const problem of own) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.message).not.toMatch(/call stack|internal error/i);
        }
      }),
      { numRuns: 40, seed: 23 },
    );
  }, 240_000);
});
