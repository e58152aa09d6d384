import { UsageError } from "../../src/core/errors.js";
import { closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/load/limits.js";
import type { LoadedFile } from "../../src/load/loaded-file.js";
import { parseText } from "../../src/load/parse-text.js";
import { YamlSource } from "../../src/load/yaml-source.js";
import { loadPlanFile as loadFile } from "../../src/project/plan-formats.js";
import { STRATEGY, projectFrom, tempDir } from "../helpers.js";

const HEAD = "kind: strategy\nid: s\ntitle: T\nstatus: approved\n";

function parse(text: string, file = "x.yaml"): LoadedFile {
  return parseText({ file, absolutePath: file }, text);
}

/** The findings as "rule line:column", for compact assertions. */
function where(loaded: LoadedFile): string[] {
  return loaded.findings.map((f) => `${f.rule} ${f.at.position?.line}:${f.at.position?.column}`);
}

/** A file of `size` bytes that takes no disk space (a sparse file). */
function sparseFile(dir: string, name: string, size: number): string {
  const file = path.join(dir, name);
  const fd = openSync(file, "w");
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

function aliasBomb(levels: number, width: number): string {
  const names = "abcdefghijklmnopqrstuvwxyz";
  const lines = [`  ${names[0]}: &${names[0]} [${Array(width).fill('"lol"').join(", ")}]`];
  for (let i = 1; i < levels; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(width).fill(`*${names[i - 1]}`).join(", ")}]`);
  return `${HEAD}bomb:\n${lines.join("\n")}\n`;
}

describe("parseText", () => {
  it("parses a valid plan into data, the data `yaml` reads in it", () => {
    const loaded = parse(STRATEGY);
    expect(loaded.findings).toEqual([]);
    expect(loaded.text).toBe(STRATEGY);
    expect(new YamlSource(STRATEGY).document().document.toJS()).toEqual(loaded.data);
    expect(loaded.data).toMatchObject({ kind: "strategy", id: "s", goals: [{ id: "g1" }, { id: "g2" }] });
  });

  it("reads YAML 1.2: dates, 'no' and 'on' stay strings", () => {
    expect(parse("a: 2020-01-01\nb: no\nc: on\nd: 0o17\n").data).toEqual({ a: "2020-01-01", b: "no", c: "on", d: 15 });
  });

  it("parses CRLF text like LF text", () => {
    const loaded = parse(STRATEGY.replace(/\n/g, "\r\n"));
    expect(loaded.findings).toEqual([]);
    expect(loaded.data).toEqual(parse(STRATEGY).data);
  });

  it.each([
    ["an empty file", ""],
    ["only whitespace", "  \n\n   \n"],
    ["only comments", "# a comment\n   # another\n"],
  ])("calls %s empty (not-a-plan), with no data", (_name, text) => {
    const loaded = parse(text);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: "not-a-plan", message: expect.stringMatching(/^empty file/), at: { file: "x.yaml" } });
    expect(loaded.data).toBeUndefined();
  });

  it("loads a top-level list or scalar as data (validation says it is not a plan)", () => {
    expect(parse("- a\n- b\n")).toMatchObject({ findings: [], data: ["a", "b"] });
    expect(parse("just words\n")).toMatchObject({ findings: [], data: "just words" });
    expect(parse("~\n")).toMatchObject({ findings: [], data: null });
    expect(parse("---\n")).toMatchObject({ findings: [], data: null });
  });

  it("reports a duplicate key as yaml-duplicate-key and keeps no data", () => {
    const loaded = parse("kind: strategy\nid: s\nid: t\n");
    expect(loaded.findings).toEqual([
      expect.objectContaining({ rule: "yaml-duplicate-key", message: expect.stringMatching(/^duplicate key/) }),
    ]);
    expect(loaded.data).toBeUndefined();
  });

  it.each([
    ["an unclosed quote", 'kind: strategy\nid: "s\ntitle: x\n'],
    ["bad indentation", "kind: strategy\nid: s\n  title: x\nstatus: draft\n"],
    ["an unclosed bracket", "kind: strategy\nid: s\ngoals: [a, b\nstatus: draft\n"],
    ["an unclosed brace", "kind: strategy\nperiod: { start: 2020\n"],
    ["a stray colon", "kind: strategy\nid: s: t\n"],
  ])("reports %s as yaml-syntax with a one-line message and no code frame", (_name, text) => {
    const loaded = parse(text);
    expect(loaded.findings.length).toBeGreaterThan(0);
    for (const finding of loaded.findings) {
      expect(finding.rule).toBe("yaml-syntax");
      expect(finding.message).toMatch(/^\S/);
      expect(finding.message).not.toContain("\n");
      expect(finding.message).not.toMatch(/at line \d+/);
      expect(finding.at.file).toBe("x.yaml");
    }
    expect(loaded.data).toBeUndefined();
  });

  it("explains tab indentation", () => {
    const loaded = parse("kind: strategy\nperiod:\n\tstart: '2020'\n");
    expect(loaded.findings.map((f) => f.message)).toEqual(["a tab indents 'start': YAML indents with spaces only; replace the tab with 2 spaces, under 'period' above"]);
  });

  it("explains several documents in one file", () => {
    const loaded = parse("kind: strategy\n---\nkind: workplan\n");
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: "yaml-syntax", message: expect.stringMatching(/several YAML documents/) })]);
  });

  describe("positions of YAML errors", () => {
    it("puts a duplicate key at the second occurrence", () => {
      expect(where(parse("kind: strategy\nid: s\nid: t\n"))).toEqual(["yaml-duplicate-key 3:1"]);
    });
    it("puts a tab at the line it indents", () => {
      expect(where(parse("kind: strategy\nperiod:\n\tstart: '2020'\n"))[0]).toBe("yaml-syntax 3:1");
    });
    it("puts a second document at its '---'", () => {
      expect(where(parse("kind: strategy\n---\nkind: workplan\n"))).toEqual(["yaml-syntax 2:1"]);
    });
    it("puts an unclosed quote after the line that opens it", () => {
      const [finding] = parse('kind: strategy\nid: "s\ntitle: x\n').findings;
      expect(finding?.at.position?.line).toBeGreaterThanOrEqual(2);
    });
    it("puts a duplicate key in a CRLF file at its line", () => {
      expect(where(parse("kind: strategy\r\nid: s\r\nid: t\r\n"))).toEqual(["yaml-duplicate-key 3:1"]);
    });
  });

  it("accepts a few aliases and expands them", () => {
    const loaded = parse(`${HEAD}x: &a [1, 2]\ny: [*a, *a]\n`);
    expect(loaded.findings).toEqual([]);
    expect(loaded.data).toMatchObject({ y: [[1, 2], [1, 2]] });
  });

  it("refuses a billion-laughs alias bomb (9 levels of 9) as invalid-file, quickly and without data", () => {
    const loaded = parse(aliasBomb(9, 9));
    expect(loaded.findings).toEqual([
      expect.objectContaining({ rule: "invalid-file", message: expect.stringMatching(/too many alias expansions \(over 1000\)/) }),
    ]);
    expect(loaded.data).toBeUndefined();
  });

  it("accepts aliases up to the limit", () => {
    // 3 levels of 9: 9 + 81 + ... well under 1000 expansions.
    expect(parse(aliasBomb(3, 9)).findings).toEqual([]);
  });

  it("reports an alias to an undefined anchor as such, not as an alias bomb", () => {
    const [finding] = parse(`${HEAD}x: *nope\n`).findings;
    expect(finding?.message).not.toMatch(/alias bomb|too many/);
    expect(finding?.message).toContain("nope");
  });

  it("reports a self-referencing alias without hanging", () => {
    const loaded = parse(`${HEAD}x: &a [*a]\n`);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ rule: "yaml-syntax", messageId: "aliasInItself", data: { name: "a" } });
    expect(loaded.data).toBeUndefined();
  });

  it(`accepts nesting ${LIMITS.maxDepth} levels deep and refuses one more`, () => {
    const nest = (depth: number) => `${HEAD}x: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
    expect(parse(nest(LIMITS.maxDepth)).findings).toEqual([]);
    const refused = parse(nest(LIMITS.maxDepth + 1));
    expect(refused.findings).toEqual([expect.objectContaining({ rule: "invalid-file", message: expect.stringMatching(/^nesting is deeper than 200 levels/) })]);
    expect(refused.data).toBeUndefined();
  });

  it("refuses 500 levels of indented block mappings as too deep", () => {
    let text = `${HEAD}x:\n`;
    for (let i = 1; i <= 500; i++) text += `${" ".repeat(i)}k:\n`;
    expect(parse(text).findings).toEqual([expect.objectContaining({ rule: "invalid-file", message: expect.stringMatching(/nesting is deeper/) })]);
  });

  it("does not throw on 10,000 levels of flow nesting", () => {
    const loaded = parse(`${HEAD}x: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    // How the parser gives up depends on the stack space left, so only the outcome is fixed: refused, no data.
    expect(loaded.findings.length).toBeGreaterThan(0);
    for (const finding of loaded.findings) expect(["yaml-syntax", "invalid-file"]).toContain(finding.rule);
    expect(loaded.data).toBeUndefined();
  });

  it("explains 10,000 levels of flow nesting as too deep, not as a call stack overflow", () => {
    const [finding] = parse(`${HEAD}x: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`).findings;
    expect(finding?.message).toMatch(/nest/i);
    expect(finding?.message).not.toMatch(/call stack/i);
  });

  it("keeps '__proto__' and 'constructor' as plain keys and pollutes no prototype", () => {
    const loaded = parse(`${HEAD}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted2: yes\n`);
    expect(loaded.findings).toEqual([]);
    const data = loaded.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, "__proto__")).toBe(true);
    expect(Object.keys(data)).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports '__proto__' and 'constructor' as unknown keys through validation, without pollution", () => {
    const project = projectFrom({ "p.yaml": `${HEAD}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n` });
    const messages = project.findings.map((f) => f.message);
    expect(messages.some((m) => m.startsWith("unknown key '__proto__' in a strategy document"))).toBe(true);
    expect(messages.some((m) => m.startsWith("unknown key 'constructor' in a strategy document"))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("loadFile", () => {
  it("loads a plan file", async () => {
    const dir = tempDir({ "s.yaml": STRATEGY });
    const loaded = await loadFile(path.join(dir, "s.yaml"), "s.yaml");
    expect(loaded).toMatchObject({ file: "s.yaml", absolutePath: path.join(dir, "s.yaml"), findings: [], data: { kind: "strategy" } });
  });

  it("loads a plan with a UTF-8 BOM and CRLF line ends", async () => {
    const dir = tempDir({ "s.yaml": `\uFEFF${STRATEGY.replace(/\n/g, "\r\n")}` });
    const loaded = await loadFile(path.join(dir, "s.yaml"), "s.yaml");
    expect(loaded.findings).toEqual([]);
    expect(loaded.text?.startsWith("kind: strategy\r\n")).toBe(true);
    expect(loaded.data).toEqual(parse(STRATEGY).data);
  });

  it("refuses a binary file (NUL bytes) at 1:1", async () => {
    const dir = tempDir({ "b.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) });
    const loaded = await loadFile(path.join(dir, "b.yaml"), "b.yaml");
    expect(where(loaded)).toEqual(["invalid-file 1:1"]);
    expect(loaded.findings[0]?.message).toMatch(/binary file/);
    expect(loaded.data).toBeUndefined();
  });

  it("refuses invalid UTF-8 at the line and column of the first bad byte", async () => {
    const dir = tempDir({ "u.yaml": Buffer.concat([Buffer.from("kind: strategy\nid: s\ntitle: caf"), Buffer.from([0xe9]), Buffer.from("\n")]) });
    const loaded = await loadFile(path.join(dir, "u.yaml"), "u.yaml");
    expect(where(loaded)).toEqual(["invalid-file 3:11"]);
    expect(loaded.findings[0]?.message).toMatch(/invalid UTF-8/);
  });

  it("counts lines of a BOM and CRLF file correctly for invalid UTF-8", async () => {
    const dir = tempDir({ "u.yaml": Buffer.concat([Buffer.from("\uFEFFkind: strategy\r\nid: s\r\ntitle: caf"), Buffer.from([0xe9]), Buffer.from("\r\n")]) });
    expect(where(await loadFile(path.join(dir, "u.yaml"), "u.yaml"))).toEqual(["invalid-file 3:11"]);
  });

  it("reports a directory as invalid-file", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "x.yaml"));
    await expect(loadFile(path.join(dir, "x.yaml"), "x.yaml")).rejects.toThrow(new UsageError("x.yaml: is a directory"));
  });

  it("treats a file that cannot be read (here: it disappeared) as an unreadable path, a usage error saying why", async () => {
    const dir = tempDir();
    await expect(loadFile(path.join(dir, "gone.yaml"), "gone.yaml")).rejects.toThrow(new UsageError("gone.yaml: no such file or directory"));
  });

  it("refuses a file over the size limit", async () => {
    const dir = tempDir();
    const file = sparseFile(dir, "huge.yaml", LIMITS.maxBytes + 1024 * 1024);
    const loaded = await loadFile(file, "huge.yaml");
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: "invalid-file", message: "file is 1.3 MiB, over the 256 KiB limit for a plan file; split it (deliverables can have files of their own), or raise the limit with OGP_MAX_FILE_SIZE for files you trust" })]);
  });

  it("refuses a 3 GiB file with the size-limit message", async () => {
    const dir = tempDir();
    const file = sparseFile(dir, "giant.yaml", 3 * 1024 ** 3);
    const loaded = await loadFile(file, "giant.yaml");
    expect(loaded.findings[0]?.message).toMatch(/over the 256 KiB limit/);
  });

  it("writes the display name, not the absolute path, into findings", async () => {
    const dir = tempDir({ "sub/d.yaml": "a: [\n" });
    const loaded = await loadFile(path.join(dir, "sub/d.yaml"), "sub/d.yaml");
    expect(loaded.findings.length).toBeGreaterThan(0);
    for (const finding of loaded.findings) expect(finding.at.file).toBe("sub/d.yaml");
  });

  it("loads an empty file as an empty-file finding", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "e.yaml"), "");
    const loaded = await loadFile(path.join(dir, "e.yaml"), "e.yaml");
    expect(loaded.findings).toEqual([expect.objectContaining({ rule: "not-a-plan", message: expect.stringMatching(/^empty file/) })]);
  });
});
