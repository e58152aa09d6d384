import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/project/default-paths.js";
import { selfContainedSchema } from "../../src/project/schema-files.js";
import { ROOT, runOgp } from "../helpers.js";

describe("ogp schema", () => {
  it("finds the package folder by its ogp binary, whatever the npm name", () => {
    expect(packageRoot()).toBe(ROOT);
  });

  it.each(["strategy", "workplan", "deliverable"] as const)("%s: self-contained (compiles alone, no reference to common.schema.json)", (kind) => {
    const schema = selfContainedSchema(kind);
    expect(JSON.stringify(schema)).not.toContain("common.schema.json");
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ kind })).toBe(false);
  });

  it("prints a kind's schema as JSON, and lists the schema files without a kind", async () => {
    const one = await runOgp(["schema", "deliverable"]);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { title: string }).title).toBe("ogp deliverable");
    const list = await runOgp(["schema"]);
    expect(list.stdout).toMatch(/^Files you write:\n  strategy +\/.*schemas\/strategy\.schema\.json$/m);
    expect(list.stdout).toMatch(/^Output of --format json:\n  lint-report +\/.*schemas\/lint-report\.schema\.json$/m);
    const output = await runOgp(["schema", "diff-output"]);
    expect((JSON.parse(output.stdout) as { title: string }).title).toBe("ogp diff --format json");
    const bad = await runOgp(["schema", "plan"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Allowed choices are strategy, workplan, deliverable");
  });
});
