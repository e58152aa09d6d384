import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/schema.js";
import { lintFiles, problemsOf, STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

/** A strategy whose lines are easy to count: the goals start at line 6. */
const strategy = (goals: string, head = "") => `kind: strategy
id: s
title: S
status: approved
${head}goals:
${goals}`;

const schemaProblems = (files: Record<string, string>) => problemsOf(lintFiles(files), "schema");

describe("schema", () => {
  it("has its id, default severity and a description", () => {
    expect(rule.id).toBe("schema");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.description.length).toBeGreaterThan(0);
  });

  describe("unknown keys", () => {
    it("reports an unknown key at the key, with a did-you-mean for a swapped pair of letters", () => {
      const text = `kind: strategy
id: s
titel: S
status: approved
`;
      const result = lintFiles({ "s.yaml": text });
      expect(problemsOf(result, "schema")).toContain("s.yaml:3:1 unknown key 'titel' in a strategy document; did you mean 'title'?");
      const problem = result.problems.find((p) => p.message.startsWith("unknown key 'titel'"))!;
      expect(problem.rule).toBe("schema");
      expect(problem.severity).toBe("error");
    });

    it("reports an unknown key of a nested node", () => {
      // line 8: `    tittle: Goal one`
      const text = strategy(`  - id: g1
    label: "1"
    tittle: Goal one
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:8:5 unknown key 'tittle' in a goal or sub-goal; did you mean 'title'?"]);
    });

    it("reports an unknown key of a link object", () => {
      const text = WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', '{ ref: s/g1, cite: "x", cit: "y" }');
      // line 12: `      - { ref: s/g1, cite: "x", cit: "y" }`, `cit` at column 33
      expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": text })).toEqual(["w.yaml:12:33 unknown key 'cit' in a link; did you mean 'cite'?"]);
    });

    it("lists the keys allowed at that place when no key is close", () => {
      const text = strategy(`  - id: g1
    colour: red
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:7:5 unknown key 'colour' in a goal or sub-goal; allowed here: id, label, title, description, altTitles, refs, derivedFrom, source, paragraph, comments, notes, data, objectives, strategies, approaches, indicators, stakeholders, coverage"]);
    });

    it("names a key that belongs elsewhere as not allowed at this place", () => {
      const text = strategy(`  - id: g1
    advances: [g1]
`);
      expect(schemaProblems({ "s.yaml": text })[0]).toMatch(/^s\.yaml:7:5 unknown key 'advances' in a goal or sub-goal; allowed here: id, label, title/);
    });
  });

  describe("missing keys", () => {
    it("reports a required key missing from the document", () => {
      const text = WORKPLAN.replace("strategy: s\n", "");
      expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": text })).toEqual([
        "w.yaml:1:1 the document is missing the required key 'strategy'",
      ]);
    });

    it("reports a node missing its id at the node", () => {
      const text = strategy(`  - id: g1
  - label: "2"
    title: Goal two
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:7:5 item 2 of 'goals' is missing the required key 'id'"]);
    });

    it("reports a link object without 'ref'", () => {
      const text = WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', '{ cite: "x" }');
      expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": text })).toEqual([
        "w.yaml:12:9 item 1 of 'advances' is missing the required key 'ref'",
      ]);
    });
  });

  describe("wrong types", () => {
    it("reports a list where a string belongs", () => {
      const text = "kind: strategy\nid: s\ntitle: [a, b]\nstatus: approved\n";
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:3:8 'title' must be a string, not a list"]);
    });

    it("reports an unquoted numeric label and suggests quoting it", () => {
      const text = strategy(`  - id: g1
    label: 2
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual([
        `s.yaml:7:12 'label' must be a string, not number 2: quote it, e.g. "2" (unquoted, YAML reads it as a number)`,
      ]);
    });

    it("reports an unquoted dotted label read as a number", () => {
      const text = strategy(`  - id: g1
    label: 1.5
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual([
        `s.yaml:7:12 'label' must be a string, not number 1.5: quote it, e.g. "1.5" (unquoted, YAML reads it as a number)`,
      ]);
    });

    it("reports a key left empty, at the key", () => {
      // `    title:` has no value to point at, so the problem sits at the key (7:5), not past the colon
      const text = strategy(`  - id: g1
    title:
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:7:5 'title' must be a string, not empty (null)"]);
    });

    it("reports a list item of the wrong type", () => {
      const text = WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', "42");
      expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": text })).toEqual([
        `w.yaml:12:9 item 1 of 'advances' must be a string or mapping, not number 42: quote it, e.g. "42" (unquoted, YAML reads it as a number)`,
      ]);
    });

    it("reports a scalar where a list belongs", () => {
      const text = "kind: strategy\nid: s\ntitle: S\nstatus: approved\ngoals: none\n";
      expect(schemaProblems({ "s.yaml": text })).toEqual([`s.yaml:5:8 'goals' must be a list, not string "none"`]);
    });

    it("reports a scalar where a mapping belongs", () => {
      const text = "kind: strategy\nid: s\ntitle: S\nstatus: approved\nperiod: 2020\n";
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:5:9 'period' must be a mapping, not number 2020"]);
    });
  });

  describe("enums", () => {
    it("reports a value outside the enum, with a did-you-mean", () => {
      const text = "kind: strategy\nid: s\ntitle: S\nstatus: aproved\n";
      const result = lintFiles({ "s.yaml": text });
      expect(problemsOf(result, "schema")).toEqual([
        `s.yaml:4:9 'status' must be one of draft, approved, superseded; got "aproved"; did you mean 'approved'?`,
      ]);
      expect(result.problems[0]!.severity).toBe("error");
    });

    it("lists the allowed values without a suggestion when none is close", () => {
      const text = "kind: strategy\nid: s\ntitle: S\nstatus: final\n";
      expect(schemaProblems({ "s.yaml": text })).toEqual([`s.yaml:4:9 'status' must be one of draft, approved, superseded; got "final"`]);
    });
  });

  describe("patterns", () => {
    it("reports a bad document id", () => {
      const text = "kind: strategy\nid: my strategy\ntitle: S\nstatus: approved\n";
      expect(schemaProblems({ "s.yaml": text })).toEqual([
        `s.yaml:2:5 'id' "my strategy" is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit`,
      ]);
    });

    it("reports a bad node id", () => {
      const text = strategy(`  - id: -g1
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual([
        `s.yaml:6:9 'id' "-g1" is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit`,
      ]);
    });

    it("reports a bad date", () => {
      const text = strategy(`  - id: g1
`, `period: { start: "2020-13", end: "2025" }
`);
      // line 5: `period: { start: "2020-13", end: "2025" }`, the start value at column 18
      expect(schemaProblems({ "s.yaml": text })).toEqual([`s.yaml:5:18 'start' "2020-13" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`]);
    });

    it("reports an unquoted year out of range", () => {
      const text = strategy(`  - id: g1
`, `period: { start: 999, end: 2025 }
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:5:18 'start' 999 is out of range (must be >= 1000)"]);
    });

    it("reports a malformed reference", () => {
      const text = WORKPLAN.replace("ref: s/g1", 'ref: "s/g 1"');
      expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": text })).toEqual([
        `w.yaml:12:16 'ref' "s/g 1" is not a valid reference: write '<document-id>/<node-id>', or a bare '<node-id>' in the same document`,
      ]);
    });
  });

  describe("other constraints", () => {
    it("reports an empty cite", () => {
      const text = WORKPLAN.replace('cite: "it says so"', 'cite: ""');
      // line 12: `      - { ref: s/g1, cite: "" }`, the empty string at column 28
      expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": text })).toEqual(["w.yaml:12:28 'cite' must not be empty"]);
    });

    it("reports an empty period", () => {
      const text = strategy(`  - id: g1
`, `period: {}
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:5:9 'period' must not be empty: give at least one of its keys"]);
    });

    it("reports a negative count", () => {
      const text = strategy(`  - id: g1
    comments: -1
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:7:15 'comments' -1 is out of range (must be >= 0)"]);
    });

    it("reports an over-long id with ajv's own wording", () => {
      const text = strategy(`  - id: ${"g".repeat(201)}
`);
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:6:9 'id' must NOT have more than 200 characters"]);
    });
  });

  describe("kind", () => {
    it("reports an unknown kind, with a did-you-mean", () => {
      const text = "kind: stratgy\nid: s\ntitle: S\nstatus: approved\n";
      const result = lintFiles({ "s.yaml": text });
      expect(problemsOf(result, "schema")).toEqual([
        `s.yaml:1:7 unknown kind "stratgy": use strategy, workplan or deliverable; did you mean 'strategy'?`,
      ]);
      expect(result.problems[0]!.severity).toBe("error");
    });

    it("reports a kind that is not a string, without a suggestion", () => {
      const text = "kind: 3\nid: s\ntitle: S\nstatus: approved\n";
      expect(schemaProblems({ "s.yaml": text })).toEqual(["s.yaml:1:7 unknown kind 3: use strategy, workplan or deliverable"]);
    });
  });

  it("keeps a schema-invalid document in the graph, so references to it still resolve", () => {
    const text = STRATEGY.replace("title: A strategy", "title: A strategy\nowner: nobody");
    const result = lintFiles({ "s.yaml": text, "w.yaml": WORKPLAN });
    expect(problemsOf(result, "schema")).toEqual([expect.stringMatching(/^s\.yaml:4:1 unknown key 'owner' in a strategy document; allowed here: /)]);
    expect(result.problems.map((p) => p.rule)).toEqual(["schema"]);
  });

  it("reports nothing for valid documents", () => {
    expect(schemaProblems({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN })).toEqual([]);
  });
});

testRule(rule, {
  valid: [{ name: "valid documents", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } }],
  invalid: [
    {
      name: "an unknown key, at the key, with the nearest allowed key",
      files: { "s.yaml": "kind: strategy\nid: s\ntitel: S\nstatus: approved\n" },
      errors: [
        { messageId: "missingKey", data: { place: "the document", key: "title" }, line: 1, column: 1 },
        { messageId: "unknownKeyHere", data: { key: "titel", placeName: "a strategy document", suggestion: "'title'" }, line: 3, column: 1 },
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
      errors: [{ messageId: "notInEnumSuggest", data: { place: "'status'", allowed: "draft, approved, superseded", value: '"aproved"', suggestion: "'approved'" }, line: 4, column: 9 }],
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
      errors: [{ messageId: "unknownKeySuggest", data: { key: "dates", suggestion: "'date'" }, line: 9, column: 30 }],
    },
    {
      name: "an unknown kind, with a did-you-mean",
      files: { "x.yaml": "kind: stratgy\nid: s\ntitle: S\nstatus: approved\n" },
      errors: [{ messageId: "unknownKindSuggest", data: { kind: '"stratgy"', suggestion: "'strategy'" }, line: 1, column: 7 }],
    },
  ],
});
