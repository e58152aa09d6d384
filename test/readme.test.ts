import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/lint/rules.js";
import { UNUSED_DISABLE } from "../src/suppress/unused-disable.js";
import { ROOT } from "./helpers.js";

describe("README", () => {
  it("lists every rule in its rule table, with its default severity, in the order of 'ogp lint --help'", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual([...RULES, UNUSED_DISABLE].map((rule) => `${rule.id} ${rule.defaultSeverity}`));
  });
});
