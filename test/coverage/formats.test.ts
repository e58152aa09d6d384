import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { ROOT, runOgp } from "../helpers.js";

// Every format of `ogp coverage` on the shipped plans, through the built binary, against golden
// files; the JSON output against its published schema.

const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/coverage-output.schema.json"), "utf8")) as Record<string, unknown>;
const validate = new Ajv2020.default({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const withoutVersion = (json: string) => json.replace(/"version": "[^"]*"/, '"version": "<version>"');

describe("ogp coverage formats (golden)", () => {
  it.each([
    ["table", "coverage-shipped.table.txt", []],
    ["table", "coverage-shipped-by-deliverable.table.txt", ["--workplan", "ogp-workplan-2023", "--by", "deliverable"]],
    ["table", "coverage-draft-depth2.table.txt", ["--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2023-draft", "--depth", "2"]],
    ["table", "coverage-indicators-2015.table.txt", ["--of", "indicators", "--strategy", "ogp-strategy-2015"]],
    ["markdown", "coverage-shipped.md", []],
    ["markdown", "coverage-draft-depth2.md", ["--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2023-draft", "--depth", "2"]],
    ["csv", "coverage-shipped.csv", []],
    ["json", "coverage-shipped.json", []],
  ] as const)("--format %s -> %s", async (format, golden, extra) => {
    const { code, stdout, stderr } = await runOgp(["coverage", "plans", "--format", format, ...extra], { env: { COLUMNS: "80" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expectGolden(golden, format === "json" ? withoutVersion(stdout) : stdout);
  });

  it("a table narrower than the matrix falls back to one line per goal", async () => {
    const { stdout } = await runOgp(["coverage", "plans", "--workplan", "ogp-workplan-2023"], { env: { COLUMNS: "50" } });
    expect(stdout).not.toContain("┌");
    expect(stdout).toContain("3     Protect and expand civic space.  covered by\n  3, 4, 7 (direct: 3, 4, 7)");
  });

  it("every line of every terminal view fits COLUMNS", async () => {
    for (const args of [[], ["--by", "deliverable"], ["--of", "indicators"], ["--depth", "2"]]) {
      for (const width of [100, 60]) {
        const { stdout } = await runOgp(["coverage", "plans", ...args], { env: { COLUMNS: String(width) } });
        const over = stdout.split("\n").filter((line) => [...line].length > width);
        expect(over, `${args.join(" ")} at ${width}`).toEqual([]);
      }
    }
  });

  it("csv is RFC 4180: CRLF line ends, quoted fields, one line per link plus one per hole", async () => {
    const { stdout } = await runOgp(["coverage", "plans", "--format", "csv", "--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2023-draft", "--depth", "2"]);
    const lines = stdout.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.some((l) => l.includes("\n"))).toBe(false);
    expect(lines[0]).toBe("workplan,strategy,ref,label,title,level,kind,status,deliverable_ref,deliverable_label,deliverable_title,via,from,target,cite,note,mapped_to,paired_by");
    // the draft's strategies but 3.4 are holes: one line each, deliverable columns empty
    expect(lines.filter((l) => /^ogp-workplan-2023,ogp-strategy-2023-draft,ogp-strategy-2023-draft\/[a-z-]+,"?\d\.\d"?,.*,missing,,,,,,,,,,$/.test(l))).toHaveLength(13);
    // a link to the approved goal 1 is carried onto the draft's goal 1, the pair named
    expect(lines).toContainEqual(expect.stringMatching(/^ogp-workplan-2023,ogp-strategy-2023-draft,ogp-strategy-2023-draft\/community,1,.*,ogp-workplan-2023\/global-summit,ogp-strategy-2023\/community,.*,ogp-strategy-2023-draft\/community,id$/));
  });
});

describe("the JSON output follows schemas/coverage-output.schema.json", () => {
  it("describes every property", () => {
    const undocumented: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (!value || typeof value !== "object") return;
      for (const [key, child] of Object.entries(value)) {
        if (key === "properties") for (const [name, definition] of Object.entries(child as object)) if (typeof (definition as { description?: unknown }).description !== "string") undocumented.push(`${where}/${name}`);
        walk(child, `${where}/${key}`);
      }
    };
    walk(schema, "");
    expect(undocumented).toEqual([]);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each([
    [[]],
    [["--depth", "3"]],
    [["--workplan", "ogp-workplan-2023", "--strategy", "ogp-strategy-2023-draft", "--depth", "2"]],
    [["--of", "indicators"]],
    [["--min", "10"]],
  ])("ogp coverage %j", async (args) => {
    const { stdout } = await runOgp(["coverage", "plans", "--format", "json", ...args]);
    const output = JSON.parse(stdout) as { schemaVersion: number };
    expect(validate(output), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(output.schemaVersion).toBe(1);
  });

  it("rejects what breaks the contract (the schema is not a pass-all)", () => {
    expect(validate({ schemaVersion: 1, tool: { name: "ogp", version: "1" }, of: "deliverables", depth: 1, reports: [{ strategy: { id: "s" }, rows: [{ ref: "s/g", level: 1, kind: "goal", status: "done" }], unlinked: [], unmapped: [], notes: [], summary: {}, levels: [] }], failures: [] })).toBe(false);
  });
});
