import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMessage, type MessageData } from "../src/core/messages.js";
import type { Rule } from "../src/lint/rule.js";
import { loadPlanFile } from "../src/project/plan-formats.js";
import { assembleProject, type Project } from "../src/project/open.js";
import { projectFrom, tempDirsRemovedAfterAll } from "./helpers.js";

// ESLint's RuleTester for ogp: one rule over tables of plans, each invalid case listing what the
// rule must report (message id, data, position, related places) and nothing else. Other rules do
// not run, so a case tests this rule alone.

/**
 * Plan files by name: text, as in `projectFrom`, or bytes, which are written to a temporary
 * folder and read back as `ogp lint` reads files (for encodings, NUL bytes and the like).
 */
type Files = Record<string, string | Buffer>;

export interface ExpectedRelated {
  file?: string;
  line: number;
  column: number;
  message?: string;
}

export interface ExpectedProblem {
  messageId: string;
  /** The template's data, compared whole when given. */
  data?: MessageData;
  /** Defaults to the case's first file. */
  file?: string;
  line: number;
  column: number;
  /** The rendered message, compared when given (to pin wording that reads as the issue asks). */
  message?: string;
  /** Related places, compared whole when given (none when omitted and the rule gave none). */
  related?: ExpectedRelated[];
}

export interface ValidCase {
  name: string;
  files: Files;
  /** The day the run judges dates on (`--today`); a fixed default keeps cases independent of the calendar. */
  today?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedProblem[];
}

/** The project of a case's files: in memory for text, read from disk (as `ogp lint` reads them) when a file is bytes. */
async function projectOf(files: Files, tempDir: (files: Files) => string): Promise<Project> {
  if (Object.values(files).every((content) => typeof content === "string")) return projectFrom(files as Record<string, string>);
  const dir = tempDir(files);
  return assembleProject(await Promise.all(Object.keys(files).map((name) => loadPlanFile(path.join(dir, name), name))));
}

/** What one rule reports over a project, with positions resolved and data kept (the tester compares both). */
export function runRuleOn(rule: Rule, project: Project, today = "2025-01-01") {
  return rule.check(project, { today }).map((finding) => ({
    messageId: finding.messageId,
    data: finding.data,
    file: finding.at.file,
    ...project.index.position(finding.at),
    message: finding.message,
    related: finding.related?.map((r) => ({ file: r.at.file, ...project.index.position(r.at), message: r.message })),
  }));
}

/** What one rule reports over in-memory files. */
export function runRule(rule: Rule, files: Record<string, string>, today = "2025-01-01") {
  return runRuleOn(rule, projectFrom(files), today);
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id} (rule tester)`, () => {
    const tempDir = tempDirsRemovedAfterAll();
    it("has its id, a default severity, a description and a message table whose templates render", () => {
      expect(rule.description.length).toBeGreaterThan(0);
      expect(["error", "warning", "info"]).toContain(rule.defaultSeverity);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const template of Object.values<string>(rule.messages)) {
        // Positions never go into message text: a second place belongs in `related`.
        expect(template).not.toMatch(/\.ya?ml:\d+/);
        const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
        expect(() => renderMessage(template, Object.fromEntries(names.map((n) => [n, "x"])))).not.toThrow();
      }
    });

    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, async () => {
        expect(runRuleOn(rule, await projectOf(valid.files, tempDir), valid.today)).toEqual([]);
      });
    }

    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, async () => {
        const actual = runRuleOn(rule, await projectOf(invalid.files, tempDir), invalid.today);
        const defaultFile = Object.keys(invalid.files)[0];
        const expected = invalid.errors.map((e) => {
          const { related, ...rest } = e;
          return {
            ...rest,
            file: e.file ?? defaultFile,
            ...(related ? { related: related.map((r) => ({ ...r, file: r.file ?? e.file ?? defaultFile })) } : {}),
          };
        });
        expect(actual).toHaveLength(expected.length);
        actual.forEach((problem, i) => {
          const want = expected[i]!;
          expect(problem.messageId, `problem ${i + 1}: messageId`).toBe(want.messageId);
          expect(Object.keys(rule.messages)).toContain(problem.messageId);
          expect({ file: problem.file, line: problem.line, column: problem.column }, `problem ${i + 1}: position`).toEqual({ file: want.file, line: want.line, column: want.column });
          if (want.data) expect(problem.data, `problem ${i + 1}: data`).toEqual(want.data);
          if (want.message) expect(problem.message, `problem ${i + 1}: message`).toBe(want.message);
          if (want.related) {
            const related = problem.related?.map((r, k) => ({ file: r.file, line: r.line, column: r.column, ...(want.related![k]?.message !== undefined ? { message: r.message } : {}) }));
            expect(related, `problem ${i + 1}: related`).toEqual(want.related);
          }
          else expect(problem.related, `problem ${i + 1}: related`).toBeUndefined();
        });
      });
    }
  });
}
