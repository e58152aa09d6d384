import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/yaml-syntax.js";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

describe("yaml-syntax", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("yaml-syntax");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("stops at the syntax error: no not-a-plan or schema problem for the same file", () => {
    const result = lintFiles({ "a.yaml": "kind: strategy\ntitle: a: b\n" });
    expect(result.problems.map((p) => p.rule)).toEqual(["yaml-syntax"]);
    expect(result.documents).toBe(0);
  });
});

testRule(rule, {
  valid: [
    { name: "well-formed YAML", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
    { name: "an alias after its anchor's value", files: { "s.yaml": `${STRATEGY}notes: &n "a note"\ndescription: *n\n` } },
  ],
  invalid: [
    {
      // line 2, column 8 is the second `:` of `title: a: b`
      name: "a value holding ': ', with the advice to quote it",
      files: { "a.yaml": "kind: strategy\ntitle: a: b\n" },
      errors: [{ messageId: "colonInValue", data: { key: "title", value: "a: b" }, line: 2, column: 8, message: "the value of 'title' holds ': ', which YAML reads as a second key on one line: quote the value, e.g. title: \"a: b\"" }],
    },
    {
      // the parser says "Nested mappings are not allowed in compact mappings" at 3:9 and "Implicit keys need to be on a single line" there too
      name: "a key indented one space deeper than the key above it: once, at the key",
      files: { "a.yaml": "kind: strategy\ngoals:\n  - id: g1\n     title: x\n" },
      errors: [{ messageId: "keyTooDeep", data: { key: "title", found: 5, previousKey: "id", expected: 4 }, line: 4, column: 6 }],
    },
    {
      // the parser says "All mapping items must start at the same column" at 5:1
      name: "a key indented deeper than its siblings, at the key, not at column 1",
      files: { "a.yaml": 'kind: strategy\ngoals:\n  - id: g1\n    label: "1"\n      title: x\n' },
      errors: [{ messageId: "misindentedKey", data: { key: "title", found: 6, previousKey: "label", expected: 4 }, line: 5, column: 7 }],
    },
    {
      // the parser says "Sequence item without - indicator" at 6:1
      name: "a key indented one space less than its siblings",
      files: { "a.yaml": "kind: strategy\ngoals:\n  - id: g1\n    objectives:\n      - id: o1\n       label: x\n" },
      errors: [{
        messageId: "misindentedKey", data: { key: "label", found: 7, previousKey: "id", expected: 8 }, line: 6, column: 8,
        message: "'label' is indented 7 spaces, but 'id' above it is indented 8: the keys of one item line up, so indent 'label' by 8 spaces (or move it under the item it belongs to)",
      }],
    },
    { name: "a complex key ('? [a, b]') at the key, not at 1:1", files: { "a.yaml": "kind: strategy\nid: s\ntitle: T\nstatus: approved\n? [a, b]\n: x\n" }, errors: [{ messageId: "complexKey", data: {}, line: 5, column: 3 }] },
    { name: "a complex key in flow form", files: { "a.yaml": "kind: strategy\n[a, b]: x\n" }, errors: [{ messageId: "complexKey", data: {}, line: 2, column: 1 }] },
    {
      name: "an alias inside the value its anchor names, not 'nesting deeper than 200 levels'",
      files: { "a.yaml": "kind: strategy\nid: s\ntitle: T\nstatus: approved\ngoals: &g\n  - id: g1\n    notes: *g\n" },
      errors: [{ messageId: "aliasInItself", data: { name: "g" }, line: 7, column: 12 }],
    },
    { name: "a line without ':'", files: { "a.yaml": "kind: strategy\ntitle\nid: s\n" }, errors: [{ messageId: "missingColon", data: { text: "title" }, line: 2, column: 1 }] },
    { name: "an unclosed '[', at the bracket", files: { "a.yaml": "kind: strategy\ngoals: [a, b\nid: s\n" }, errors: [{ messageId: "unclosedBracket", data: { open: "[", close: "]" }, line: 2, column: 8 }] },
    {
      // `[a, b]]`: a stray closing bracket, at 2:14; the detail is the parser's sentence, not ours, so it is not pinned
      name: "an error with no plain words of ours keeps the parser's own sentence",
      files: { "a.yaml": "kind: strategy\ntitle: [a, b]]\n" },
      errors: [{ messageId: "syntax", line: 2, column: 14 }],
    },
    {
      name: "several documents in one file, at the '---'",
      files: { "a.yaml": "kind: strategy\n---\nkind: workplan\n" },
      errors: [{ messageId: "multipleDocuments", data: {}, line: 2, column: 1, message: "several YAML documents in one file ('---'): put each plan document in its own file" }],
    },
    {
      name: "an unclosed quote, at the opening quote, not where the parser gave up (the end of the text)",
      files: { "a.yaml": 'kind: strategy\ntitle: "abc\n' },
      errors: [{ messageId: "unclosedQuote", data: { quote: '"' }, line: 2, column: 8, message: 'this value\'s opening " is never closed: end the value with " on the same line, or remove the quote' }],
    },
    { name: "CR-only line ends: one problem that names them", files: { "a.yaml": "kind: strategy\rid: s\rtitle: T\r" }, errors: [{ messageId: "crLineEnds", data: {}, line: 1, column: 15 }] },
    { name: "a tab used for indentation, at the tab", files: { "a.yaml": "kind: strategy\ngoals:\n\t- id: a\n" }, errors: [{ messageId: "tabIndentAdvice", data: { key: "id", spaces: 2, aboveKey: "goals", relation: "under" }, line: 3, column: 1, message: "a tab indents 'id': YAML indents with spaces only; replace the tab with 2 spaces, under 'goals' above" }] },
    { name: "an alias without an anchor, at the alias", files: { "a.yaml": "kind: strategy\nid: s\ntitle: *name\nstatus: approved\n" }, errors: [{ messageId: "undefinedAlias", data: { name: "name" }, line: 3, column: 8, message: "alias '*name' refers to no anchor '&name' defined before it" }] },
  ],
});
