import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/core/rule-ids.js";
import { findConfig, loadConfig } from "../../src/project/config.js";
import { resolvedSettings, settingLookup } from "../../src/project/rule-settings.js";
import { ROOT, tempDir } from "../helpers.js";

const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/config.schema.json"), "utf8")) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

async function configError(text: string): Promise<string> {
  const dir = tempDir({ "ogp.config.yaml": text });
  return loadConfig(path.join(dir, "ogp.config.yaml"), dir).then(
    () => "no error",
    (error: Error) => `${error.name}: ${error.message}`,
  );
}

const VALID = [
  "",
  "plans: [plans, more/*.yaml]\n",
  "rules:\n  uncited-link: off\n  label-sequence: error\n",
  "overrides:\n  - files: [plans/2015/**]\n    rules:\n      label-sequence: off\n",
];

const MISTAKES: [string, string][] = [
  ["plans: [plans]\nrule:\n  schema: off\n", "ogp.config.yaml:2: unknown key 'rule' in the config; did you mean 'rules'?"],
  ["rules:\n  schema: off\n  citaton-mismatch: error\n", "ogp.config.yaml:3: unknown rule id 'citaton-mismatch' in rules; did you mean 'citation-mismatch'"],
  ["rules:\n  schema: severe\n", "ogp.config.yaml:2: bad severity 'severe' for rule schema: use off, info, warning or error"],
  ["plans: plans\n", "ogp.config.yaml:1: plans must be a non-empty list of paths or globs"],
  ["overrides:\n  - files: [a]\n", "ogp.config.yaml:2: overrides[0] needs both 'files' (globs) and 'rules'"],
  ["overrides:\n  - files: [a]\n    rules: { schema: off }\n    when: always\n", "ogp.config.yaml:4: unknown key 'when' in overrides[0]; allowed: files, rules"],
  ["rules:\n  schema: off\n  schema: error\n", "ogp.config.yaml:3: not valid YAML"],
  ["- plans\n", "ogp.config.yaml:1: the config must be a mapping"],
];

describe("ogp.config.yaml", () => {
  it.each(VALID)("accepts a valid config (and so does its schema): %j", async (text) => {
    expect(await configError(text)).toBe("no error");
    const { parse } = await import("yaml");
    expect(validate(parse(text) ?? {}), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(MISTAKES)("every mistake is a usage error at its line (and the schema rejects it too): %j", async (text, message) => {
    expect(await configError(text)).toContain(`UsageError: ${message}`);
    const { parse } = await import("yaml");
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      return; // not YAML at all: nothing for the schema to say
    }
    expect(validate(data)).toBe(false);
  });

  it("the schema lists exactly the rule ids, and describes every property", () => {
    const defs = schema.$defs as { rules: { propertyNames: { enum: string[] } } };
    expect(defs.rules.propertyNames.enum).toEqual([...RULE_IDS]);
    const undescribed: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (!value || typeof value !== "object") return;
      for (const [key, child] of Object.entries(value)) {
        if (key === "properties") for (const [name, def] of Object.entries(child as object)) if (typeof (def as { description?: unknown }).description !== "string") undescribed.push(`${where}/${name}`);
        walk(child, `${where}/${key}`);
      }
    };
    walk(schema, "config");
    expect(undescribed).toEqual([]);
  });

  it("is found from the working directory upward", () => {
    const dir = tempDir({ "ogp.config.yaml": "", "a/b/.keep": "" });
    expect(findConfig(path.join(dir, "a/b"))).toBe(path.join(dir, "ogp.config.yaml"));
    expect(findConfig(tempDir())).toBeUndefined();
  });

  it("resolves severities per file: rules, then matching overrides in order", async () => {
    const dir = tempDir({ "ogp.config.yaml": "rules:\n  label-sequence: error\noverrides:\n  - files: ['plans/old/**']\n    rules: { label-sequence: off }\n  - files: ['**/keep.yaml']\n    rules: { label-sequence: info }\n" });
    const config = await loadConfig(path.join(dir, "ogp.config.yaml"), dir);
    const lookup = await settingLookup(config, dir);
    expect(lookup("plans/new/a.yaml", "label-sequence")).toBe("error");
    expect(lookup("plans/old/a.yaml", "label-sequence")).toBe("off");
    expect(lookup("plans/old/keep.yaml", "label-sequence")).toBe("info");
    expect(lookup("plans/old/a.yaml", "schema")).toBeUndefined();
    expect((await resolvedSettings(config, path.join(dir, "plans/old/a.yaml"), new Map([["schema", "error"]]))).schema).toBe("error");
  });
});
