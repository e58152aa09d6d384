import { describe, expect, it } from "vitest";
import { renderMessage } from "../../src/core/messages.js";
import rule from "../../src/lint/rules/schema.js";
import { SCHEMA_PHRASES } from "../../src/validate/messages.js";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

/** A strategy whose lines are easy to count: the goals start at line 6. */
const strategy = (goals: string, head = "") => `kind: strategy
id: s
title: S
status: approved
${head}goals:
${goals}`;

/** The keys allowed in a goal, in the schema's order. */
const GOAL_KEYS = "id, label, title, description, altTitles, refs, derivedFrom, source, paragraph, comments, notes, data, objectives, strategies, approaches, indicators, stakeholders, coverage";

/** A workplan (with the strategy it links to) whose one advances link, `{ ref: s/g1, cite: "it says so" }` on line 12, is replaced. */
const workplanLink = (link: string) => ({ "w.yaml": WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', link), "s.yaml": STRATEGY });

describe("schema", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("schema");
    expect(rule.defaultSeverity).toBe("error");
  });

  it("words the phrases its data carries (places, types, values, month names) in a table whose templates render", () => {
    for (const template of Object.values<string>(SCHEMA_PHRASES)) {
      const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
      expect(() => renderMessage(template, Object.fromEntries(names.map((n) => [n, "x"])))).not.toThrow();
    }
    expect(Object.keys(SCHEMA_PHRASES).filter((id) => id.startsWith("month"))).toHaveLength(12);
  });

  it("keeps a schema-invalid document in the graph, so references to it still resolve", () => {
    const text = STRATEGY.replace("title: A strategy", "title: A strategy\nowner: nobody");
    const result = lintFiles({ "s.yaml": text, "w.yaml": WORKPLAN });
    expect(result.problems.map((p) => [p.rule, p.messageId, p.line, p.column])).toEqual([["schema", "unknownKeyAllowed", 4, 1]]);
  });
});

