import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import type { LintResult } from "../../src/lint/lint.js";
import type { FormatContext } from "../../src/formatters/formatter.js";
import { LINT_FORMATS } from "../../src/formatters/lint-formats.js";
import { formatLintJson } from "../../src/formatters/lint-json.js";
import { formatStylish } from "../../src/formatters/lint-stylish.js";

const problem = (over: Partial<Problem>): Problem => ({ file: "plans/s.yaml", line: 1, column: 1, severity: "error", rule: "schema", messageId: "m", message: "msg", ...over });

const RESULT: LintResult = {
  problems: [
    problem({ line: 4, column: 9, severity: "error", rule: "schema", message: "'status' is wrong" }),
    problem({ line: 12, column: 16, severity: "warning", rule: "label-sequence", message: "goal 4 skips label '3'" }),
    problem({ file: "plans/w.yaml", line: 7, column: 3, severity: "info", rule: "uncited-link", message: "'advances' link to 's/g1' cites no source" }),
  ],
  errorCount: 1,
  warningCount: 1,
  infoCount: 1,
  documents: 2,
  nodes: 9,
  files: ["plans/s.yaml", "plans/w.yaml"],
};

const context = (colors: boolean): FormatContext => ({ rules: new Map(), colors: new Chalk({ level: colors ? 1 : 0 }), cwd: "/", version: "0.0.0", width: 80 });

// ANSI codes as chalk level 1 writes them
const RED = "\u001b[31m", YELLOW = "\u001b[33m", BLUE = "\u001b[34m", DIM = "\u001b[2m", UNDERLINE = "\u001b[4m", BOLD = "\u001b[1m";

describe("stylish", () => {
  it("lays out files, problems and the summary, counting info (colour off)", () => {
    expect(formatStylish(RESULT, context(false))).toBe(`plans/s.yaml
  4:9    error    'status' is wrong  schema
  12:16  warning  goal 4 skips label '3'  label-sequence

plans/w.yaml
  7:3  info  'advances' link to 's/g1' cites no source  uncited-link

✖ 3 problems (1 error, 1 warning, 1 info) in 2 documents, 9 nodes
`);
  });

  it("colours each severity its own way, the file underlined, positions and rule ids dimmed, the summary red with errors", () => {
    const text = formatStylish(RESULT, context(true));
    expect(text).toContain(`${UNDERLINE}plans/s.yaml`);
    expect(text).toContain(`${RED}error  `);
    expect(text).toContain(`${YELLOW}warning`);
    expect(text).toContain(`${BLUE}info`);
    expect(text).toContain(`${DIM}4:9  `);
    expect(text).toContain(`${DIM}schema`);
    expect(text).toContain(`${RED}${BOLD}✖ 3 problems (1 error, 1 warning, 1 info) in 2 documents, 9 nodes`);
  });

  it("makes the summary yellow when there are only warnings, and leaves out a zero info count", () => {
    const warningsOnly: LintResult = { ...RESULT, problems: [RESULT.problems[1]!], errorCount: 0, infoCount: 0 };
    const text = formatStylish(warningsOnly, context(true));
    expect(text).toContain(`${YELLOW}${BOLD}✖ 1 problem (0 errors, 1 warning) in 2 documents, 9 nodes`);
    expect(text).not.toContain(RED);
  });

  it("prints nothing at all when there is nothing to report", () => {
    expect(formatStylish({ ...RESULT, problems: [], errorCount: 0, warningCount: 0, infoCount: 0 }, context(true))).toBe("");
  });
});

describe("json", () => {
  it("writes the contract's keys, each problem with its messageId, and no colour", () => {
    const parsed = JSON.parse(formatLintJson(RESULT, context(true)));
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "problems", "errorCount", "warningCount", "infoCount", "documents", "nodes"]);
    expect(parsed.problems[0]).toEqual({ file: "plans/s.yaml", line: 4, column: 9, severity: "error", rule: "schema", messageId: "m", message: "'status' is wrong" });
    expect(parsed.infoCount).toBe(1);
    expect(formatLintJson(RESULT, context(true))).not.toContain("\u001b");
  });
});

describe("the lint format registry", () => {
  it("loads stylish and json by name", async () => {
    expect(await LINT_FORMATS.stylish()).toBe(formatStylish);
    expect(await LINT_FORMATS.json()).toBe(formatLintJson);
  });
});

