import { describe, expect, it } from "vitest";
import { fieldChange, isRewording } from "../../src/diff/facts.js";
import { typographicEdit, type TypographicEdit } from "../../src/diff/text.js";
import { once, STRATEGY, versions, WORKPLAN } from "./versions.js";

// A text field whose words stayed the same (a comma more, capitals, a dash for a hyphen) is a
// typographic edit: said as what it is ("title: punctuation only"), shown word by word, never
// breaking, and not a rewording (issue 21: the draft -> consultation pair's two punctuation edits).

const EDITS: [string, string, string, TypographicEdit | undefined][] = [
  ["a comma more", "For the 2023-2028 strategy period OGP will:", "For the 2023-2028 strategy period, OGP will:", "punctuation"],
  ["a space lost before a dash", "For the 2023 -2028 strategy period", "For the 2023-2028 strategy period", "punctuation"],
  ["curly quotes", 'The "open" state', "The \u201Copen\u201D state", "punctuation"],
  ["an en dash for a hyphen", "2023-2028", "2023\u20132028", "punctuation"],
  ["a hyphen for a space", "decision making", "decision-making", "punctuation"],
  ["capitals", "PUBLIC SAFETY", "Public Safety", "case"],
  ["spaces only (seen with --strict)", "Open  budgets\u00A0now", "Open budgets now", "spacing"],
  ["capitals and a full stop", "Public safety", "Public Safety.", "case and punctuation"],
  ["a word changed", "Public safety", "Public security", undefined],
  ["a word added", "Open budgets", "Open budgets now", undefined],
  ["words joined", "re point", "repoint", undefined],
  ["the same text", "Open budgets", "Open budgets", undefined],
  ["punctuation against nothing", "", "...", undefined],
  ["a text emptied to punctuation", "Open", "-", undefined],
  ["other scripts: words are letters of any alphabet", "Égalité, liberté", "Égalité liberté", "punctuation"],
];

describe("typographicEdit", () => {
  it.each(EDITS)("%s", (_, a, b, kind) => {
    expect(typographicEdit(a, b)).toBe(kind);
  });
});

describe("a typographic field change", () => {
  it.each([
    ["title", "Open budgets to public scrutiny", "Open budgets to public scrutiny.", "punctuation", false],
    ["description", "Budgets, published.", "Budgets published.", "punctuation", false],
    ["title", "Open budgets", "Open Budgets", "case", false],
    ["title", "Open budgets", "Closed budgets", undefined, true],
  ] as const)("%s %j -> %j: %s", (field, a, b, kind, rewording) => {
    const change = fieldChange(field, a, b, false)!;
    expect(change.typographic).toBe(kind);
    expect(isRewording(change)).toBe(rewording);
    // The change is never hidden: the words are still shown, the comma among them.
    expect(change.words?.some((w) => w.added || w.removed)).toBe(true);
  });

  it("is not one without --strict for a fold the diff ignores, and with it says spacing apart from punctuation", () => {
    expect(fieldChange("title", "Open budgets", "Open\u00A0budgets", false)).toBeUndefined();
    expect(fieldChange("title", "Open budgets", "Open\u00A0budgets", true)?.typographic).toBe("spacing");
    expect(fieldChange("title", "Open budgets", "Open  budgets.", true)?.typographic).toBe("punctuation");
  });
});

describe("in a diff", () => {
  const edited = (strategy: (text: string) => string) => versions({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }, { "s.yaml": strategy(STRATEGY), "w.yaml": WORKPLAN });

  it.each([
    ["a full stop on an advanced goal's title", (t: string) => once(t, "title: Open budgets to public scrutiny\n", "title: Open budgets to public scrutiny.\n"), 'goal 1 "Open budgets to public scrutiny." (was goal 1 "Open budgets to public scrutiny"): title: punctuation only'],
    ["capitals on an objective's title", (t: string) => once(t, "title: Hold citizen budget hearings in every district council", "title: Hold Citizen Budget Hearings in every district council"), 'objective 1.2 "Hold Citizen Budget Hearings in every district council" (was objective 1.2 "Hold citizen budget hearings in every district council"): title: case only'],
    ["a reworded title beside a changed label", (t: string) => once(t, 'label: "1.2"\n        title: Hold citizen budget hearings in every district council', 'label: "1.3"\n        title: Hold citizen budget hearings, in every district council'), 'objective 1.3 "Hold citizen budget hearings, in every district council" (was objective 1.2 "Hold citizen budget hearings in every district council"): label changed; title: punctuation only'],
  ])("%s: one INFO change, worded as typographic, no deliverable asked to review it", (_, edit, message) => {
    const result = edited(edit);
    expect(result.changes.map((c) => [c.check, c.level, c.message])).toEqual([["node-changed", "INFO", message]]);
    expect(result.summary.breaking + result.summary.suspect).toBe(0);
  });

  it("a reworded title of the same advanced goal asks its deliverables for a review (the contrast)", () => {
    const result = edited((t) => once(t, "title: Open budgets to public scrutiny\n", "title: Open budgets to scrutiny by the public\n"));
    expect(result.changes.map((c) => c.check)).toEqual(["advanced-node-reworded"]);
  });
});
