import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/unresolved-ref.js";
import { STRATEGY, WORKPLAN } from "../helpers.js";
import { testRule } from "../rule-tester.js";

// line 9 is the goal open-data's only link; its ref value starts at column 16
const strategy = (openDataRef = "civic-space") => `kind: strategy
id: ogp-strategy
title: S
status: approved
goals:
  - id: civic-space
  - id: open-data
    refs:
      - { ref: ${openDataRef}, cite: c }
`;

// line 5 holds the strategy (value at column 11); line 9 the one advances link (ref value at column 16)
const workplan = (ref: string, strategyId = "ogp-strategy") => `kind: workplan
id: wp
title: W
status: approved
strategy: ${strategyId}
deliverables:
  - id: report
    advances:
      - { ref: ${ref}, cite: c }
`;

/** The workplan's one advances link, at 9:16 of w.yaml. */
const atLink = { file: "w.yaml", line: 9, column: 16 };

describe("unresolved-ref", () => {
  it("is an error by default", () => {
    expect(rule.id).toBe("unresolved-ref");
    expect(rule.defaultSeverity).toBe("error");
  });
});

testRule(rule, {
  valid: [
    { name: "every link resolves", files: { "s.yaml": STRATEGY, "w.yaml": WORKPLAN } },
    { name: "a '<document>/<node>' reference that resolves", files: { "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/open-data") } },
  ],
  invalid: [
    {
      name: "a missing document, with the nearest document id",
      files: { "s.yaml": strategy(), "w.yaml": workplan("ogp-stratgy/civic-space") },
      errors: [{
        messageId: "unknownDocumentInRefSuggest", data: { written: "ogp-stratgy/civic-space", documentId: "ogp-stratgy", suggestions: "'ogp-strategy'" }, ...atLink,
        message: "unresolved reference 'ogp-stratgy/civic-space': no loaded document 'ogp-stratgy'; did you mean 'ogp-strategy'?",
      }],
    },
    {
      // the strategy's file breaks at 11:12 (`title: a: b`): its id on line 2 is still read
      name: "references into a document that failed to load: once, as information at the broken file, the first reference as related place",
      files: {
        "w.yaml": workplan("ogp-strategy/civic-space"),
        "s.yaml": `${strategy()}  - id: broken\n    title: a: b\n`,
      },
      errors: [{
        messageId: "notChecked", data: { documentId: "ogp-strategy", count: 2, from: "w.yaml" }, file: "s.yaml", line: 11, column: 12,
        message: "2 references from w.yaml into document 'ogp-strategy' are not checked until this file loads",
        related: [{ file: "w.yaml", line: 5, column: 11, message: "first reference into 'ogp-strategy'" }],
      }],
    },
    {
      name: "one reference into a document with an unknown kind",
      files: { "w.yaml": workplan("ogp-strategy/civic-space", "other"), "s.yaml": strategy().replace("kind: strategy", "kind: stratgy") },
      errors: [
        { messageId: "unknownDocument", data: { linkType: "strategy", written: "other" }, line: 5, column: 11 },
        { messageId: "notCheckedOne", data: { documentId: "ogp-strategy", from: "w.yaml" }, file: "s.yaml", line: 1, column: 7, related: [{ file: "w.yaml", line: 9, column: 16 }] },
      ],
    },
    {
      name: "a missing document with no id close, hinting that its file may not be loaded",
      files: { "s.yaml": strategy(), "w.yaml": workplan("elsewhere/civic-space") },
      errors: [{
        messageId: "unknownDocumentInRef", data: { written: "elsewhere/civic-space", documentId: "elsewhere" }, ...atLink,
        message: "unresolved reference 'elsewhere/civic-space': no loaded document 'elsewhere'; if it is defined in another file, lint that file too (or the whole plans folder)",
      }],
    },
    {
      name: "a missing node of another document, with the nearest node id",
      files: { "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/civic-spaces") },
      errors: [{ messageId: "unknownNodeSuggest", data: { written: "ogp-strategy/civic-spaces", documentId: "ogp-strategy", nodeId: "civic-spaces", suggestions: "'civic-space'" }, ...atLink }],
    },
    {
      name: "a missing node without a suggestion when no id is close",
      files: { "s.yaml": strategy(), "w.yaml": workplan("ogp-strategy/budget") },
      errors: [{
        messageId: "unknownNode", data: { written: "ogp-strategy/budget", documentId: "ogp-strategy", nodeId: "budget" }, ...atLink,
        message: "unresolved reference 'ogp-strategy/budget': document 'ogp-strategy' has no node 'budget'",
      }],
    },
    {
      name: "a bare id that exists only in another document: suggests '<doc>/<id>'",
      files: { "s.yaml": strategy(), "w.yaml": workplan("civic-space") },
      errors: [{
        messageId: "unknownLocalNodeElsewhere", data: { written: "civic-space", documentId: "wp", suggestions: "'ogp-strategy/civic-space'" }, ...atLink,
        message: "unresolved reference 'civic-space': document 'wp' has no node 'civic-space' (a bare id refers to the same document); to link to another document write 'ogp-strategy/civic-space'",
      }],
    },
    {
      name: "a bare id: every document that has the id is named",
      files: { "s.yaml": strategy(), "o.yaml": strategy().replace("id: ogp-strategy", "id: old-strategy"), "w.yaml": workplan("open-data") },
      errors: [{ messageId: "unknownLocalNodeElsewhere", data: { written: "open-data", documentId: "wp", suggestions: "'ogp-strategy/open-data' or 'old-strategy/open-data'" }, ...atLink }],
    },
    {
      name: "a bare id with a typo: the nearest id of the same document",
      files: { "s.yaml": strategy("civic-spce") },
      errors: [{ messageId: "unknownLocalNodeSuggest", data: { written: "civic-spce", documentId: "ogp-strategy", suggestions: "'civic-space'" }, line: 9, column: 16 }],
    },
    {
      name: "a bare id that matches nothing",
      files: { "s.yaml": strategy("budget") },
      errors: [{ messageId: "unknownLocalNode", data: { written: "budget", documentId: "ogp-strategy" }, line: 9, column: 16,
        message: "unresolved reference 'budget': document 'ogp-strategy' has no node 'budget' (a bare id refers to the same document)" }],
    },
    {
      name: "a workplan's strategy naming a missing document",
      files: { "w.yaml": workplan("ogp-strategy/civic-space", "ogp-stratgy"), "s.yaml": strategy() },
      errors: [{
        messageId: "unknownDocumentSuggest", data: { linkType: "strategy", written: "ogp-stratgy", suggestions: "'ogp-strategy'" }, line: 5, column: 11,
        message: "'strategy' names 'ogp-stratgy', but no loaded document has that id; did you mean 'ogp-strategy'?",
      }],
    },
    {
      // `strategy: { ref: ...` puts the ref value at column 18
      name: "a workplan's strategy naming a node instead of a document",
      files: { "w.yaml": workplan("ogp-strategy/civic-space", "{ ref: ogp-strategy/civic-space, cite: c }"), "s.yaml": strategy() },
      errors: [{ messageId: "nodeRefForDocument", data: { linkType: "strategy", written: "ogp-strategy/civic-space", documentId: "ogp-strategy" }, line: 5, column: 18 }],
    },
    {
      name: "a deliverable's workplan naming a missing document",
      files: { "d.yaml": "kind: deliverable\nid: extra\ntitle: D\nstatus: approved\nworkplan: wp2\nadvances:\n  - { ref: s/g1, cite: c }\n", "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("id: w\n", "id: wp\n") },
      errors: [{ messageId: "unknownDocumentSuggest", data: { linkType: "workplan", written: "wp2", suggestions: "'wp'" }, line: 5, column: 11 }],
    },
  ],
});