describe("text from plan files in human-readable output", () => {
  const hostile = "\u001b]0;pwned\u0007\u001b[2J";
  it("shows control characters escaped in stylish, colour off or on, file names included", () => {
    const result: LintResult = { ...RESULT, problems: [problem({ file: `plans/${hostile}.yaml`, message: `unknown key '${hostile}'` })], errorCount: 1, warningCount: 0, infoCount: 0 };
    for (const colors of [false, true]) {
      const text = formatStylish(result, context(colors));
      expect(text).toContain("unknown key '\\e]0;pwned\\a\\e[2J'");
      expect(text).toContain("plans/\\e]0;pwned\\a\\e[2J.yaml");
      expect(text).not.toContain("\u0007");
      if (!colors) expect(text).not.toContain("\u001b");
    }
  });

  it("names invisible characters (a zero-width space, a BOM) by code point", async () => {
    const { printable } = await import("../../src/core/printable.js");
    expect(printable("title\u200b")).toBe("title\\u{200B}");
    expect(printable("\ufeffid")).toBe("\\u{FEFF}id");
    expect(printable("line one\nline two", { keepNewlines: true })).toBe("line one\nline two");
    expect(printable("tab\there")).toBe("tab\\there");
    expect(printable("plain text, é ü 中文 …")).toBe("plain text, é ü 中文 …");
  });
});

describe("stylish code frames", () => {
  const syntax: LintResult = {
    ...RESULT,
    problems: [problem({ line: 2, column: 8, rule: "yaml-syntax", message: "the value of 'title' holds ': '" }), problem({ line: 3, column: 1, rule: "schema", message: "other" })],
    errorCount: 2, warningCount: 0, infoCount: 0,
  };
  const lines: Record<number, string> = { 2: "title: a: b", 3: "status: x" };
  const withSource = (colors: boolean): FormatContext => ({
    ...context(colors),
    rules: new Map([["yaml-syntax", { id: "yaml-syntax", defaultSeverity: "error", description: "d", codeFrame: true }]]),
    sourceLine: (_file, line) => lines[line],
  });

  it("quotes the source line with a caret under the column, for rules that ask for a frame only", () => {
    expect(formatStylish(syntax, withSource(false))).toBe(`plans/s.yaml
  2:8  error  the value of 'title' holds ': '  yaml-syntax
    | title: a: b
    |        ^
  3:1  error  other  schema

✖ 2 problems (2 errors, 0 warnings) in 2 documents, 9 nodes
`);
  });

  it("keeps the caret under the column when the line holds escaped characters", () => {
    lines[2] = "\u001b[2Jtitle: a: b";
    const text = formatStylish({ ...syntax, problems: [problem({ line: 2, column: 12, rule: "yaml-syntax", message: "m" })] }, withSource(false));
    expect(text).toContain(`    | \\e[2Jtitle: a: b\n    | ${" ".repeat(12)}^\n`);
  });

  it("prints no frame where the source is not at hand", () => {
    expect(formatStylish(syntax, { ...withSource(false), sourceLine: undefined })).not.toContain("|");
  });
});

describe("the lint JSON contract (schemas/lint-report.schema.json)", () => {
  it("is met by the json format's output, related places included, and describes every property", async () => {
    const { readFileSync } = await import("node:fs");
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const schema = JSON.parse(readFileSync(new URL("../../schemas/lint-report.schema.json", import.meta.url), "utf8"));
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const withRelated: LintResult = { ...RESULT, problems: [problem({ line: 9, column: 9, endLine: 9, endColumn: 11, related: [{ file: "plans/s.yaml", line: 8, column: 13, message: "first defined here" }] })] };
    for (const result of [RESULT, withRelated]) {
      const output = JSON.parse(formatLintJson(result, context(false)));
      expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ ...JSON.parse(formatLintJson(RESULT, context(false))), extra: 1 })).toBe(false);
    const undescribed: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== "object") return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [name, definition] of Object.entries(properties)) if (typeof definition.description !== "string") undescribed.push(`${where}/${name}`);
      for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
    };
    walk(schema, "");
    expect(undescribed).toEqual([]);
  });
});
