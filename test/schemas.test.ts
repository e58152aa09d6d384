import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const SCHEMAS = ["common", "strategy", "workplan", "deliverable"].map((name) => ({
  name,
  schema: JSON.parse(readFileSync(path.join(ROOT, "schemas", `${name}.schema.json`), "utf8")) as Record<string, unknown>,
}));

/** The schemas people type YAML against: the plan schemas and the config file's. */
const AUTHORED = [...SCHEMAS, { name: "config", schema: JSON.parse(readFileSync(path.join(ROOT, "schemas", "config.schema.json"), "utf8")) as Record<string, unknown> }];

/** Every entry of every `properties` object, with where it sits. */
function properties(value: unknown, where: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) value.forEach((item, i) => properties(item, `${where}/${i}`, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "properties" && child && typeof child === "object") {
        for (const [name, definition] of Object.entries(child)) out.push([`${where}/properties/${name}`, definition as Record<string, unknown>]);
      }
      properties(child, `${where}/${key}`, out);
    }
  }
  return out;
}

describe("schemas", () => {
  it("give every property a description, for editors that show it as you type", () => {
    const undocumented = SCHEMAS.flatMap(({ name, schema }) => properties(schema, name))
      .filter(([, definition]) => typeof definition.description !== "string" && !(typeof definition.$ref === "string"))
      .map(([where]) => where);
    expect(undocumented).toEqual([]);
    const refsWithoutDescription = SCHEMAS.flatMap(({ name, schema }) => properties(schema, name))
      .filter(([, definition]) => typeof definition.$ref === "string" && typeof definition.description !== "string")
      .map(([where, definition]) => ({ where, target: String(definition.$ref).split("/").pop()! }))
      .filter(({ target }) => typeof (SCHEMAS[0]!.schema.$defs as Record<string, { description?: string }>)[target]?.description !== "string")
      .map(({ where }) => where);
    expect(refsWithoutDescription).toEqual([]);
  });

  it("give every property an example (an `examples` list, or an 'Example: ...' in its description, which editors show on hover)", () => {
    const withoutExample = AUTHORED.flatMap(({ name, schema }) => properties(schema, name))
      .filter(([, definition]) => !(Array.isArray(definition.examples) && definition.examples.length > 0) && !/\bExample: `[^`]+`/.test(String(definition.description ?? "")))
      .map(([where]) => where);
    expect(withoutExample).toEqual([]);
  });

  it("give examples that are valid values of their property, so an editor never proposes a wrong one", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const { name, schema } of AUTHORED) ajv.addSchema(schema, `${name}.schema.json`);
    const invalid: string[] = [];
    for (const { name, schema } of AUTHORED) {
      for (const [where, definition] of properties(schema, name)) {
        const pointer = where.slice(name.length).replace(/~/g, "~0");
        const validate = ajv.compile({ $ref: `${name}.schema.json#${pointer}` });
        for (const example of (definition.examples as unknown[] | undefined) ?? []) {
          if (!validate(example)) invalid.push(`${where}: ${JSON.stringify(example)} ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    expect(invalid).toEqual([]);
  });

  it("speak to plan authors: 'as the source writes it' only where transcribing a source is the point (source, cite)", () => {
    const transcriberOnly = SCHEMAS.flatMap(({ name, schema }) => properties(schema, name))
      .filter(([, definition]) => /as the source (writes|gives)/.test(String(definition.description ?? "")))
      .map(([where]) => where)
      .filter((where) => !where.startsWith("common/$defs/source/") && where !== "common/$defs/link/properties/cite");
    expect(transcriberOnly).toEqual([]);
  });

  it("carry no absolute $id, so relative $refs resolve next to the file in editors", () => {
    for (const { schema } of SCHEMAS) expect(schema.$id).toBeUndefined();
  });

  it("are draft 2020-12 and forbid unknown keys in every document kind", () => {
    for (const { name, schema } of SCHEMAS.slice(1)) {
      expect(schema.$schema, name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.unevaluatedProperties, name).toBe(false);
    }
  });
});

describe("shipped plan files", () => {
  const files = readdirSync(path.join(ROOT, "plans"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"));

  it.each(files)("%s starts with a yaml-language-server line naming an existing schema", (file) => {
    const first = readFileSync(path.join(ROOT, "plans", file), "utf8").split("\n")[0]!;
    const match = first.match(/^# yaml-language-server: \$schema=(\S+)$/);
    expect(match).not.toBeNull();
    expect(existsSync(path.resolve(path.dirname(path.join(ROOT, "plans", file)), match![1]!))).toBe(true);
  });
});
