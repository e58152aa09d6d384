import { beforeAll, describe, expect, it } from "vitest";
import { renderMessage } from "../../src/core/messages.js";
import { lint } from "../../src/lint/lint.js";
import { checkDirectives, prepareDirectives } from "../../src/suppress/directives.js";
import { UNUSED_DISABLE, UNUSED_DISABLE_MESSAGES } from "../../src/suppress/unused-disable.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

// The directive scanner's lexer is loaded on demand (the lint run does it for the commands).
beforeAll(() => prepareDirectives({ files: [{ file: "x", absolutePath: "x", hasData: false, findings: [], text: "ogp-disable" }] }));

// unused-disable on the rule tester's model: each case lists every report (message id, data,
// position), and a few pin the rendered wording. The rule runs after the others (it needs their
// problems), so the cases lint the whole project and then match its directives.

/** A workplan with one label-sequence warning: deliverable labels 1 then 3; `label: "3"` is line 19. */
const SKIPPED = WORKPLAN.replace("title: Action one\n", 'title: Action one\n  - id: d2\n    label: "3"\n    title: Deliverable two\n    advances: [{ ref: s/g1, cite: "x" }]\n');
/** SKIPPED with a comment put before its label "3" (line 19 becomes the comment's line). */
const before = (comment: string) => SKIPPED.replace('    label: "3"', `    ${comment}\n    label: "3"`);
/** SKIPPED with a comment at the end of its label "3" line (line 19, column 17). */
const after = (comment: string) => SKIPPED.replace('    label: "3"', `    label: "3"  ${comment}`);

interface Case {
  name: string;
  text: string;
  errors: { messageId: keyof typeof UNUSED_DISABLE_MESSAGES; data: Record<string, string>; line: number; column: number; message?: string }[];
}

function reports(text: string) {
  const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": text });
  return checkDirectives(project, lint(project)).unused;
}

const VALID: { name: string; text: string }[] = [
  { name: "a directive that suppresses the problem on the next line", text: before("# ogp-disable-next-line label-sequence -- numbered as the source numbers it") },
  { name: "a directive at the end of the line it suppresses", text: after("# ogp-disable-line label-sequence -- numbered as the source numbers it") },
  { name: "no directive at all", text: SKIPPED },
];

const INVALID: Case[] = [
  {
    name: "a directive whose problem is gone",
    text: before("# ogp-disable-next-line schema -- why"),
    errors: [{
      messageId: "unusedDirective", data: { kind: "next-line", rules: "schema" }, line: 19, column: 5,
      message: "ogp-disable-next-line for schema suppresses nothing: the problem it accepted is gone; remove the comment",
    }],
  },
  {
    name: "a directive with one of its rules idle",
    text: before("# ogp-disable-next-line label-sequence, schema -- why"),
    errors: [{
      messageId: "unusedRules", data: { kind: "next-line", rules: "schema" }, line: 19, column: 5,
      message: "ogp-disable-next-line for schema suppresses nothing: the problem it accepted is gone; remove schema from it",
    }],
  },
  {
    name: "a directive without a rule",
    text: before("# ogp-disable-next-line -- why"),
    errors: [{
      messageId: "noRule", data: { kind: "next-line" }, line: 19, column: 5,
      message: "this ogp-disable-next-line comment suppresses nothing: it names no rule: write '# ogp-disable-next-line <rule> -- <reason>'",
    }],
  },
  {
    name: "an unknown rule close to a known one",
    text: after("# ogp-disable-line label-sequnce -- why"),
    errors: [{
      messageId: "unknownRuleSuggest", data: { kind: "line", rule: "label-sequnce", suggestions: "'label-sequence'" }, line: 19, column: 17,
      message: "this ogp-disable-line comment suppresses nothing: it names an unknown rule 'label-sequnce'; did you mean 'label-sequence'?",
    }],
  },
  {
    name: "an unknown rule close to none",
    text: after("# ogp-disable-line no-such-thing -- why"),
    errors: [{ messageId: "unknownRule", data: { kind: "line", rule: "no-such-thing" }, line: 19, column: 17 }],
  },
  {
    name: "one rule and no reason",
    text: after("# ogp-disable-line label-sequence"),
    errors: [{
      messageId: "noReason", data: { kind: "line" }, line: 19, column: 17,
      message: "this ogp-disable-line comment suppresses nothing: it gives no reason: add ' -- <why this is accepted>' after the rule",
    }],
  },
  {
    name: "two rules and no reason",
    text: after("# ogp-disable-line label-sequence, schema --"),
    errors: [{ messageId: "noReasonRules", data: { kind: "line" }, line: 19, column: 17 }],
  },
];

describe("unused-disable (table)", () => {
  it("has its id, a default severity, a description and a message table whose templates render", () => {
    expect(UNUSED_DISABLE.id).toBe("unused-disable");
    expect(UNUSED_DISABLE.defaultSeverity).toBe("warning");
    expect(UNUSED_DISABLE.description.length).toBeGreaterThan(0);
    for (const template of Object.values<string>(UNUSED_DISABLE.messages)) {
      expect(template).not.toMatch(/\.ya?ml:\d+/);
      const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
      expect(() => renderMessage(template, Object.fromEntries(names.map((n) => [n, "x"])))).not.toThrow();
    }
  });

  it.each(VALID)("valid: $name", ({ text }) => {
    expect(reports(text)).toEqual([]);
  });

  it.each(INVALID)("invalid: $name", ({ text, errors }) => {
    const actual = reports(text);
    expect(actual.map(({ messageId, data, line, column }) => ({ messageId, data, line, column }))).toEqual(errors.map(({ messageId, data, line, column }) => ({ messageId, data, line, column })));
    errors.forEach((want, i) => {
      if (want.message) expect(renderMessage(UNUSED_DISABLE_MESSAGES[actual[i]!.messageId], actual[i]!.data)).toBe(want.message);
    });
  });
});
