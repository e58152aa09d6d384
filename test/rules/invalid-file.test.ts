import { truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/lint/lint.js";
import rule from "../../src/lint/rules/invalid-file.js";
import { LIMITS, loadFile } from "../../src/load/load-file.js";
import { assembleProject } from "../../src/project/open.js";
import { lintFiles, problemsOf, STRATEGY, tempDir } from "../helpers.js";
import { testRule } from "../rule-tester.js";

/** Lints files read from disk (bytes, not text), as `ogp lint` does. */
async function lintDisk(files: Record<string, string | Buffer>) {
  const dir = tempDir(files);
  const loaded = await Promise.all(Object.keys(files).map((name) => loadFile(path.join(dir, name), name)));
  return lint(assembleProject(loaded));
}

describe("invalid-file", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("invalid-file");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports a binary file (NUL bytes)", async () => {
    const result = await lintDisk({ "bin.yaml": Buffer.from([0x00, 0x01, 0x02, 0x03, 0x6b]) });
    expect(problemsOf(result, "invalid-file")).toEqual(["bin.yaml:1:1 binary file (it contains NUL bytes): not a YAML plan"]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("reports a NUL byte anywhere, not only near the start", async () => {
    const text = `${STRATEGY}description: "${"x".repeat(10_000)}"\n`;
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0x00]), Buffer.from("\n")]);
    const result = await lintDisk({ "late.yaml": bytes });
    expect(problemsOf(result, "invalid-file")).toEqual(["late.yaml:1:1 binary file (it contains NUL bytes): not a YAML plan"]);
  });

  it("reports UTF-16 text", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("kind: strategy\n", "utf16le")]);
    const result = await lintDisk({ "utf16.yaml": utf16 });
    expect(problemsOf(result, "invalid-file")).toEqual(["utf16.yaml:1:1 UTF-16 text: save the file as UTF-8"]);
    expect(result.problems).toHaveLength(1);
  });

  it("reports invalid UTF-8 at the first bad byte", async () => {
    // line 2 is `title: caf\xe9 x`: the bad byte follows 10 characters, so column 11
    const bytes = Buffer.concat([Buffer.from("kind: strategy\ntitle: caf"), Buffer.from([0xe9]), Buffer.from(" x\n")]);
    const result = await lintDisk({ "latin1.yaml": bytes });
    expect(problemsOf(result, "invalid-file")).toEqual(["latin1.yaml:2:11 invalid UTF-8: plan files must be UTF-8 text"]);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("counts columns in characters, not bytes, before the bad byte", async () => {
    // `title: “é”` is 10 characters but 15 bytes
    const bytes = Buffer.concat([Buffer.from("kind: strategy\ntitle: “é”"), Buffer.from([0xff]), Buffer.from("\n")]);
    const result = await lintDisk({ "bad.yaml": bytes });
    expect(problemsOf(result, "invalid-file")).toEqual(["bad.yaml:2:11 invalid UTF-8: plan files must be UTF-8 text"]);
  });

  it("leaves a directory given as a file to the caller: it is an unreadable path (exit 2), not a plan problem", async () => {
    const dir = tempDir({ "sub/x.yaml": "kind: strategy\n" });
    await expect(loadFile(path.join(dir, "sub"), "sub")).rejects.toThrow("sub: is a directory");
  });

  it("reports a file over the size limit without parsing it", async () => {
    const dir = tempDir();
    const file = path.join(dir, "huge.yaml");
    writeFileSync(file, "");
    truncateSync(file, LIMITS.maxBytes + 1024 * 1024); // sparse: 7 MiB of zeros
    const result = lint(assembleProject([await loadFile(file, "huge.yaml")]));
    expect(problemsOf(result, "invalid-file")).toEqual(["huge.yaml:1:1 file is 7.0 MiB, over the 6 MiB limit for a plan file"]);
    expect(result.problems).toHaveLength(1);
  });

  it("reports an alias bomb", () => {
    const bomb = [
      "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "",
    ].join("\n");
    const result = lintFiles({ "bomb.yaml": bomb });
    expect(problemsOf(result, "invalid-file")).toEqual([
      "bomb.yaml:1:1 too many alias expansions (over 1000): this looks like an alias bomb; plans do not need aliases this heavily",
    ]);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("reports nesting deeper than the limit", () => {
    const deep = `kind: strategy\nid: s\ntitle: ${"[".repeat(250)}${"]".repeat(250)}\n`;
    const result = lintFiles({ "deep.yaml": deep });
    expect(problemsOf(result, "invalid-file")).toEqual([
      "deep.yaml:1:1 nesting is deeper than 200 levels: no plan needs this; check for runaway indentation or brackets",
    ]);
    // the file is refused before validation: no schema problem on top
    expect(result.problems.map((p) => p.rule)).toEqual(["invalid-file"]);
  });

  it("reports nesting too deep for the parser itself", () => {
    const result = lintFiles({ "deeper.yaml": `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n` });
    const found = result.problems.filter((p) => p.rule === "invalid-file");
    expect(found.map((p) => p.message)).toEqual([
      "nesting is too deep to parse: no plan needs more than 200 levels; check for runaway indentation or brackets",
    ]);
    expect(found[0]!.line).toBe(1); // somewhere inside the brackets, where the parser gave up
    expect(found[0]!.severity).toBe("error");
    expect(result.problems.map((p) => p.rule)).toEqual(["invalid-file"]);
  });

  it("accepts a UTF-8 file with a byte order mark", async () => {
    const result = await lintDisk({ "bom.yaml": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STRATEGY)]) });
    expect(problemsOf(result, "invalid-file")).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("reports nothing for a well-formed plan", () => {
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY }), "invalid-file")).toEqual([]);
  });
});

testRule(rule, {
  valid: [{ name: "a well-formed plan", files: { "s.yaml": STRATEGY } }],
  invalid: [
    {
      name: "an alias bomb",
      files: { "bomb.yaml": "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n" },
      errors: [{ messageId: "aliasBomb", data: { limit: 1000 }, line: 1, column: 1 }],
    },
    {
      name: "nesting deeper than the limit",
      files: { "deep.yaml": `kind: strategy\nid: s\ntitle: ${"[".repeat(250)}${"]".repeat(250)}\n` },
      errors: [{ messageId: "tooDeep", data: { limit: 200 }, line: 1, column: 1 }],
    },
  ],
});
