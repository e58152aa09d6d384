import { readFileSync } from "node:fs";
import path from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/core/problem.js";
import type { LintResult } from "../../src/lint/lint.js";
import { RULES } from "../../src/lint/rules.js";
import { pickColors } from "../../src/formatters/colors.js";
import type { FormatContext } from "../../src/formatters/formatter.js";
import { escapeData, escapeProperty, formatGithub } from "../../src/formatters/lint-github.js";
import { formatJunit } from "../../src/formatters/lint-junit.js";
import { formatSarif } from "../../src/formatters/lint-sarif.js";
import { defaultLintFormat } from "../../src/formatters/lint-formats.js";
// Both are CommonJS modules that also set a `default` property, which is where TypeScript (NodeNext) finds them.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;
import { HAS_SHARED, lintFiles, SHARED, STRATEGY, WORKPLAN } from "../helpers.js";

const context: FormatContext = { rules: new Map(RULES.map((r) => [r.id, r])), colors: pickColors({}, false), cwd: "/repo", version: "9.9.9", width: 80 };

function resultOf(problems: Problem[], files = [...new Set(problems.map((p) => p.file))]): LintResult {
  const count = (s: string) => problems.filter((p) => p.severity === s).length;
  return { problems, errorCount: count("error"), warningCount: count("warning"), infoCount: count("info"), documents: 1, nodes: 1, files };
}

const awkward: Problem = { file: "plans/a,b:c.yaml", line: 3, column: 5, endLine: 3, endColumn: 9, severity: "error", rule: "schema", messageId: "m", message: "100% wrong:\r\nsee, here" };

describe("github format", () => {
  it("escapes % CR LF in the message and also : , in properties", () => {
    expect(escapeData("100%\r\n: ,")).toBe("100%25%0D%0A: ,");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
    expect(formatGithub(resultOf([awkward]))).toBe("::error file=plans/a%2Cb%3Ac.yaml,line=3,col=5,endColumn=9,endLine=3,title=ogp schema::100%25 wrong:%0D%0Asee, here\nogp: 1 problem (1 error, 0 warnings)\n");
  });

  it("gives a column only when the problem stays on one line; info is a notice", () => {
    const text = formatGithub(resultOf([{ ...awkward, file: "x.yaml", endLine: 5, severity: "info", message: "m" }]));
    expect(text.split("\n")[0]).toBe("::notice file=x.yaml,line=3,endLine=5,title=ogp schema::m");
  });

  it("prints nothing when there is nothing to report", () => {
    expect(formatGithub(resultOf([], ["x.yaml"]))).toBe("");
  });

  it("is the default only inside GitHub Actions", () => {
    expect(defaultLintFormat({ GITHUB_ACTIONS: "true" })).toBe("github");
    expect(defaultLintFormat({})).toBe("stylish");
  });
});

describe("junit format", () => {
  it("one testsuite per file, a failing testcase per problem, a passing one for a clean file, XML escaped", () => {
    const xml = formatJunit(resultOf([{ ...awkward, message: "a <b> & ]]> c" }], ["clean.yaml", "plans/a,b:c.yaml"]));
    expect(xml).toContain('<testsuite package="ogp" time="0" tests="1" errors="0" failures="0" name="clean.yaml">\n<testcase time="0" name="clean.yaml" classname="clean" />');
    expect(xml).toContain('<testcase time="0" name="ogp.schema" classname="plans/a,b:c"><failure message="a &lt;b&gt; &amp; ]]&gt; c"><![CDATA[line 3, col 5, Error - a <b> & ]]]]><![CDATA[> c (schema)]]></failure></testcase>');
  });
});

describe("sarif format", () => {
  /** The official SARIF 2.1.0 schema, from ../shared (read when the test that needs it runs). */
  const sarifValidator = () => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(path.join(SHARED, "sarif/sarif-schema-2.1.0.json"), "utf8")) as object);
  };
  const broken = lintFiles({ "plans/s.yaml": STRATEGY.replace("title: Goal two", "titel: Goal two"), "plans/w.yaml": WORKPLAN.replace("s/g2", "s/g9"), "plans/my plan.yaml": "kind: deliverable\n" });

  interface Sarif {
    runs: { tool: { driver: { rules: { id: string; help: { text: string }; shortDescription: { text: string }; fullDescription: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[] }[];
  }

  it.skipIf(!HAS_SHARED)("is valid SARIF 2.1.0 by the official schema", () => {
    const validate = sarifValidator();
    expect(broken.problems.length).toBeGreaterThan(2);
    const log = JSON.parse(formatSarif(broken, context)) as Sarif;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it("meets GitHub code scanning's own requirements", () => {
    const run = (JSON.parse(formatSarif(broken, context)) as Sarif).runs[0]!;
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    }
    for (const result of run.results) {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^([a-z]+:|\/)/);
      expect(region.startLine).toBeGreaterThan(0);
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain("plans/my%20plan.yaml");
  });
});
