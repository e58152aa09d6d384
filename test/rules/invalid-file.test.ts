import { truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint/lint.js";
import rule from "../../src/lint/rules/invalid-file.js";
import { LIMITS } from "../../src/load/limits.js";
import { loadPlanFile } from "../../src/project/plan-formats.js";
import { assembleProject } from "../../src/project/open.js";
import { lintFiles, projectFrom, STRATEGY, tempDirsRemovedAfterAll } from "../helpers.js";
import { runRuleOn, testRule } from "../rule-tester.js";

const tempDir = tempDirsRemovedAfterAll();

/** Lints files read from disk (bytes, not text), as `ogp lint` does. */
async function lintDisk(files: Record<string, string | Buffer>) {
  const dir = tempDir(files);
  const loaded = await Promise.all(Object.keys(files).map((name) => loadPlanFile(path.join(dir, name), name)));
  return lint(assembleProject(loaded));
}

const BOMB = [
  "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "",
].join("\n");

describe("invalid-file", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("invalid-file");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("refuses the file: a binary, UTF-16 or too deeply nested file gives no other rule's problems", async () => {
    expect((await lintDisk({ "bin.yaml": Buffer.from([0x00, 0x01, 0x02, 0x03, 0x6b]) })).problems.map((p) => p.rule)).toEqual(["invalid-file"]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("kind: strategy\n", "utf16le")]);
    expect((await lintDisk({ "utf16.yaml": utf16 })).problems.map((p) => p.rule)).toEqual(["invalid-file"]);
    expect(lintFiles({ "deep.yaml": `kind: strategy\nid: s\ntitle: ${"[".repeat(250)}${"]".repeat(250)}\n` }).problems.map((p) => p.rule)).toEqual(["invalid-file"]);
    expect(lintFiles({ "deeper.yaml": `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n` }).problems.map((p) => p.rule)).toEqual(["invalid-file"]);
  });

  it("accepts a UTF-8 file with a byte order mark: no problem of any rule", async () => {
    expect((await lintDisk({ "bom.yaml": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STRATEGY)]) })).problems).toEqual([]);
  });

  it("leaves a directory given as a file to the caller: it is an unreadable path (exit 2), not a plan problem", async () => {
    const dir = tempDir({ "sub/x.yaml": "kind: strategy\n" });
    await expect(loadPlanFile(path.join(dir, "sub"), "sub")).rejects.toThrow("sub: is a directory");
  });

  it("reports nesting too deep for the parser itself on line 1, wherever in the brackets the parser gave up (so not a table case)", () => {
    const files = { "deeper.yaml": `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n` };
    const [problem, ...rest] = runRuleOn(rule, projectFrom(files));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ messageId: "tooDeepToParse", data: { limit: 200 }, file: "deeper.yaml", line: 1 });
  });

  it("reports a file over the size limit without parsing it (a sparse file, so not a table case)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "huge.yaml");
    writeFileSync(file, "");
    truncateSync(file, LIMITS.maxBytes + 1024 * 1024); // sparse: 1.25 MiB of zeros
    expect(runRuleOn(rule, assembleProject([await loadPlanFile(file, "huge.yaml")]))).toEqual([
      { messageId: "tooLarge", data: { size: "1.3 MiB", limit: "256 KiB" }, file: "huge.yaml", line: 1, column: 1, message: "file is 1.3 MiB, over the 256 KiB limit for a plan file; split it (deliverables can have files of their own), or raise the limit with OGP_MAX_FILE_SIZE for files you trust", related: undefined },
    ]);
  });
});

testRule(rule, {
  valid: [
    { name: "a well-formed plan", files: { "s.yaml": STRATEGY } },
    { name: "a UTF-8 file with a byte order mark", files: { "bom.yaml": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STRATEGY)]) } },
  ],
  invalid: [
    {
      name: "a binary file (NUL bytes)",
      files: { "bin.yaml": Buffer.from([0x00, 0x01, 0x02, 0x03, 0x6b]) },
      errors: [{ messageId: "binary", data: {}, line: 1, column: 1, message: "binary file (it contains NUL bytes): not a YAML plan" }],
    },
    {
      name: "a NUL byte anywhere, not only near the start",
      files: { "late.yaml": Buffer.concat([Buffer.from(`${STRATEGY}description: "${"x".repeat(10_000)}"\n`), Buffer.from([0x00]), Buffer.from("\n")]) },
      errors: [{ messageId: "binary", data: {}, line: 1, column: 1 }],
    },
    {
      name: "UTF-16 text",
      files: { "utf16.yaml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("kind: strategy\n", "utf16le")]) },
      errors: [{ messageId: "utf16", data: {}, line: 1, column: 1, message: "UTF-16 text: save the file as UTF-8" }],
    },
    {
      // line 2 is `title: caf\xe9 x`: the bad byte follows 10 characters, so column 11
      name: "invalid UTF-8, at the first bad byte",
      files: { "latin1.yaml": Buffer.concat([Buffer.from("kind: strategy\ntitle: caf"), Buffer.from([0xe9]), Buffer.from(" x\n")]) },
      errors: [{ messageId: "invalidUtf8", data: {}, line: 2, column: 11, message: "invalid UTF-8: plan files must be UTF-8 text" }],
    },
    {
      // `title: “é”` is 10 characters but 15 bytes
      name: "invalid UTF-8: columns count characters, not bytes, before the bad byte",
      files: { "bad.yaml": Buffer.concat([Buffer.from("kind: strategy\ntitle: “é”"), Buffer.from([0xff]), Buffer.from("\n")]) },
      errors: [{ messageId: "invalidUtf8", data: {}, line: 2, column: 11 }],
    },
    {
      name: "an alias bomb",
      files: { "bomb.yaml": BOMB },
      errors: [{ messageId: "aliasBomb", data: { limit: 1000 }, line: 1, column: 1, message: "too many alias expansions (over 1000): this looks like an alias bomb; plans do not need aliases this heavily" }],
    },
    {
      name: "nesting deeper than the limit",
      files: { "deep.yaml": `kind: strategy\nid: s\ntitle: ${"[".repeat(250)}${"]".repeat(250)}\n` },
      errors: [{ messageId: "tooDeep", data: { limit: 200 }, line: 1, column: 1, message: "nesting is deeper than 200 levels: no plan needs this; check for runaway indentation or brackets" }],
    },
  ],
});
