/**
 * The loader's fast path (js-yaml) must give exactly the data the `yaml` path gives, or step
 * aside: for any text, either fastParse declines, or `yaml` parses it without errors to equal data.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { fastParse } from "../../src/load/fast-parse.js";
import { ROOT } from "../helpers.js";

/** What the `yaml` path makes of a text: its data, or undefined when it reports errors. */
function viaYaml(text: string): { data: unknown } | undefined {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: "silent" });
  if (document.errors.length > 0 || document.contents === null) return undefined;
  try {
    return { data: document.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return undefined;
  }
}

/** `strict`: the fast path must also decline whatever `yaml` rejects (else: same data where both accept). */
function expectSameAsYaml(text: string, strict = true): void {
  const fast = fastParse(text, 200);
  if (!fast.ok) return;
  const slow = viaYaml(text);
  if (!strict && !slow) return;
  expect(slow, `yaml rejects what the fast path accepted:\n${text}`).toBeDefined();
  // toEqual, not toStrictEqual: a `constructor` key makes two equal objects look of different classes.
  expect(fast.data, text).toEqual(slow!.data);
}

/** Scalars and keys in the shapes YAML resolves differently between schemas and parsers. */
const TRICKY_SCALARS = [
  "0", "-0", "+1", "017", "0o17", "0x1F", "0b101", "1_000", "1.5", "1.", ".5", "1e3", "1E-3", "-.inf", ".Inf", ".nan", "+.nan", ".NaN",
  "true", "True", "TRUE", "tRue", "false", "False", "FALSE", "fAlse", "yes", "no", "on", "off", "y", "n", "~", "null", "Null", "NULL", "", "2020-01-01", "2020", "12:30", "1:20:30",
  "'quoted'", '"dq \\u00e9"', "'it''s'", "a b", "a #not", "a # comment", "&x v", "*x", "!!str 5", "!!int 5", "!!binary aGk=", "!custom v", "<<", "=", "@at",
  "[a, b]", "{a: 1}", "[]", "{}", "|\n  block\n", ">-\n  folded\n  text\n", "- a", "? a", "%x", "`t`", "- ", ": ", "[a, [b, c]]", "{? a}", "!!null ''",
];
const KEYS = ["a", "id", "null", "~", "1", "1.0", "true", "'k'", '"k k"', "[a, b]", "{a: 1}", "? x", "__proto__", "constructor", "<<", "a,b", "''", "k:"];

const line = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...TRICKY_SCALARS), fc.integer({ min: 0, max: 4 })).map(([k, v, indent]) => `${" ".repeat(indent)}${k}: ${v}`);
const document = fc.oneof(
  fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => `${lines.join("\n")}\n`),
  fc.array(fc.constantFrom(...TRICKY_SCALARS), { minLength: 1, maxLength: 5 }).map((items) => items.map((v) => `- ${v}`).join("\n")),
  fc.constantFrom(...TRICKY_SCALARS),
);

describe("fastParse gives the data `yaml` gives, or declines", () => {
  it("on every shipped plan (and accepts them all: they are plain plans)", () => {
    const dir = path.join(ROOT, "plans");
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      if (!/\.ya?ml$/.test(name)) continue;
      const text = readFileSync(path.join(dir, name), "utf8");
      expect(fastParse(text, 200).ok, name).toBe(true);
      expectSameAsYaml(text);
    }
  });

  it("on generated documents of tricky keys, scalars and indentation", () => {
    fc.assert(fc.property(document, (text) => expectSameAsYaml(text)), { numRuns: 3000, seed: Number(process.env.FAST_SEED ?? 17) });
  });

  // js-yaml is more lenient than `yaml` on some malformed text (a quoted string's continuation line
  // indented less than its key, say): such text parses to the data its author meant, so here the
  // two need only agree where both accept.
  it("on arbitrary text built from YAML punctuation, where both accept it", () => {
    const piece = fc.constantFrom("a", "b: ", "- ", "  ", "\n", ":", "[", "]", "{", "}", ",", "#", "'", '"', "&a ", "*a", "!", "|", ">", "?", "%YAML 1.1\n", "---\n", "...\n", "<<: ", "\t", "1", ".5", "~", "\\");
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join("")), (text) => expectSameAsYaml(text, false)), { numRuns: 5000, seed: Number(process.env.FAST_SEED ?? 17) });
  });

  it("declines directives, aliases, null and collection keys, and nesting past the limit", () => {
    for (const text of ["%YAML 1.1\n---\na: 1\n", "a: &x 1\nb: *x\n", "~: 1\n", "[a, b]: 1\n", "? {a: 1}\n: 2\n", `a: ${"[".repeat(300)}${"]".repeat(300)}\n`, "a: 1\na: 2\n", "", "# only\n"]) {
      expect(fastParse(text, 200).ok, text).toBe(false);
    }
  });

  it("takes plain plans", () => {
    expect(fastParse("kind: strategy\nid: s\ntitle: 'T: x'\nperiod: { start: \"2020\" }\ngoals:\n  - id: g\n    label: \"1\"\n", 200)).toEqual({
      ok: true,
      data: { kind: "strategy", id: "s", title: "T: x", period: { start: "2020" }, goals: [{ id: "g", label: "1" }] },
    });
  });
});
