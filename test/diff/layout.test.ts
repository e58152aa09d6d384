import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DiffResult } from "../../src/diff/model.js";
import { fit } from "../../src/formatters/diff-layout.js";
import { formatDiffMarkdown } from "../../src/formatters/diff-markdown.js";
import { formatDiffText } from "../../src/formatters/diff-text.js";
import type { FormatContext } from "../../src/formatters/formatter.js";
import { once, STRATEGY, versions, WORKPLAN } from "./versions.js";

// What a reviewer reads: the summary first, the top level before the detail, a subtree added or
// removed whole as one line, repeated additions as one line, lines within the terminal's width.

const context = (width = 80): FormatContext => ({ rules: new Map(), colors: new Chalk({ level: 0 }), cwd: "/", version: "test", width });
const BEFORE = { "s.yaml": STRATEGY, "w.yaml": WORKPLAN };

const STAKEHOLDERS = ["Ministry of Finance", "National Audit Office", "Budget Transparency Network", "Association of District Councils", "Parliamentary Budget Committee"];
/** Goal 1 gains five stakeholders; goal 2 and its two objectives go. */
function reviewed(): DiffResult {
  const people = STAKEHOLDERS.map((name, i) => `      - id: p${i}\n        title: ${name}\n`).join("");
  let strategy = once(STRATEGY, "    objectives:\n      - id: publish\n", `    stakeholders:\n${people}    objectives:\n      - id: publish\n`);
  strategy = once(strategy, /  - id: civic\n(    .*\n|      .*\n|        .*\n)+/, "");
  return versions(BEFORE, { "s.yaml": strategy, "w.yaml": once(WORKPLAN, "advances: [s/laws]", "advances: [s/budgets]") });
}

describe("diff layout", () => {
  const result = reviewed();
  const text = formatDiffText(result, context(200));

  it("JSON keeps every change: the goal, each objective, each stakeholder", () => {
    const removed = result.changes.filter((c) => c.type === "removed").map((c) => c.old!.ref);
    expect(removed).toEqual(["s/civic", "s/laws", "s/courts"]);
    expect(result.changes.filter((c) => c.type === "added")).toHaveLength(5);
    expect(result.changes.find((c) => c.old?.ref === "s/civic")!.whole).toEqual({ objective: 2 });
    expect(result.changes.filter((c) => c.partOf === "s/civic").map((c) => c.old!.ref)).toEqual(["s/laws", "s/courts"]);
  });

  it("text: the summary first, then the top level, then each parent's detail", () => {
    expect(text.split("\n")[2]).toBe("5 added, 3 removed, 1 changed; 7 unchanged; 0 breaking, 0 suspect");
    expect(text.indexOf("Top level:")).toBeLessThan(text.indexOf('Under goal 1 "Open budgets to public scrutiny":'));
  });

  it("text: a subtree removed whole is one line with its size, its nodes not listed again", () => {
    expect(text).toContain('- goal 2 "Protect civic space for associations and the press" was removed, with its 2 objectives');
    expect(text).not.toContain("objective 2.1");
  });

  it("text: five stakeholders added under one goal are one line", () => {
    expect(text).toContain("+ 5 stakeholders added: Ministry of Finance, National Audit Office,");
    expect(text.match(/was added/g)).toBeNull();
  });

  it("markdown: the same grouping, under headings", () => {
    const markdown = formatDiffMarkdown(result, context());
    expect(markdown).toContain("#### Top level");
    expect(markdown).toContain('#### Under goal 1 "Open budgets to public scrutiny"');
    expect(markdown).toContain("- **added** 5 stakeholders added: Ministry of Finance");
    expect(markdown).toContain("was removed, with its 2 objectives");
  });

  it("text: every line fits the width, wrapped at spaces", () => {
    const words = (t: string) => t.replace(/\s+/g, " ");
    for (const width of [50, 80]) {
      const narrow = formatDiffText(result, context(width));
      expect(narrow.split("\n").filter((l) => l.length > width)).toEqual([]);
      expect(narrow).not.toBe(text);
      expect(words(narrow)).toBe(words(text));
    }
  });

  it("a value of several lines quoted on one line, its breaks written as \\n (text and markdown)", () => {
    const vision = "    vision: |-\n      Budgets anyone can read.\n      Courts anyone can reach.\n";
    const changed = versions(BEFORE, { "s.yaml": once(STRATEGY, "vision: Governments that answer to the people they serve.\n", vision.slice(4)), "w.yaml": WORKPLAN });
    const shown = formatDiffText(changed, context(200));
    expect(shown).toContain('vision: "Governments that answer to the people they serve." -> "Budgets anyone can read.\\nCourts anyone can reach."');
    expect(formatDiffMarkdown(changed, context(200))).toContain("`Budgets anyone can read.\\nCourts anyone can reach.`");
  });

  it("says when no work plans were considered, and only then", () => {
    const without = versions({ "s.yaml": STRATEGY }, { "s.yaml": once(STRATEGY, "  - id: budgets\n", "  - id: open-budgets\n") });
    expect(without.workplansConsidered).toBe(false);
    expect(formatDiffText(without, context())).toContain("no work plans were considered");
    expect(formatDiffMarkdown(without, context())).toContain("> no work plans were considered");
    expect(result.workplansConsidered).toBe(true);
    expect(text).not.toContain("no work plans were considered");
  });
});

describe("--level", () => {
  // A goal reworded (depth 0) and an objective reworded (depth 1).
  const strategy = once(once(STRATEGY, "title: Beneficial ownership registers for companies", "title: Beneficial ownership registers for all companies"), "title: Train judges on freedom of assembly cases", "title: Train judges and prosecutors on freedom of assembly cases");
  const at = (level: "goals" | number) => versions(BEFORE, { "s.yaml": strategy, "w.yaml": WORKPLAN }, { level }).changes.map((c) => (c.new ?? c.old)!.ref);
  it("--level 1 keeps the top level only; --level 2 adds the level below", () => {
    expect(at(1)).toEqual(["s/owners"]);
    expect(at(2)).toEqual(["s/courts", "s/owners"]);
    expect(at("goals")).toEqual(["s/owners"]);
  });
  it("counts what --level hides as changed, not as unchanged", () => {
    const one = versions(BEFORE, { "s.yaml": strategy, "w.yaml": WORKPLAN }, { level: 1 });
    const all = versions(BEFORE, { "s.yaml": strategy, "w.yaml": WORKPLAN });
    expect(one.summary.unchanged).toBe(all.summary.unchanged);
  });
});

describe("fit", () => {
  it("wraps at spaces within the width, keeps every word in order, and continues at the line's indent plus two", () => {
    const word = fc.stringMatching(/^[a-z…"]{1,12}$/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 30, max: 120 }), (indent, words, width) => {
        const line = `${" ".repeat(indent)}${words.join(" ")}`;
        const lines = fit(line, width);
        expect(lines.every((l) => l.length <= width)).toBe(true);
        expect(lines.join(" ").split(/\s+/).filter(Boolean)).toEqual(words);
        for (const continued of lines.slice(1)) expect(continued.startsWith(" ".repeat(indent + 2))).toBe(true);
      }),
    );
  });
  it("does not count colour codes as width", () => {
    const red = (t: string) => `\u001b[31m${t}\u001b[39m`;
    expect(fit(`${red("breaking")} ${"x".repeat(30)}`, 40)).toHaveLength(1);
  });
});
