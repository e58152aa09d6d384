import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../src/lint/lint.js";
import { fingerprints } from "../../src/core/fingerprint.js";
import { applyBaseline, baselineText, readBaseline, type Baseline } from "../../src/suppress/baseline.js";
import { applyDirectives, directivesIn, prepareDirectives } from "../../src/suppress/directives.js";
import { projectFrom, ROOT, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

// The directive scanner's lexer is loaded on demand (the lint run does it for the commands).
beforeAll(() => prepareDirectives({ files: [{ file: "x", absolutePath: "x", hasData: false, findings: [], text: "ogp-disable" }] }));

const warn = () => "warning" as const;
// A workplan with one warning: deliverable labels 1 then 3 (label-sequence).
const SKIPPED = WORKPLAN.replace("title: Action one\n", 'title: Action one\n  - id: d2\n    label: "3"\n    title: Deliverable two\n    advances: [{ ref: s/g1, cite: "x" }]\n');

function run(files: Record<string, string>) {
  const project = projectFrom(files);
  return { project, result: lint(project) };
}

describe("inline directives", () => {
  it("parse rules and reason; next-line skips blank and comment lines", () => {
    const [d] = directivesIn("f.yaml", "a: 1\n# ogp-disable-next-line label-sequence, schema -- the source says so\n\n# other\nb: 2\n");
    expect(d).toMatchObject({ line: 2, column: 1, target: 5, rules: ["label-sequence", "schema"] });
    expect(d!.invalid).toBeUndefined();
    expect(directivesIn("f.yaml", "x: 1 # ogp-disable-line schema\n")[0]!.invalid).toEqual({ messageId: "noReason", data: {} });
    expect(directivesIn("f.yaml", "# ogp-disable-next-line -- why\n")[0]!.invalid).toEqual({ messageId: "noRule", data: {} });
    expect(directivesIn("f.yaml", 'title: "a # ogp-disable-line x -- in a string"\nb: |\n  # ogp-disable-line y -- in a block\n')).toEqual([]);
    expect(directivesIn("f.yaml", "a: 1\nb: 2  # ogp-disable-line schema -- why\n")[0]).toMatchObject({ line: 2, column: 7, target: 2 });
  });

  it("suppress the named rule on the target line only, and flag what suppresses nothing", () => {
    const plain = run({ "s.yaml": STRATEGY, "w.yaml": SKIPPED });
    expect(plain.result.problems.map((p) => p.rule)).toEqual(["label-sequence"]);
    const line = plain.result.problems[0]!.line;
    const lines = SKIPPED.split("\n");
    lines.splice(line - 1, 0, "    # ogp-disable-next-line label-sequence -- numbered as the source numbers it");
    const suppressed = run({ "s.yaml": STRATEGY, "w.yaml": lines.join("\n") });
    expect(applyDirectives(suppressed.project, suppressed.result, warn).problems).toEqual([]);

    const wrongRule = lines.join("\n").replace("disable-next-line label-sequence", "disable-next-line schema");
    const unused = run({ "s.yaml": STRATEGY, "w.yaml": wrongRule });
    expect(applyDirectives(unused.project, unused.result, warn).problems.map((p) => `${p.line} ${p.rule} ${p.messageId}`)).toEqual([
      `${line} unused-disable unusedDirective`,
      `${line + 1} label-sequence ${plain.result.problems[0]!.messageId}`,
    ]);
  });

  it("a directive without a reason suppresses nothing, and unused-disable can be turned off", () => {
    const text = SKIPPED.replace('    label: "3"', '    label: "3"  # ogp-disable-line label-sequence');
    const { project, result } = run({ "s.yaml": STRATEGY, "w.yaml": text });
    expect(applyDirectives(project, result, warn).problems.map((p) => p.rule).sort()).toEqual(["label-sequence", "unused-disable"]);
    expect(applyDirectives(project, result, (_f, rule) => (rule === "unused-disable" ? "off" : "warning")).problems.map((p) => p.rule)).toEqual(["label-sequence"]);
  });
});

describe("baseline", () => {
  const dir = tempDir();
  const file = path.join(dir, "ogp-baseline.json");
  const baselineOf = (files: Record<string, string>): Baseline => JSON.parse(baselineText(run(files).result, file, dir)) as Baseline;

  it("is valid against its published schema", () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/baseline.schema.json"), "utf8")) as object;
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(baselineOf({ "s.yaml": STRATEGY, "w.yaml": SKIPPED })), JSON.stringify(validate.errors)).toBe(true);
  });

  it("matches its findings after unrelated edits (lines inserted above), and reports a new finding", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("# a comment", "", "note: unrelated"), { minLength: 1, maxLength: 8 }), (inserted) => {
        const baseline = baselineOf({ "s.yaml": STRATEGY, "w.yaml": SKIPPED });
        const edited = SKIPPED.replace("title: A workplan\n", `title: A workplan\n${inserted.filter((l) => l !== "note: unrelated").join("\n")}\n`);
        const later = run({ "s.yaml": `# moved\n\n${STRATEGY}`, "w.yaml": edited }).result;
        const applied = applyBaseline(later, baseline, file, dir);
        expect(applied.result.problems).toEqual([]);
        expect(applied.fixed).toBe(0);
      }),
      { numRuns: 25 },
    );
    const baseline = baselineOf({ "s.yaml": STRATEGY, "w.yaml": SKIPPED });
    // A finding of the same rule about another node is new: d2 renumbered "2" (fixed), and d3, labelled "4", skips '3'.
    const fixedAndNew = SKIPPED.replace('label: "3"', 'label: "2"');
    const worse = run({ "s.yaml": STRATEGY, "w.yaml": `${fixedAndNew}  - id: d3\n    label: "4"\n    title: Deliverable three\n    advances: [{ ref: s/g1, cite: "x" }]\n` }).result;
    expect(applyBaseline(worse, baseline, file, dir)).toMatchObject({ fixed: 1, accepted: 0 });
    expect(applyBaseline(worse, baseline, file, dir).result.problems.map((p) => `${p.rule} ${p.node}`)).toEqual(["label-sequence w/d3"]);
  });

  it("keys entries by file, rule and node with a count, so rewording the node's title keeps them matching", () => {
    const baseline = baselineOf({ "s.yaml": STRATEGY, "w.yaml": SKIPPED });
    expect(baseline).toMatchObject({ schemaVersion: 2, findings: [{ file: "w.yaml", rule: "label-sequence", node: "w/d2", count: 1 }] });
    const reworded = run({ "s.yaml": STRATEGY, "w.yaml": SKIPPED.replace("title: Deliverable two", "title: The second deliverable, reworded") }).result;
    expect(reworded.problems[0]!.message).toContain("reworded");
    expect(applyBaseline(reworded, baseline, file, dir)).toMatchObject({ fixed: 0, accepted: 1, result: { problems: [] } });
  });

  it("still reads a version 1 baseline (one fingerprint per finding)", () => {
    const current = run({ "s.yaml": STRATEGY, "w.yaml": SKIPPED }).result;
    const [problem] = current.problems;
    const v1: Baseline = { schemaVersion: 1, findings: [{ file: "w.yaml", rule: "label-sequence", fingerprint: fingerprints([{ ...problem!, file: "w.yaml" }])[0]!, message: problem!.message }] };
    expect(applyBaseline(current, v1, file, dir)).toMatchObject({ fixed: 0, accepted: 1 });
    const worse = run({ "s.yaml": STRATEGY, "w.yaml": SKIPPED.replace('label: "3"', 'label: "4"') }).result;
    expect(applyBaseline(worse, v1, file, dir)).toMatchObject({ fixed: 1, accepted: 0 });
  });

  it("counts entries whose findings are fixed, for pruning", () => {
    const baseline = baselineOf({ "s.yaml": STRATEGY, "w.yaml": SKIPPED });
    const fixed = applyBaseline(run({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }).result, baseline, file, dir);
    expect(fixed).toMatchObject({ fixed: 1, accepted: 0 });
  });

  it("a broken baseline file is a usage error that says how to rewrite it", () => {
    const broken = path.join(tempDir({ "b.json": "{ nope" }), "b.json");
    expect(() => readBaseline(broken)).toThrow(/not valid JSON .*ogp lint --write-baseline/);
  });
});