testRule(rule, {
  valid: [{ name: "valid documents", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } }],
  invalid: [
    // unknown keys
    {
      name: "an unknown key of a nested node, with the nearest key",
      files: { "s.yaml": strategy('  - id: g1\n    label: "1"\n    tittle: Goal one\n') },
      errors: [{
        messageId: "unknownKeyHere", data: { key: "tittle", placeName: "a goal or sub-goal", suggestion: "title" }, line: 8, column: 5,
        message: "unknown key 'tittle' in a goal or sub-goal; did you mean 'title'?",
      }],
    },
    {
      // line 12: `      - { ref: s/g1, cite: "x", cit: "y" }`, `cit` at column 33
      name: "an unknown key of a link object",
      files: workplanLink('{ ref: s/g1, cite: "x", cit: "y" }'),
      errors: [{ messageId: "unknownKeyHere", data: { key: "cit", placeName: "a link", suggestion: "cite" }, line: 12, column: 33 }],
    },
    {
      name: "an unknown key with none close: the keys allowed at that place",
      files: { "s.yaml": strategy("  - id: g1\n    colour: red\n") },
      errors: [{
        messageId: "unknownKeyAllowed", data: { key: "colour", placeName: "a goal or sub-goal", allowed: GOAL_KEYS }, line: 7, column: 5,
        message: `unknown key 'colour' in a goal or sub-goal; allowed here: ${GOAL_KEYS}`,
      }],
    },
    {
      name: "a key that belongs elsewhere, as not allowed at this place",
      files: { "s.yaml": strategy("  - id: g1\n    advances: [g1]\n") },
      errors: [{ messageId: "unknownKeyAllowed", data: { key: "advances", placeName: "a goal or sub-goal", allowed: GOAL_KEYS }, line: 7, column: 5 }],
    },
    // missing keys
    {
      name: "a required key missing from the document",
      files: { "w.yaml": WORKPLAN.replace("strategy: s\n", ""), "s.yaml": STRATEGY },
      errors: [{ messageId: "missingKey", data: { place: "the document", key: "strategy" }, line: 1, column: 1, message: "the document is missing the required key 'strategy'" }],
    },
    {
      name: "a node missing its id, at the node",
      files: { "s.yaml": strategy('  - id: g1\n  - label: "2"\n    title: Goal two\n') },
      errors: [{ messageId: "missingKey", data: { place: "item 2 of 'goals'", key: "id" }, line: 7, column: 5, message: "item 2 of 'goals' is missing the required key 'id'" }],
    },
    {
      name: "a link object without 'ref'",
      files: workplanLink('{ cite: "x" }'),
      errors: [{ messageId: "missingKey", data: { place: "item 1 of 'advances'", key: "ref" }, line: 12, column: 9 }],
    },
    // wrong types
    {
      name: "a list where a string belongs",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: [a, b]\nstatus: approved\n" },
      errors: [{ messageId: "wrongType", data: { place: "'title'", expected: "a string", got: "a list" }, line: 3, column: 8, message: "'title' must be a string, not a list" }],
    },
    {
      name: "an unquoted dotted label, read as a number",
      files: { "s.yaml": strategy("  - id: g1\n    label: 1.5\n") },
      errors: [{
        messageId: "numberForString", data: { place: "'label'", expected: "a string", got: "number 1.5", value: "1.5" }, line: 7, column: 12,
        message: `'label' must be a string, not number 1.5: quote it, e.g. "1.5" (unquoted, YAML reads it as a number)`,
      }],
    },
    {
      // `    title:` has no value to point at, so the problem sits at the key (7:5), not past the colon
      name: "a key left empty, at the key",
      files: { "s.yaml": strategy("  - id: g1\n    title:\n") },
      errors: [{ messageId: "wrongType", data: { place: "'title'", expected: "a string", got: "empty (null)" }, line: 7, column: 5 }],
    },
    {
      name: "a list item of the wrong type",
      files: workplanLink("42"),
      errors: [{ messageId: "numberForString", data: { place: "item 1 of 'advances'", expected: "a string or mapping", got: "number 42", value: "42" }, line: 12, column: 9 }],
    },
    {
      name: "a scalar where a list belongs",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: approved\ngoals: none\n" },
      errors: [{ messageId: "wrongType", data: { place: "'goals'", expected: "a list", got: 'string "none"' }, line: 5, column: 8 }],
    },
    {
      name: "a scalar where a mapping belongs",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: approved\nperiod: 2020\n" },
      errors: [{ messageId: "wrongType", data: { place: "'period'", expected: "a mapping", got: "number 2020" }, line: 5, column: 9 }],
    },
    // enums
    {
      name: "a value outside the enum with none close: the allowed values alone",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: final\n" },
      errors: [{
        messageId: "notInEnum", data: { place: "'status'", allowed: "draft, approved, superseded", value: '"final"' }, line: 4, column: 9,
        message: `'status' must be one of draft, approved, superseded; got "final"`,
      }],
    },
    // patterns
    {
      name: "a bad node id",
      files: { "s.yaml": strategy("  - id: -g1\n") },
      errors: [{
        messageId: "badId", data: { place: "'id'", value: '"-g1"' }, line: 6, column: 9,
        message: `'id' "-g1" is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit`,
      }],
    },
    {
      // line 5: `period: { start: "2020-13", end: "2025" }`, the start value at column 18
      name: "a bad date",
      files: { "s.yaml": strategy("  - id: g1\n", 'period: { start: "2020-13", end: "2025" }\n') },
      errors: [{ messageId: "badDate", data: { place: "'start'", value: '"2020-13"' }, line: 5, column: 18, message: `'start' "2020-13" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` }],
    },
    {
      name: "an unquoted year out of range",
      files: { "s.yaml": strategy("  - id: g1\n", "period: { start: 999, end: 2025 }\n") },
      errors: [{ messageId: "outOfRange", data: { place: "'start'", value: "999", limit: "must be >= 1000" }, line: 5, column: 18, message: "'start' 999 is out of range (must be >= 1000)" }],
    },
    {
      name: "a malformed reference",
      files: { "w.yaml": WORKPLAN.replace("ref: s/g1", 'ref: "s/g 1"'), "s.yaml": STRATEGY },
      errors: [{
        messageId: "badReference", data: { place: "'ref'", value: '"s/g 1"' }, line: 12, column: 16,
        message: `'ref' "s/g 1" is not a valid reference: write '<document-id>/<node-id>', or a bare '<node-id>' in the same document`,
      }],
    },
    // other constraints
    {
      // line 12: `      - { ref: s/g1, cite: "" }`, the empty string at column 28
      name: "an empty cite",
      files: { "w.yaml": WORKPLAN.replace('cite: "it says so"', 'cite: ""'), "s.yaml": STRATEGY },
      errors: [{ messageId: "empty", data: { place: "'cite'" }, line: 12, column: 28, message: "'cite' must not be empty" }],
    },
    {
      name: "an empty period",
      files: { "s.yaml": strategy("  - id: g1\n", "period: {}\n") },
      errors: [{ messageId: "emptyMapping", data: { place: "'period'" }, line: 5, column: 9, message: "'period' must not be empty: give at least one of its keys" }],
    },
    {
      name: "a negative count",
      files: { "s.yaml": strategy("  - id: g1\n    comments: -1\n") },
      errors: [{ messageId: "outOfRange", data: { place: "'comments'", value: "-1", limit: "must be >= 0" }, line: 7, column: 15 }],
    },
    {
      name: "an over-long id, with ajv's own wording",
      files: { "s.yaml": strategy(`  - id: ${"g".repeat(201)}\n`) },
      errors: [{ messageId: "other", data: { place: "'id'", detail: "must NOT have more than 200 characters" }, line: 6, column: 9, message: "'id' must NOT have more than 200 characters" }],
    },
    // kind
    {
      name: "a kind that is not a string, without a suggestion",
      files: { "s.yaml": "kind: 3\nid: s\ntitle: S\nstatus: approved\n" },
      errors: [{ messageId: "unknownKind", data: { kind: "3" }, line: 1, column: 7, message: "unknown kind 3: use strategy, workplan or deliverable" }],
    },
    {
      name: "an unknown key, at the key, with the nearest allowed key",
      files: { "s.yaml": "kind: strategy\nid: s\ntitel: S\nstatus: approved\n" },
      errors: [
        { messageId: "missingKey", data: { place: "the document", key: "title" }, line: 1, column: 1 },
        {
          messageId: "unknownKeyHere", data: { key: "titel", placeName: "a strategy document", suggestion: "title" }, line: 3, column: 1,
          message: "unknown key 'titel' in a strategy document; did you mean 'title'?",
        },
      ],
    },
    {
      name: "an unquoted numeric label, with the advice to quote it",
      files: { "s.yaml": strategy('  - id: g1\n    label: 2\n') },
      errors: [{ messageId: "numberForString", data: { place: "'label'", expected: "a string", got: "number 2", value: "2" }, line: 7, column: 12 }],
    },
    {
      name: "a value outside the enum, with a did-you-mean",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: S\nstatus: aproved\n" },
      errors: [{
        messageId: "notInEnumSuggest", data: { place: "'status'", allowed: "draft, approved, superseded", value: '"aproved"', suggestion: "approved" }, line: 4, column: 9,
        message: `'status' must be one of draft, approved, superseded; got "aproved"; did you mean 'approved'?`,
      }],
    },
    {
      name: "a bad document id",
      files: { "s.yaml": "kind: strategy\nid: my strategy\ntitle: S\nstatus: approved\n" },
      errors: [{ messageId: "badId", data: { place: "'id'", value: '"my strategy"' }, line: 2, column: 5 }],
    },
    {
      // `period: { start: "2024-02-29", end: "2025-02-30" }`: a leap day is a date, February 30th is not (the end value at 5:37)
      name: "an impossible date, once",
      files: { "s.yaml": 'kind: strategy\nid: s\ntitle: S\nstatus: approved\nperiod: { start: "2024-02-29", end: "2025-02-30" }\n' },
      errors: [{
        messageId: "noSuchDay", data: { place: "'end'", value: '"2025-02-30"', monthName: "February", year: 2025, days: 28 }, line: 5, column: 37,
        message: "'end' \"2025-02-30\" is not a real date: February 2025 has 28 days",
      }],
    },
    {
      name: "a period value that is not a date: the pattern's message alone",
      files: { "s.yaml": 'kind: strategy\nid: s\ntitle: S\nstatus: approved\nperiod: { start: soon }\n' },
      errors: [{ messageId: "badDate", data: { place: "'start'", value: '"soon"' }, line: 5, column: 18 }],
    },
    {
      name: "title: .inf, named as YAML writes it",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: .inf\nstatus: approved\n" },
      errors: [{ messageId: "numberForString", data: { place: "'title'", expected: "a string", got: "number .inf", value: ".inf" }, line: 3, column: 8 }],
    },
    {
      name: "a !!binary value where text belongs",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: !!binary aGVsbG8=\nstatus: approved\n" },
      errors: [{ messageId: "taggedForString", data: { place: "'title'", expected: "a string", got: "binary data (!!binary)" }, line: 3, column: 17 }],
    },
    {
      name: "a !!timestamp value where text belongs",
      files: { "s.yaml": "kind: strategy\nid: s\ntitle: !!timestamp 2001-12-14\nstatus: approved\n" },
      errors: [{ messageId: "taggedForString", data: { place: "'title'", expected: "a string", got: "a timestamp (YAML reads an unquoted date-time, or !!timestamp, as one)" }, line: 3, column: 20 }],
    },
    {
      // line 9: `        target: { value: 60, dates: "2027" }`, the key `dates` at column 30
      name: "a target of the right form (a mapping) with a wrong key: the key alone, not also 'must be a string'",
      files: { "s.yaml": 'kind: strategy\nid: s\ntitle: T\nstatus: approved\ngoals:\n  - id: g1\n    indicators:\n      - id: i1\n        target: { value: 60, dates: "2027" }\n' },
      errors: [{ messageId: "unknownKeySuggest", data: { key: "dates", suggestion: "date" }, line: 9, column: 30 }],
    },
    {
      name: "an unknown kind, with a did-you-mean",
      files: { "x.yaml": "kind: stratgy\nid: s\ntitle: S\nstatus: approved\n" },
      errors: [{
        messageId: "unknownKindSuggest", data: { kind: '"stratgy"', suggestion: "strategy" }, line: 1, column: 7,
        message: `unknown kind "stratgy": use strategy, workplan or deliverable; did you mean 'strategy'?`,
      }],
    },
  ],
});
