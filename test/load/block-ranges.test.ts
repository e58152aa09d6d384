import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify, type ToStringOptions } from "yaml";
import type { DocPath } from "../../src/core/problem.js";
import { scanRanges, Unsure } from "../../src/load/block-ranges.js";
import { parseText } from "../../src/load/parse-text.js";
import { YamlSource } from "../../src/load/yaml-source.js";
import type { LoadedFile } from "../../src/load/loaded-file.js";
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
  return parseText({ file: "f.yaml", absolutePath: "f.yaml" }, text);
}

/** Compares the scan's positions with `yaml`'s for every path (and a few that do not exist); returns whether the scan was sure of the file. */
function expectSamePositions(text: string): boolean {
  // The scan serves files the fast path parsed; texts it now leaves to `yaml` (a quoted value or a
  // flow collection over several lines, issue 23) are scanned here all the same, with `yaml`'s data.
  const parsed = loaded(text);
  if (parsed.data === undefined) return false;
  const source = new YamlSource(text);
  const paths = [...pathsOf(parsed.data), [["no-such-key"], false], [[0, "x"], false]] as [DocPath, boolean][];
  const scanned = paths.map(([p, atKey]) => source.scannedPosition(p, atKey));
  if (scanned[0] === undefined) return false;
  const reference = new YamlSource(text);
  const expected = paths.map(([p, atKey]) => reference.parsedPosition(p, atKey));
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
    ["spaces before a key's colon, comments between entries at any indent", "key  : v\n   # indented comment\nnext: 'a' # after a quote\n# col 0\nlast: x\n"],
    ["a value on the next line, more indented", "title:\n    Goal one\n    continued\nother:\n  \"quoted\n  on two lines\"\n"],
    ["lists of lists and of multi-line scalars", "- - a\n  - b\n- plain\n  two lines\n- [x, y]\n- {}\n- []\n"],
    ["a flow mapping over several lines", "a: { ref: s/g1,\n     cite: \"said so\" }\nb: [\n  one,\n  two\n]\n"],
    ["block scalars: folded with more-indented lines, strip with blank lines, CRLF", "a: >\n  para\n    indented\n  back\n\n\nb: |-\r\n  x\r\n\r\n# note\nc: 1\n"],
    ["leading comments and blank lines, a comment after the last entry", "\n# head\n\nkind: strategy  \nid: s\n# tail\n"],
    ["plain scalars with ':' and '#' inside words", "url: http://example.org/a#b\ntime: 12:30\nnote: a#b c\n"],
  ])("%s", (_, text) => {
    expect(expectSamePositions(text)).toBe(true);
  });

  it("is unsure (and leaves the file to yaml) where it does not read as yaml would", () => {
    for (const text of ["a: &x 1\n", "a: |+\n  keep\n\n", "a: |2\n   x\n", "1.0: x\n", "a: [b: c]\n", "---\na: 1\n---\nb: 2\n", "a: 1\n--- b: 2\n", "a: 1\n... b: 2\n", "a: 1\n---"]) {
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
      fc.property(
        data,
        fc.record({
          collectionStyle: fc.constantFrom("any", "block", "flow"),
          indentSeq: fc.boolean(),
          indent: fc.constantFrom(2, 4),
          lineWidth: fc.constantFrom(20, 40, 80),
          defaultStringType: fc.constantFrom("PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
        }),
        // Comments and blank lines where a hand-written file has them: after values, between entries.
        fc.constantFrom(0, 1, 2),
        (value, options, comments) => {
          let yamlText = stringify(value, options as ToStringOptions);
          if (comments === 1) yamlText = yamlText.replace(/^(\s*)(\S.*[^|>\-+\s])$/gm, (line) => (/["']$|^[^"']*$/.test(line) ? `${line}  # note` : line));
          if (comments === 2) yamlText = yamlText.replace(/\n(?=\S)/g, "\n\n# a comment line\n");
          if (expectSamePositions(yamlText)) sure++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(sure).toBeGreaterThan(400);
  });
});
