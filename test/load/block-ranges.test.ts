import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { DocPath } from "../../src/core/problem.js";
import { scanRanges, Unsure } from "../../src/load/block-ranges.js";
import { parseText, scannedPosition, yamlPosition } from "../../src/load/parse-text.js";
import type { LoadedFile } from "../../src/load/load-file.js";
import { ROOT, tempDir } from "../helpers.js";

// The scan of a file's text must place every node exactly where `yaml` does: a finding's
// position may come from either, and the output must not depend on which.

// A bug of the scan (an error other than Unsure) falls back to `yaml` in use; here it must fail the test.
process.env.OGP_STRICT_SCAN = "1";

/** Every path of the data (and, for mapping entries, the key as well). */
function pathsOf(data: unknown, prefix: DocPath = []): [DocPath, boolean][] {
  const out: [DocPath, boolean][] = [[prefix, false]];
  if (Array.isArray(data)) data.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) out.push([[...prefix, key], true], ...pathsOf(value, [...prefix, key]));
  }
  return out;
}

function loaded(text: string): LoadedFile {
  return parseText({ file: "f.yaml", absolutePath: "f.yaml", findings: [] }, text);
}

/** Compares the scan's positions with `yaml`'s for every path (and a few that do not exist); returns whether the scan was sure of the file. */
function expectSamePositions(text: string): boolean {
  const file = loaded(text);
  if (file.data === undefined || file.document) return false; // not a fast-path file
  const paths = [...pathsOf(file.data), [["no-such-key"], false], [[0, "x"], false]] as [DocPath, boolean][];
  const scanned = paths.map(([p, atKey]) => scannedPosition(file, p, atKey));
  if (scanned[0] === undefined) return false;
  const reference = loaded(text);
  const expected = paths.map(([p, atKey]) => yamlPosition(reference, p, atKey));
  expect(scanned).toEqual(expected);
  return true;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : yamlFilesUnder(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

describe("positions from the scan of the text, against yaml's", () => {
  it.each(yamlFilesUnder(path.join(ROOT, "plans")).map((f) => path.relative(ROOT, f)))("%s: every node and key where yaml places it, and the scan is sure of it", (file) => {
    expect(expectSamePositions(readFileSync(path.join(ROOT, file), "utf8"))).toBe(true);
  });

  it("places every node of the bench's generated plans where yaml does (a workplan with schema problems too)", async () => {
    const { generateCorpus } = await import("../../bench/generate.mjs");
    const dir = tempDir();
    generateCorpus(dir, { deliverables: 120, perFile: 60, flaw: "problems" });
    const files = yamlFilesUnder(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(expectSamePositions(readFileSync(file, "utf8")), file).toBe(true);
  });

  it.each([
    ["block scalars, folded and literal, with blank lines", "a: |\n  line one\n  line two\n\nb: >-\n  x\n  y\n# c\nc: 1\n"],
    ["multi-line plain and quoted scalars, comments", "c: plain   # note\nd: more\n  lines\n  here  \ne: 'q\n  r'  \nf: \"x \\\" y\"\n"],
    ["flow collections", "e: [x, {k: v, 'q': \"w\"}, [1, 2]]\nf: { ref: a/b, cite: 'it''s' }\n"],
    ["empty values, compact lists, nested lists", "f:\ng:\n- 1\n-   2\nh:\n  - - a\n    - b\n  - c: 1\n    d:\n"],
    ["a leading document marker, CRLF line ends and a BOM", "\ufeff---\r\nkind: strategy\r\ngoals:\r\n  - id: g1\r\n    title: T\r\n"],
  ])("%s", (_, text) => {
    expect(expectSamePositions(text)).toBe(true);
  });

  it("is unsure (and leaves the file to yaml) where it does not read as yaml would", () => {
    for (const text of ["a: &x 1\n", "a: |+\n  keep\n\n", "a: |2\n   x\n", "1.0: x\n", "a: [b: c]\n", "---\na: 1\n---\nb: 2\n"]) {
      expect(() => scanRanges(text), text).toThrow(Unsure);
    }
  });

  it("property: any data yaml writes (block and flow styles), scanned as yaml places it", () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9 _-]{0,8}$/).filter((k) => k.trim() === k);
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.lorem({ maxCount: 12 }), fc.constantFrom("multi\nline\n", "a: b", "#x", "- y", "'q'", ""));
    const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    const data = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("list"), tie("map")),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    })).map;
    let sure = 0;
    fc.assert(
      fc.property(data, fc.constantFrom(0, 1, 2), (value, style) => {
        const yamlText = stringify(value, style === 2 ? { collectionStyle: "flow" } : { indentSeq: style === 0, lineWidth: 40 });
        if (expectSamePositions(yamlText)) sure++;
      }),
      { numRuns: 400 },
    );
    expect(sure).toBeGreaterThan(200);
  });
});
