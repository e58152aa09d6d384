import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { expectGolden } from "../golden.js";
import { HAS_SHARED, ROOT, runOgp, tempDir } from "../helpers.js";
import { hasXmllint, samplePath, SAMPLES, SAMPLES_DIR, xmllintErrors } from "./fixtures.js";

/** A folder holding copies of the samples, so that paths in the output do not depend on where the repository is. */
function samplesDir(): string {
  const dir = tempDir();
  for (const name of SAMPLES) copyFileSync(samplePath(name), path.join(dir, name));
  return dir;
}

describe.skipIf(!HAS_SHARED)("ogp import stratml (built binary)", () => {
  it("writes one plan per sample that lints without errors, and summarises what it dropped or changed", async () => {
    const dir = samplesDir();
    const { code, stdout, stderr } = await runOgp(["import", "stratml", ...SAMPLES, "--output", "."], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expectGolden("import-stratml-samples.txt", stdout);
    const plans = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
    expect(plans).toEqual([
      "hhiop20200304.yaml",
      "pmoai.yaml",
      "smlc2011.yaml",
      "strategic-plan.yaml",
      "temp.yaml",
      "uid-doc-stratmeth-poc.yaml",
      "uid-strat-transfromation-dot-run-2017-12-18.yaml",
      "uid-wiliam-glascoe-retirement.yaml",
    ]);
    const lint = await runOgp(["lint", ...plans], { cwd: dir });
    expect(lint.stdout).toBe("");
    expect(lint.code).toBe(0);
  });

  it("lints every sample, Part 1, 2 and 3.5, read directly, without errors", async () => {
    const dir = samplesDir();
    const lint = await runOgp(["lint", ...SAMPLES, "--format", "json"], { cwd: dir });
    expect(lint.code).toBe(0);
    const report = JSON.parse(lint.stdout) as { problems: { severity: string; file: string; message: string }[] };
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("--format json is a contract that matches schemas/stratml-import.schema.json", async () => {
    const dir = samplesDir();
    const { code, stdout } = await runOgp(["import", "stratml", ...SAMPLES, "--output", ".", "--format", "json"], { cwd: dir });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { schemaVersion: number; files: { changes: unknown[] }[] };
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/stratml-import.schema.json"), "utf8")) as object;
    const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.files.every((f) => f.changes.length > 0)).toBe(true);
    const small = await runOgp(["import", "stratml", "PMOAI.xml", "--output", ".", "--force", "--format", "json"], { cwd: dir });
    expectGolden("import-stratml-pmoai.json", small.stdout);
  });

  it("never overwrites without --force, and overwrites with it", async () => {
    const dir = samplesDir();
    writeFileSync(path.join(dir, "pmoai.yaml"), "precious: true\n");
    const refused = await runOgp(["import", "stratml", "PMOAI.xml"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("pmoai.yaml: already exists; use --force to overwrite it");
    expect(readFileSync(path.join(dir, "pmoai.yaml"), "utf8")).toBe("precious: true\n");
    const forced = await runOgp(["import", "stratml", "PMOAI.xml", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(parse(readFileSync(path.join(dir, "pmoai.yaml"), "utf8"))).toMatchObject({ kind: "strategy", id: "pmoai" });
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("names the line of a file that is not well-formed, or not StratML, and exits 2", async () => {
    const dir = tempDir({ "broken.xml": "<StrategicPlan>\n  <Name>x</Nme>\n</StrategicPlan>", "page.xml": "<html/>" });
    const { code, stdout } = await runOgp(["import", "stratml", "broken.xml", "page.xml"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toContain("broken.xml:2:");
    expect(stdout).toContain("not well-formed XML");
    expect(stdout).toContain("page.xml:1:1  not imported  not a StratML plan: the root element is <html>");
    expect(existsSync(path.join(dir, "broken.yaml"))).toBe(false);
    const json = JSON.parse((await runOgp(["import", "stratml", "broken.xml", "page.xml", "--format", "json"], { cwd: dir })).stdout) as { files: { error: unknown }[] };
    expect(json.files.map((f) => f.error)).toEqual([
      expect.objectContaining({ messageId: "notWellFormed", data: { reason: expect.any(String) }, line: 2 }),
      expect.objectContaining({ messageId: "notStratml", data: { root: "html" }, line: 1, column: 1 }),
    ]);
  });
});

describe.skipIf(!HAS_SHARED)("ogp import stratml: files it cannot import (built binary)", () => {
  it("names a second file of the same document and a file over the size limit, by message id and data", async () => {
    const dir = samplesDir();
    mkdirSync(path.join(dir, "copy"));
    copyFileSync(path.join(dir, "PMOAI.xml"), path.join(dir, "copy/PMOAI.xml"));
    writeFileSync(path.join(dir, "huge.xml"), Buffer.alloc(7 * 1024 * 1024, 32));
    const { code, stdout } = await runOgp(["import", "stratml", "PMOAI.xml", "copy/PMOAI.xml", "huge.xml", "--output", ".", "--format", "json"], { cwd: dir });
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { files: { file: string; error?: { messageId?: string; data?: unknown; message: string } }[] };
    expect(report.files.map((f) => [f.file, f.error?.messageId, f.error?.data])).toEqual([
      ["PMOAI.xml", undefined, undefined],
      ["copy/PMOAI.xml", "sameDocumentId", { id: "pmoai", output: "pmoai.yaml" }],
      ["huge.xml", "tooLarge", { size: "7.0 MiB", limit: "256 KiB" }],
    ]);
    expect(report.files[1]!.error!.message).toBe("another file of this run also imports as 'pmoai' (pmoai.yaml); import it on its own into another folder");
  });
});

describe.skipIf(!HAS_SHARED)("ogp lint and graph on StratML (built binary)", () => {
  it("lint reads a .xml file directly and places the source's slips at the XML line and column", async () => {
    const dir = samplesDir();
    const { code, stdout } = await runOgp(["lint", "temp.xml", "SMLC2011.xml"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("48:3255   warning  <Identifier> holds the placeholder '[To_be_identified]'");
    expect(stdout).toMatch(/2:10364 +warning +indicator Plans Converted: Identifier '8c60e70d-55b5-4ee6-9db3-3a0e202179f2' was used before/);
    const json = JSON.parse((await runOgp(["lint", "SMLC2011.xml", "--format", "json"], { cwd: dir })).stdout) as { problems: { rule: string; messageId: string; related?: unknown[] }[] };
    expect(json.problems[0]).toMatchObject({ rule: "stratml", messageId: "duplicateIdentifier" });
    expect(json.problems[0]!.related).toEqual([expect.objectContaining({ file: "SMLC2011.xml", line: 2, column: 8599, message: "first used here (id 'objective-1.1-pi-unnamed-indicator')" })]);
  });

  it("diff reads StratML 3.5 files directly and pairs an objective by its kept id", async () => {
    const dir = samplesDir();
    writeFileSync(path.join(dir, "later.xml"), readFileSync(path.join(dir, "TrasnformationDotRun.xml"), "utf8").replace("<stratml35:Name>Revenue Sharing</stratml35:Name>", "<stratml35:Name>Revenue Sharing Plan</stratml35:Name>"));
    const { code, stdout } = await runOgp(["diff", "TrasnformationDotRun.xml", "later.xml", "--format", "json"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('"ref": "uid-strat-transfromation-dot-run-2017-12-18/uid-obj-revenue-sharing"');
    const text = await runOgp(["diff", "TrasnformationDotRun.xml", "later.xml"], { cwd: dir });
    expect(text.stdout.replace(/\s+/g, " ")).toContain('~ objective uid-obj-revenue-sharing "Revenue Sharing Plan" (was objective uid-obj-revenue-sharing "Revenue Sharing"): title changed');
    expect(text.stdout).toMatch(/^1 changed; \d+ unchanged; 0 breaking, 0 suspect$/m);
  });

  it("lint finds StratML files in a directory and reports a broken one as an error", async () => {
    const dir = tempDir({ "plans/good.xml": readFileSync(path.join(SAMPLES_DIR, "PMOAI.xml"), "utf8"), "plans/bad.xml": "<StrategicPlan>" });
    const { code, stdout } = await runOgp(["lint", "plans"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("plans/bad.xml");
    expect(stdout).toMatch(/1:\d+ +error +not well-formed XML: .* +xml-syntax/);
  });

  it("graph shows a StratML plan's nodes", async () => {
    const dir = samplesDir();
    const { code, stdout } = await runOgp(["graph", "PMOAI.xml"], { cwd: dir });
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as { documents: { id: string; file: string }[]; nodes: unknown[] };
    expect(graph.documents).toEqual([expect.objectContaining({ id: "pmoai", file: "PMOAI.xml" })]);
    expect(graph.nodes.length).toBeGreaterThan(5);
  });
});

describe.skipIf(!HAS_SHARED)("ogp coverage on StratML (built binary)", () => {
  type CoverageJson = { of: string; reports: { strategy: { id: string }; workplan?: { id: string }; rows: { label?: string; title?: string; level: number; kind: string; status: string }[] }[] };
  const coverageSchema = () => new Ajv.default({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, "schemas/coverage-output.schema.json"), "utf8")) as object);

  it("says what measures a StratML plan on its own (it has no workplan), exit 0", async () => {
    const dir = samplesDir();
    const plain = await runOgp(["coverage", "SMLC2011.xml"], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe("No workplan with a strategy to measure.\n");
    expect(plain.stderr).toBe("ogp: no workplan implements strategy 'smlc2011'; 'ogp coverage --of indicators' measures goals by their performance indicators\n");
    const partOne = await runOgp(["coverage", "PMOAI.xml"], { cwd: dir });
    expect(partOne.code).toBe(0);
    expect(partOne.stderr).toContain("no workplan implements strategy 'pmoai'; a workplan that names it as its strategy gets its coverage");
  });

  it("--of indicators lists a sample's goals and objectives with their indicators, in every format", async () => {
    const dir = samplesDir();
    const json = await runOgp(["coverage", "SMLC2011.xml", "--of", "indicators", "--format", "json"], { cwd: dir });
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as CoverageJson;
    const validate = coverageSchema();
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.reports.map((r) => r.strategy.id)).toEqual(["smlc2011"]);
    const rows = result.reports[0]!.rows;
    expect(rows.filter((r) => r.level === 1).map((r) => [r.label, r.title, r.kind])).toEqual([
      ["Part 1", "Strategic Plans", "goal"],
      ["Part 2", "Performance Plans and Reports", "goal"],
      ["Part 3", "Additional Elements", "goal"],
    ]);
    expect(rows.filter((r) => r.level === 2)).toHaveLength(10);
    expect(rows.every((r) => r.status === "covered")).toBe(true);
    const table = await runOgp(["coverage", "SMLC2011.xml", "--of", "indicators"], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Indicators of strategy smlc2011 (2011 Annual Report)");
    expect(table.stdout).toContain("level 1: 3 of 3 goals covered (100%)");
    const markdown = await runOgp(["coverage", "SMLC2011.xml", "--of", "indicators", "--format", "markdown"], { cwd: dir });
    expect(markdown.code).toBe(0);
    for (const row of rows.filter((r) => r.level === 1)) expect(markdown.stdout).toContain(row.title!);
    const csv = await runOgp(["coverage", "SMLC2011.xml", "--of", "indicators", "--format", "csv"], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toMatch(/^workplan,strategy,ref,label,title,level,kind,status,indicator_ref,/);
    expect(csv.stdout).toContain("Strategic Plans");
    // A Part 1 plan has no indicators: every goal is listed, none covered, and --min fails the run.
    const partOne = await runOgp(["coverage", "PMOAI.xml", "--of", "indicators", "--format", "json", "--min", "50"], { cwd: dir });
    expect(partOne.code).toBe(1);
    expect((JSON.parse(partOne.stdout) as CoverageJson).reports[0]!.rows.map((r) => r.status)).toEqual(Array(6).fill("missing"));
  });

  it("measures a YAML workplan against its strategy exported to StratML exactly as against the YAML strategy", async () => {
    const exported = await runOgp(["export", "stratml", "ogp-strategy-2023"]);
    expect(exported.code).toBe(0);
    const workplan = readFileSync(path.join(ROOT, "plans/2023/workplan.yaml"), "utf8");
    const fromXml = tempDir({ "plans/workplan.yaml": workplan, "plans/strategy.xml": exported.stdout });
    const fromYaml = tempDir({ "plans/workplan.yaml": workplan, "plans/strategy.yaml": readFileSync(path.join(ROOT, "plans/2023/strategy.yaml"), "utf8") });
    for (const format of ["json", "table", "csv"]) {
      const [xml, yaml] = await Promise.all([runOgp(["coverage", "--format", format], { cwd: fromXml }), runOgp(["coverage", "--format", format], { cwd: fromYaml })]);
      expect(xml.code, xml.stderr).toBe(0);
      expect(xml.stdout).toBe(yaml.stdout);
    }
    const result = JSON.parse((await runOgp(["coverage", "--format", "json"], { cwd: fromXml })).stdout) as CoverageJson;
    expect(result.reports.map((r) => [r.workplan?.id, r.strategy.id])).toEqual([["ogp-workplan-2023", "ogp-strategy-2023"]]);
    expect(result.reports[0]!.rows.map((r) => [r.label, r.status])).toEqual([["1", "covered"], ["2", "covered"], ["3", "covered"], ["4", "covered"], ["5", "covered"]]);
  });
});

describe("ogp export stratml (built binary)", () => {
  it("prints ISO StratML Part 2 of a shipped strategy, valid against the schema", async () => {
    const { code, stdout, stderr } = await runOgp(["export", "stratml", "ogp-strategy-2015"]);
    expect(code).toBe(0);
    expect(stderr).toBe("ogp: left out: goal 1: its refs 'government-reformers', 'engagement' (StratML writes a Relationship only from a performance indicator)\n");
    expect(stdout).toContain('<PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Strategic_Plan">');
    if (HAS_SHARED && (hasXmllint() || Boolean(process.env.CI))) {
      const dir = tempDir({ "out.xml": stdout });
      expect(await xmllintErrors(path.join(dir, "out.xml"), 2)).toBe("");
    }
  });

  it("writes --output atomically, refuses to overwrite without --force, and names what Part 1 leaves out", async () => {
    const dir = tempDir({ "existing.xml": "keep me" });
    const refused = await runOgp(["export", "stratml", "ogp-strategy-2015", path.join(ROOT, "plans"), "--output", "existing.xml"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("ogp: existing.xml: already exists; use --force to overwrite it\n");
    expect(readFileSync(path.join(dir, "existing.xml"), "utf8")).toBe("keep me");
    const part1 = await runOgp(["export", "stratml", "ogp-strategy-2015", path.join(ROOT, "plans"), "--part", "1", "--output", "existing.xml", "--force"], { cwd: dir });
    expect(part1.code).toBe(0);
    expect(part1.stderr).toContain("ogp: left out: objective 1.3: 2 performance indicator(s) (Part 1 has none; use --part 2)");
    expect(readFileSync(path.join(dir, "existing.xml"), "utf8")).toContain("<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:stratml_core\">");
  });

  it("refuses an unknown document with a suggestion, and a work plan as Part 1, with exit 2", async () => {
    const unknown = await runOgp(["export", "stratml", "ogp-strategy-2051"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("ogp: no document 'ogp-strategy-2051' in the loaded plans; did you mean 'ogp-strategy-2015' or 'ogp-strategy-2023'?\n");
    const partOne = await runOgp(["export", "stratml", "ogp-workplan-2023", "--part", "1"]);
    expect(partOne.code).toBe(2);
    expect(partOne.stderr).toContain("is a work plan: its deliverables' links are written as Relationships of performance indicators, which only Part 2 has");
  });

  it("writes a work plan as a Part 2 Performance_Plan whose deliverables' links are Relationships, valid against the schema", async () => {
    const { code, stdout, stderr } = await runOgp(["export", "stratml", "ogp-workplan-2023"]);
    expect(code).toBe(0);
    expect(stdout).toContain('<PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Performance_Plan">');
    expect(stdout).toMatch(/<Relationship RelationshipType="Narrower_Than">\s*<ReferentIdentifier>community<\/ReferentIdentifier>\s*<Name>forging a strong political coalition \(Strategic Goal 1\)<\/Name>/);
    expect(stderr).toBe("ogp: left out: deliverable 6: leads to no goal of 'ogp-strategy-2023', and StratML holds objectives only under a goal\n");
    if (HAS_SHARED && (hasXmllint() || process.env.CI)) {
      const dir = tempDir({ "workplan.xml": stdout });
      expect(await xmllintErrors(path.join(dir, "workplan.xml"), 2)).toBe("");
    }
  });

  it("--help explains both commands with examples", async () => {
    const importHelp = await runOgp(["import", "stratml", "--help"]);
    expect(importHelp.stdout).toContain("ogp import stratml plan.xml --output plans/");
    const exportHelp = await runOgp(["export", "stratml", "--help"]);
    expect(exportHelp.stdout).toContain("ogp export stratml ogp-strategy-2015 > ogp-2015.xml");
  });
});

describe.skipIf(!HAS_SHARED)("README's StratML section shows real, current output", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  /** The lines the README prints after `$ <command>`, up to the next command or the end of the block, without "..." elisions. */
  function shownAfter(command: string): string[] {
    const start = readme.indexOf(`$ ${command}\n`);
    expect(start, `README shows '$ ${command}'`).toBeGreaterThanOrEqual(0);
    const lines: string[] = [];
    for (const line of readme.slice(start).split("\n").slice(1)) {
      if (line.startsWith("```") || line.startsWith("$ ")) break;
      if (line.trim() !== "..." && line.trim() !== "") lines.push(line.replace(/^\s+/, ""));
    }
    expect(lines.length, `README shows the output of '$ ${command}'`).toBeGreaterThan(0);
    return lines;
  }
  const expectShown = (command: string, output: string) => {
    const lines = output.split("\n").map((l) => l.replace(/^\s+/, ""));
    for (const line of shownAfter(command)) expect(lines, `README line of '${command}'`).toContain(line);
  };

  it("import, lint and coverage of the samples", async () => {
    const dir = tempDir({ "SMLC2011.xml": readFileSync(path.join(SAMPLES_DIR, "SMLC2011.xml"), "utf8"), "PMOAI.xml": readFileSync(path.join(SAMPLES_DIR, "PMOAI.xml"), "utf8") });
    const clean = tempDir({ "SMLC2011.xml": readFileSync(path.join(SAMPLES_DIR, "SMLC2011.xml"), "utf8") });
    const lint = await runOgp(["lint", "SMLC2011.xml"], { cwd: clean });
    expectShown("npx ogp lint SMLC2011.xml", lint.stdout);
    writeFileSync(path.join(clean, "SMLC2012.xml"), readFileSync(path.join(import.meta.dirname, "versions/SMLC2012.xml")));
    expectShown("npx ogp diff SMLC2011.xml SMLC2012.xml", (await runOgp(["diff", "SMLC2011.xml", "SMLC2012.xml"], { cwd: clean })).stdout);
    const coverage = await runOgp(["coverage", "SMLC2011.xml"], { cwd: clean });
    expectShown("npx ogp coverage SMLC2011.xml", coverage.stdout + coverage.stderr);
    expectShown("npx ogp coverage SMLC2011.xml --of indicators --depth 1", (await runOgp(["coverage", "SMLC2011.xml", "--of", "indicators", "--depth", "1"], { cwd: clean })).stdout);
    mkdirSync(path.join(dir, "plans"));
    const imported = await runOgp(["import", "stratml", "SMLC2011.xml", "PMOAI.xml", "--output", "plans"], { cwd: dir });
    expectShown("npx ogp import stratml SMLC2011.xml PMOAI.xml --output plans", imported.stdout);
    writeFileSync(path.join(dir, "TrasnformationDotRun.xml"), readFileSync(samplePath("TrasnformationDotRun.xml")));
    expectShown("npx ogp import stratml TrasnformationDotRun.xml --output plans", (await runOgp(["import", "stratml", "TrasnformationDotRun.xml", "--output", "plans"], { cwd: dir })).stdout);
  });

  it("export of a strategy and of a work plan", async () => {
    const strategy = await runOgp(["export", "stratml", "ogp-strategy-2015"]);
    const shown = shownAfter("npx ogp export stratml ogp-strategy-2015 | head -4").map((l) => l.replace(/, \.\.\.<\/Description>$/, ""));
    for (const line of shown) expect(strategy.stdout + strategy.stderr).toContain(line);
    const dir = tempDir();
    const workplan = await runOgp(["export", "stratml", "ogp-workplan-2023", "--output", path.join(dir, "workplan.xml")]);
    expect(workplan.code).toBe(0);
    expectShown("npx ogp export stratml ogp-workplan-2023 --output workplan.xml", workplan.stderr.replace(path.join(dir, "workplan.xml"), "workplan.xml"));
    const xml = readFileSync(path.join(dir, "workplan.xml"), "utf8").split("\n").slice(20, 28).join("\n");
    expect(shownAfter("sed -n 21,28p workplan.xml")).toEqual(xml.split("\n").map((l) => l.replace(/^\s+/, "")));
  });
});
