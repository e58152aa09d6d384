import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runOgp, tempDir } from "../helpers.js";

// The slips a plan author makes in the first week (issue 22), each made on a fresh `ogp init`
// repository and linted by the built binary: at most the findings named, each in the file the
// person touched, with advice that would fix it. Where the advice is an edit (the YAML slips), the
// test makes that edit and expects a clean lint.

interface Expected {
  file: string;
  rule: string;
  messageId: string;
  severity: "error" | "warning" | "info";
  line?: number;
  /** Words the message must hold: the advice. */
  says?: RegExp;
}

interface Slip {
  name: string;
  file: string;
  edit: (text: string) => string;
  expected: Expected[];
  /** The advice, applied to the edited text (given the first finding's message); the result must lint clean. */
  fix?: (text: string, message: string) => string;
}

const STRATEGY = "plans/strategy.yaml";
const WORKPLAN = "plans/workplan.yaml";
const DELIVERABLE = "plans/deliverables/partner-network.yaml";
/** References from the other files into a strategy that failed to load: one note, at the broken file, never an error elsewhere. */
const NOT_CHECKED: Expected = { file: STRATEGY, rule: "unresolved-ref", messageId: "notChecked", severity: "info" };

const lineNumber = (text: string, pattern: RegExp) => text.split("\n").findIndex((l) => pattern.test(l)) + 1;
const spaces = (message: string, pattern: RegExp) => Number(pattern.exec(message)![1]);

const SLIPS: Slip[] = [
  {
    name: "a tab in an indentation",
    file: STRATEGY,
    edit: (t) => t.replace('\n    label: "1"\n', '\n\tlabel: "1"\n'),
    expected: [{ file: STRATEGY, rule: "yaml-syntax", messageId: "tabIndentAdvice", severity: "error", line: 9, says: /replace the tab with 4 spaces/ }, NOT_CHECKED],
    fix: (t, message) => t.replace("\tlabel", `${" ".repeat(spaces(message, /with (\d+) spaces/))}label`),
  },
  {
    name: "the first key indented",
    file: STRATEGY,
    edit: (t) => t.replace("\nkind: strategy\n", "\n  kind: strategy\n"),
    expected: [{ file: STRATEGY, rule: "yaml-syntax", messageId: "firstKeyIndented", severity: "error", line: 2, says: /remove the spaces before 'kind'/ }, NOT_CHECKED],
    fix: (t) => t.replace("\n  kind: strategy\n", "\nkind: strategy\n"),
  },
  {
    name: "a forgotten '- ' before a list item",
    file: STRATEGY,
    edit: (t) => t.replace("\n  - id: learn\n", "\n    id: learn\n"),
    expected: [{ file: STRATEGY, rule: "yaml-syntax", messageId: "lostDash", severity: "error", line: 15, says: /has no '- ' before it, so its keys joined the item above .*write the line as '  - id: learn'/ }, NOT_CHECKED],
    fix: (t, message) => t.replace("\n    id: learn\n", `\n${/write the line as '(.*)'$/.exec(message)![1]}\n`),
  },
  ...[0, 1, 3, 4].map((indent): Slip => ({
    name: `a '- ' indented ${indent} spaces where its list's items are indented 2`,
    file: STRATEGY,
    edit: (t) => t.replace("\n  - id: learn\n", `\n${" ".repeat(indent)}- id: learn\n`),
    expected: [{ file: STRATEGY, rule: "yaml-syntax", messageId: "misalignedDash", severity: "error", line: 15, says: /indent this '- ' by 2 spaces/ }, NOT_CHECKED],
    fix: (t, message) => t.replace(`\n${" ".repeat(indent)}- id: learn\n`, `\n${" ".repeat(spaces(message, /by (\d+) spaces$/))}- id: learn\n`),
  })),
  {
    name: "an impossible due date",
    file: DELIVERABLE,
    edit: (t) => `${t}    due: "2025-04-31"\n`,
    expected: [{ file: DELIVERABLE, rule: "schema", messageId: "noSuchDay", severity: "error", says: /not a real date: April 2025 has 30 days/ }],
  },
  {
    name: "a due date written day first",
    file: DELIVERABLE,
    edit: (t) => `${t}    due: "31/05/2099"\n`,
    expected: [{ file: DELIVERABLE, rule: "schema", messageId: "badDateSuggest", severity: "error", says: /did you mean "2099-05-31"\?/ }],
    fix: (t) => t.replace("31/05/2099", "2099-05-31"),
  },
  {
    name: "an indicator's target dated on a day that does not exist",
    file: STRATEGY,
    edit: (t) => `${t}    indicators:\n      - id: lessons\n        title: Lessons shared\n        target: { value: 3, date: "2027-02-30" }\n`,
    expected: [{ file: STRATEGY, rule: "schema", messageId: "noSuchDay", severity: "error", says: /February 2027 has 28 days/ }],
  },
  {
    name: "a goal without a title",
    file: STRATEGY,
    edit: (t) => t.replace("    title: Learn from what works.\n", ""),
    expected: [{ file: STRATEGY, rule: "missing-title", messageId: "missingTitle", severity: "warning", line: 15, says: /add 'title:'/ }],
  },
  {
    name: "a due date that has passed: information, not counted by --max-warnings",
    file: DELIVERABLE,
    edit: (t) => `${t}    due: "2020-01-31"\n`,
    expected: [{ file: DELIVERABLE, rule: "overdue-deliverable", messageId: "overdueUnmarked", severity: "info", says: /set 'delivery: done'/ }],
  },
  {
    name: "a deliverable advancing an indicator: the goal it measures is suggested",
    file: STRATEGY,
    edit: (t) => `${t}    indicators:\n      - id: lessons\n        title: Lessons shared\n`,
    expected: [{ file: DELIVERABLE, rule: "wrong-target", messageId: "advancesSuggest", severity: "error", says: /did you mean 'strategy\/learn'/ }],
  },
  {
    name: "a deliverable numbered after one in its own file skips nothing",
    file: WORKPLAN,
    edit: (t) => `${t}deliverables:\n  - id: lessons\n    label: "2"\n    title: Lessons shared\n    advances:\n      - ref: strategy/learn\n        cite: "Learn from what works."\n`,
    expected: [],
  },
];

