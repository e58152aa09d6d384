import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/yaml-syntax.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

const syntax = (text: string) => problemsOf(lintFiles({ "a.yaml": text }), "yaml-syntax");

describe("yaml-syntax", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("yaml-syntax");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  it("reports malformed YAML with the parser's explanation, at the offending character", () => {
    // line 2, column 8 is the second `:` of `title: a: b`
    const result = lintFiles({ "a.yaml": "kind: strategy\ntitle: a: b\n" });
    expect(problemsOf(result, "yaml-syntax")).toEqual(["a.yaml:2:8 YAML syntax error: Nested mappings are not allowed in compact mappings"]);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("reports several documents in one file, at the '---'", () => {
    expect(syntax("kind: strategy\n---\nkind: workplan\n")).toEqual([
      "a.yaml:2:1 several YAML documents in one file ('---'): put each plan document in its own file",
    ]);
  });

  it("reports a tab used for indentation, at the tab", () => {
    expect(syntax("kind: strategy\ngoals:\n\t- id: a\n")).toEqual(["a.yaml:3:1 tab used for indentation: YAML indents with spaces only"]);
  });

  it("reports an unclosed quote", () => {
    // the parser notices at the end of the text (line 3), not at the opening quote
    expect(syntax('kind: strategy\ntitle: "abc\n')).toEqual(['a.yaml:3:1 YAML syntax error: Missing closing "quote']);
  });

  it("reports an alias without an anchor, at the alias", () => {
    // line 3: `title: *name`, the alias at column 8
    const result = lintFiles({ "a.yaml": "kind: strategy\nid: s\ntitle: *name\nstatus: approved\n" });
    expect(problemsOf(result, "yaml-syntax")).toEqual(["a.yaml:3:8 alias '*name' refers to no anchor '&name' defined before it"]);
    expect(result.problems[0]!.severity).toBe("error");
  });

  it("stops at the syntax error: no not-a-plan or schema problem for the same file", () => {
    const result = lintFiles({ "a.yaml": "kind: strategy\ntitle: a: b\n" });
    expect(result.problems.map((p) => p.rule)).toEqual(["yaml-syntax"]);
    expect(result.documents).toBe(0);
  });

  it("reports nothing for well-formed YAML", () => {
    expect(problemsOf(lintFiles({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }), "yaml-syntax")).toEqual([]);
  });
});

testRule(rule, {
  valid: [{ name: "well-formed YAML", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } }],
  invalid: [
    {
      // line 2, column 8 is the second `:` of `title: a: b`
      name: "malformed YAML, with the parser's explanation, at the offending character",
      files: { "a.yaml": "kind: strategy\ntitle: a: b\n" },
      errors: [{ messageId: "syntax", data: { detail: "Nested mappings are not allowed in compact mappings" }, line: 2, column: 8 }],
    },
    { name: "several documents in one file, at the '---'", files: { "a.yaml": "kind: strategy\n---\nkind: workplan\n" }, errors: [{ messageId: "multipleDocuments", data: {}, line: 2, column: 1 }] },
    { name: "CR-only line ends: one problem that names them", files: { "a.yaml": "kind: strategy\rid: s\rtitle: T\r" }, errors: [{ messageId: "crLineEnds", data: {}, line: 1, column: 15 }] },
    { name: "a tab used for indentation, at the tab", files: { "a.yaml": "kind: strategy\ngoals:\n\t- id: a\n" }, errors: [{ messageId: "tabIndent", data: {}, line: 3, column: 1 }] },
    { name: "an alias without an anchor, at the alias", files: { "a.yaml": "kind: strategy\nid: s\ntitle: *name\nstatus: approved\n" }, errors: [{ messageId: "undefinedAlias", data: { name: "name" }, line: 3, column: 8 }] },
  ],
});
