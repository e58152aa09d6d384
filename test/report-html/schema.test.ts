import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/report-data.schema.json"), "utf8"));

/** Every property definition of a schema, with where it sits. */
function properties(value: unknown, where: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "properties") for (const [name, definition] of Object.entries(child as object)) out.push([`${where}/${name}`, definition as Record<string, unknown>]);
      properties(child, `${where}/${key}`, out);
    }
  }
  return out;
}

describe("the report data's JSON Schema", () => {
  it("is draft 2020-12, names its version and describes every property", async () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(properties(schema, "").filter(([, d]) => typeof d.description !== "string").map(([w]) => w)).toEqual([]);
    const Ajv = (await import("ajv/dist/2020.js")).Ajv2020;
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
  });
});
