import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { fileURLToPath } from "node:url";
import { lint, type LintResult } from "../src/lint/lint.js";
import type { LoadedFile } from "../src/load/loaded-file.js";
import { parseText } from "../src/load/parse-text.js";
import { assembleProject, type Project } from "../src/project/open.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = path.join(ROOT, "bin/ogp.js");

/**
 * `../shared` beside the checkout: the seeds, the StratML schemas and samples, the SARIF schema.
 * CI always has it; a clone elsewhere skips the tests that read it (test/shared.test.ts says so,
 * and fails under CI when it is missing).
 */
export const SHARED = path.resolve(ROOT, "../shared");
export const HAS_SHARED = existsSync(SHARED);

/** A project from in-memory files: { "name.yaml": "yaml text" }. */
export function projectFrom(files: Record<string, string>): Project {
  const loaded: LoadedFile[] = Object.entries(files).map(([file, text]) => parseText({ file, absolutePath: file }, text));
  return assembleProject(loaded);
}

export function lintFiles(files: Record<string, string>): LintResult {
  return lint(projectFrom(files));
}

/** Problems of one rule, as "file:line:column message". */
export function problemsOf(result: LintResult, rule: string): string[] {
  return result.problems.filter((p) => p.rule === rule).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

/** A fresh temporary folder with the given files written into it. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ogp-test-"));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/**
 * A `tempDir` whose folders are removed after the calling test file's tests (call it at the top
 * of a test file): some end-to-end cases write tens of megabytes.
 */
export function tempDirsRemovedAfterAll(): typeof tempDir {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (files) => {
    const dir = tempDir(files);
    made.push(dir);
    return dir;
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `ogp` binary as a user would, with colour off unless the test sets it. */
export function runOgp(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 2) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Minimal valid documents to build fixtures from. */
export const STRATEGY = `kind: strategy
id: s
title: A strategy
status: approved
period: { start: "2020", end: "2025" }
goals:
  - id: g1
    label: "1"
    title: Goal one
    objectives:
      - id: o11
        label: "1.1"
        title: Objective one one
  - id: g2
    label: "2"
    title: Goal two
`;

export const WORKPLAN = `kind: workplan
id: w
title: A workplan
status: approved
strategy: s
period: { start: "2021", end: "2022" }
deliverables:
  - id: d1
    label: "1"
    title: Deliverable one
    advances:
      - { ref: s/g1, cite: "it says so" }
      - { ref: s/g2, cite: "it says so too" }
    actions:
      - id: a11
        label: "1.1"
        title: Action one
`;

/** Runs git in `cwd` with a fixed author (tests commit in fresh repositories). */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
}

/** A git repository holding a copy of the shipped plans, committed. */
export function repoWithPlans(): string {
  const dir = tempDir();
  cpSync(path.join(ROOT, "plans"), path.join(dir, "plans"), { recursive: true });
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "plans");
  return dir;
}