// The wrong-kind case edits two files: the strategy gains an indicator, the deliverable points at it.
const TWO_FILE_EDITS: Record<string, { file: string; edit: (text: string) => string }> = {
  "a deliverable advancing an indicator: the goal it measures is suggested": { file: DELIVERABLE, edit: (t) => t.replace("ref: strategy/learn", "ref: strategy/lessons") },
};

describe("the first week's slips, over the built binary (issue 22)", () => {
  let scaffold: Record<string, string>;
  beforeAll(async () => {
    const dir = tempDir();
    expect((await runOgp(["init"], { cwd: dir })).code).toBe(0);
    scaffold = Object.fromEntries([STRATEGY, WORKPLAN, DELIVERABLE, "ogp.config.yaml"].map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
  });

  const lintJson = async (files: Record<string, string>) => {
    const dir = tempDir(files);
    const run = await runOgp(["lint", "--format", "json", "--max-warnings", "0"], { cwd: dir });
    return { code: run.code, problems: (JSON.parse(run.stdout) as { problems: (Expected & { message: string })[] }).problems };
  };

  it.each(SLIPS.map((slip) => [slip.name, slip] as const))("%s", async (_name, slip) => {
    const files = { ...scaffold, [slip.file]: slip.edit(scaffold[slip.file]!) };
    const second = TWO_FILE_EDITS[slip.name];
    if (second) files[second.file] = second.edit(files[second.file]!);
    const { code, problems } = await lintJson(files);
    expect(problems.map((p) => `${p.file} ${p.rule} ${p.messageId} ${p.severity}`)).toEqual(slip.expected.map((e) => `${e.file} ${e.rule} ${e.messageId} ${e.severity}`));
    slip.expected.forEach((expected, i) => {
      if (expected.line) expect(problems[i]!.line, problems[i]!.message).toBe(expected.line);
      if (expected.says) expect(problems[i]!.message).toMatch(expected.says);
    });
    // Errors fail the run; information alone never does, even with --max-warnings 0.
    expect(code).toBe(slip.expected.some((e) => e.severity !== "info") ? 1 : 0);
    if (slip.fix) {
      const fixed = await lintJson({ ...files, [slip.file]: slip.fix(files[slip.file]!, problems[0]!.message) });
      expect(fixed.problems.map((p) => p.message)).toEqual([]);
    }
  });

  it("shows the second place on screen: a duplicate document id names the file that has it first", async () => {
    // A copy of the work plan, loaded after it (files load in name order).
    const dir = tempDir({ ...scaffold, "plans/zz-copy.yaml": scaffold[WORKPLAN]! });
    const stylish = await runOgp(["lint", "--no-color"], { cwd: dir });
    expect(stylish.stdout).toMatch(/document id 'workplan-2025' is already used by another document.*\n\s+↳ plans\/workplan\.yaml:3:5: 'workplan-2025' first defined here/);
    const github = await runOgp(["lint"], { cwd: dir, env: { GITHUB_ACTIONS: "true" } });
    expect(github.stdout).toContain("%0Aplans/workplan.yaml:3:5: 'workplan-2025' first defined here");
    expect(lineNumber(readFileSync(path.join(dir, WORKPLAN), "utf8"), /^id: workplan-2025$/)).toBe(3);
  });

  it("--format md is answered with the format meant", async () => {
    const run = await runOgp(["coverage", "--format", "md"], { cwd: tempDir(scaffold) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Did you mean 'markdown'?");
  });

  it("ogp show on an id two nodes share lists both and exits 2", async () => {
    const dir = tempDir({ ...scaffold, [STRATEGY]: scaffold[STRATEGY]!.replace("  - id: learn", "  - id: reach") });
    const run = await runOgp(["show", "reach"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/strategy\/reach \(plans\/strategy\.yaml:8:5\), strategy\/reach~2 \(plans\/strategy\.yaml:15:5\)/);
  });
});
