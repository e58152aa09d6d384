import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/not-a-plan.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

const EMPTY = "empty file (no YAML content): a plan file holds one mapping with 'kind', 'id', 'title' and 'status'";
const holds = (what: string) => `not an ogp plan: the file holds ${what}, not a mapping with 'kind', 'id', 'title' and 'status'`;

describe("not-a-plan", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("not-a-plan");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("keeps a file without 'kind' out of the graph: no schema problem, no document", () => {
    const result = lintFiles({ "nokind.yaml": "id: s\ntitle: S\nstatus: approved\n" });
    expect(result.problems.map((p) => p.rule)).toEqual(["not-a-plan"]);
    expect(result.documents).toBe(0);
  });

  it("leaves an unknown kind to the schema rule", () => {
    const result = lintFiles({ "x.yaml": "kind: stratgy\nid: s\ntitle: S\nstatus: approved\n" });
    expect(problemsOf(result, "not-a-plan")).toEqual([]);
    expect(problemsOf(result, "schema")).toHaveLength(1);
  });
});

const scalar = (got: string, text: string) => ({ name: `a scalar: ${got}`, files: { "x.yaml": text }, errors: [{ messageId: "notMapping", data: { got }, line: 1, column: 1, message: holds(got) }] });

testRule(rule, {
  valid: [{ name: "plan documents", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } }],
  invalid: [
    { name: "an empty file", files: { "empty.yaml": "" }, errors: [{ messageId: "emptyFile", data: {}, line: 1, column: 1, message: EMPTY }] },
    { name: "a file with only comments, as empty", files: { "c.yaml": "# nothing here yet\n" }, errors: [{ messageId: "emptyFile", data: {}, line: 1, column: 1 }] },
    { name: "a list", files: { "list.yaml": "- kind: strategy\n- kind: workplan\n" }, errors: [{ messageId: "notMapping", data: { got: "a list" }, line: 1, column: 1, message: holds("a list") }] },
    scalar("a string value", "hello\n"),
    scalar("a number value", "42\n"),
    scalar("a boolean value", "true\n"),
    {
      name: "a mapping without 'kind'",
      files: { "nokind.yaml": "id: s\ntitle: S\nstatus: approved\n" },
      errors: [{ messageId: "noKind", data: {}, line: 1, column: 1, message: "not an ogp plan: no 'kind' key (expected kind: strategy, workplan or deliverable)" }],
    },
    { name: "a file of only '---' is empty, as one of only comments is", files: { "dashes.yaml": "---\n" }, errors: [{ messageId: "emptyFile", data: {}, line: 1, column: 4 }] },
    {
      name: "a GitHub workflow: once, as not a plan file",
      files: { ".github/ci.yml": "name: CI\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n" },
      errors: [{
        messageId: "notAPlanFile", data: { keys: "'name', 'on', 'jobs'" }, line: 1, column: 1,
        message: "not a plan file: a YAML mapping with no plan 'kind' and no 'id', 'title' or 'status' (its keys: 'name', 'on', 'jobs'); keep other tools' YAML out of the plans folder, or lint the plan files by path",
      }],
    },
    { name: "a Kubernetes manifest (a kind, but not a plan's)", files: { "k8s.yaml": "apiVersion: v1\nkind: Deployment\nmetadata:\n  name: x\n" }, errors: [{ messageId: "notAPlanFile", data: { keys: "'apiVersion', 'kind', 'metadata'" }, line: 1, column: 1 }] },
  ],
});
