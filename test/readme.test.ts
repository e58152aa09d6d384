import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LINT_RUN_RULES } from "../src/runs/lint-rules.js";
import { ROOT } from "./helpers.js";

describe("README", () => {
  it("lists every rule in its rule table, with its default severity, in the order of 'ogp lint --help'", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(LINT_RUN_RULES.map((rule) => `${rule.id} ${rule.defaultSeverity}`));
  });
});
