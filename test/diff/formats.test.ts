import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { ROOT, runOgp } from "../helpers.js";

const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, "schemas/diff-output.schema.json"), "utf8")) as Record<string, unknown>;
const SIDES = ["diff", "ogp-strategy-2023-draft", "ogp-strategy-2023", "--plans", "plans"];

describe("diff formats", () => {
  it("text: the draft against the approved strategy at goal level", async () => {
    const { code, stdout } = await runOgp([...SIDES, "--level", "goals"]);
    expect(code).toBe(0);
    expectGolden("diff-draft-approved.txt", stdout);
  });

  it("markdown: the draft against its consultation rendering", async () => {
    const { stdout } = await runOgp(["diff", "ogp-strategy-2023-draft", "ogp-strategy-2023-consultation", "--plans", "plans", "--format", "markdown"]);
    expectGolden("diff-draft-consultation.md", stdout);
  });

  it("json: a contract that validates against schemas/diff-output.schema.json", async () => {
    const { stdout } = await runOgp([...SIDES, "--format", "json", "--explain"]);
    const output = JSON.parse(stdout) as { schemaVersion: number; tool: { version: string } };
    const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(SCHEMA);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.schemaVersion).toBe(1);
    output.tool.version = "<version>";
    expectGolden("diff-draft-approved.json", `${JSON.stringify(output, null, 2)}\n`);
  });

  it("the schema describes every property", () => {
    const undocumented: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (!value || typeof value !== "object") return;
      for (const [key, child] of Object.entries(value)) {
        if (key === "properties") for (const [name, def] of Object.entries(child as object)) if (typeof (def as { description?: unknown }).description !== "string") undocumented.push(`${where}/${name}`);
        walk(child, `${where}/${key}`);
      }
    };
    walk(SCHEMA, "");
    expect(undocumented).toEqual([]);
  });
});

describe("diff --evolution", () => {
  const GENERATIONS = ["diff", "--evolution", "ogp-strategy-2015", "ogp-3yp-2020", "ogp-strategy-2023", "--plans", "plans"];

  it("text: the lineage of goals 2015 -> 2020 -> 2023 as a table", async () => {
    const { code, stdout } = await runOgp(GENERATIONS, { env: { COLUMNS: "100" } });
    expect(code).toBe(0);
    expectGolden("diff-evolution.txt", stdout);
  });

  it("json: civic space continues a 2020 focus area as 2023 goal 3, and validates against its schema", async () => {
    const { stdout } = await runOgp([...GENERATIONS, "--format", "json"]);
    const output = JSON.parse(stdout) as { lineages: { cells: ({ node: { ref: string } } | null)[]; status: string }[] };
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/diff-evolution.schema.json"), "utf8")) as Record<string, unknown>;
    const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(schema);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const civic = output.lineages.find((l) => l.cells[2]?.node.ref === "ogp-strategy-2023/civic-space")!;
    expect(civic.cells[1]?.node.ref).toBe("ogp-3yp-2020/focus-civic-space");
    expect(civic.status).toBe("appeared");
  });

  it("markdown: a table with one column per generation", async () => {
    const { stdout } = await runOgp([...GENERATIONS, "--format", "markdown"]);
    expectGolden("diff-evolution.md", stdout);
  });
});
