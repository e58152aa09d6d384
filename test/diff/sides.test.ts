import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoWithPlans, runOgp, STRATEGY, tempDir } from "../helpers.js";

// A side named by a file is compared alone but loaded with the project's work plans (at the same
// revision for '<ref>:<path>'): the same edit must break the same work whether it is diffed as two
// files or with --git.

function deleteCivicSpace(dir: string): void {
  const file = path.join(dir, "plans/2023/strategy.yaml");
  const edited = readFileSync(file, "utf8").replace(/  - id: civic-space\n(    .*\n|      .*\n|        .*\n)+/, "");
  expect(edited).not.toContain("id: civic-space");
  writeFileSync(file, edited);
}

describe("ogp diff of two files inside a project", () => {
  it("counts the project's work plans, as --git does: a deleted goal that deliverables advance is breaking", async () => {
    const dir = repoWithPlans();
    deleteCivicSpace(dir);
    const twoFiles = await runOgp(["diff", "HEAD:plans/2023/strategy.yaml", "plans/2023/strategy.yaml", "--fail-on", "breaking", "--format", "json"], { cwd: dir });
    const withGit = await runOgp(["diff", "--git", "HEAD", "plans/2023/strategy.yaml", "--fail-on", "breaking", "--format", "json"], { cwd: dir });
    expect(twoFiles.stderr).toBe("");
    expect(twoFiles.code).toBe(1);
    expect(withGit.code).toBe(1);
    const summary = (stdout: string) => (JSON.parse(stdout) as { summary: { breaking: number } }).summary;
    expect(summary(twoFiles.stdout).breaking).toBe(1);
    expect(summary(withGit.stdout)).toEqual(summary(twoFiles.stdout));
  });

  it("--git with a file path compares that file only, with the work plans as its context", async () => {
    const dir = repoWithPlans();
    deleteCivicSpace(dir);
    const { stdout } = await runOgp(["diff", "--git", "HEAD", "plans/2023/strategy.yaml", "--format", "json"], { cwd: dir });
    const changes = (JSON.parse(stdout) as { changes: { old?: { ref: string }; new?: { ref: string } }[] }).changes;
    const documents = new Set(changes.flatMap((c) => [c.old?.ref, c.new?.ref]).filter(Boolean).map((ref) => ref!.split("/")[0]));
    expect([...documents]).toEqual(["ogp-strategy-2023"]);
  });

  it("loads a file outside the project in place of the project's document of the same id", async () => {
    const dir = repoWithPlans();
    const copy = path.join(dir, "..", `approved-copy-${path.basename(dir)}.yaml`);
    writeFileSync(copy, readFileSync(path.join(dir, "plans/2023/strategy.yaml"), "utf8").replace(/  - id: civic-space\n(    .*\n|      .*\n|        .*\n)+/, ""));
    const { code, stdout, stderr } = await runOgp(["diff", "plans/2023/strategy.yaml", copy, "--fail-on", "breaking"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toContain('goal 3 "Protect and expand civic space." was removed, but 3 deliverables');
  });

  it("outside a project compares the two files alone", async () => {
    const dir = tempDir({ "a.yaml": STRATEGY, "b.yaml": STRATEGY.replace(/title: .*/, "title: Another title") });
    const { code, stderr } = await runOgp(["diff", "a.yaml", "b.yaml"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
