import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { git, repoWithPlans, runOgp } from "../helpers.js";

describe("ogp diff (end to end)", () => {
  it("--git HEAD plans --fail-on breaking: a deleted goal that deliverables advance exits 1, names them and a re-point, and leaves the working tree as it was", async () => {
    const dir = repoWithPlans();
    const file = path.join(dir, "plans/2023/strategy.yaml");
    const edited = readFileSync(file, "utf8").replace(/  - id: civic-space\n(    .*\n|      .*\n|        .*\n)+/, "");
    expect(edited).not.toContain("id: civic-space");
    writeFileSync(file, edited);
    const statusBefore = git(dir, "status", "--porcelain");
    const { code, stdout, stderr } = await runOgp(["diff", "--git", "HEAD", "plans", "--fail-on", "breaking"], { cwd: dir, env: { COLUMNS: "240" } });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toContain('goal 3 "Protect and expand civic space." was removed, but 3 deliverables still depend on it; re-point them');
    expect(stdout).toMatch(/advanced by deliverable 3 "Deepen country-level action" -> re-point to [\w-]+\/[\w-]+ \(.+, score [\d.]+\)/);
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(git(dir, "status", "--porcelain")).toBe(statusBefore);
    // Without the deletion nothing differs, and --exit-code exits 0.
    git(dir, "checkout", "-q", "--", ".");
    const clean = await runOgp(["diff", "--git", "HEAD", "plans", "--exit-code"], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("no changes");
  });

  it("issue 21: renaming the approved civic-space goal's id alone is breaking, with the three deliverables that still name it and the re-point", async () => {
    const dir = repoWithPlans();
    const file = path.join(dir, "plans/2023/strategy.yaml");
    const text = readFileSync(file, "utf8");
    expect(text.match(/^  - id: civic-space$/gm)).toHaveLength(1);
    writeFileSync(file, text.replace(/^  - id: civic-space$/m, "  - id: civic-space-and-voice"));
    const { code, stdout } = await runOgp(["diff", "--git", "HEAD", "--fail-on", "breaking"], { cwd: dir, env: { COLUMNS: "300" } });
    expect(code).toBe(1);
    expect(stdout).toContain(
      'goal 3 "Protect and expand civic space." changed its id from civic-space to civic-space-and-voice, but 3 deliverables still name ogp-strategy-2023/civic-space; re-point them to ogp-strategy-2023/civic-space-and-voice  breaking',
    );
    for (const deliverable of ['deliverable 3 "Deepen country-level action"', 'deliverable 4 "Advance ambition', 'deliverable 7 "An OGP Secretariat']) {
      expect(stdout).toMatch(new RegExp(`advanced by ${deliverable.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.* -> re-point to ogp-strategy-2023/civic-space-and-voice\n`));
    }
    expect(stdout).not.toContain("links changed");
    expect(stdout).toContain("; 1 breaking, 0 suspect");
    // The same edit as two files: the goal's id change is reported, not "no changes".
    const twoFiles = await runOgp(["diff", "HEAD:plans/2023/strategy.yaml", "plans/2023/strategy.yaml", "--format", "json"], { cwd: dir });
    const changes = (JSON.parse(twoFiles.stdout) as { changes: { fields: { field: string; old?: unknown; new?: unknown }[] }[] }).changes;
    expect(changes.flatMap((c) => c.fields).find((f) => f.field === "id")).toEqual({ field: "id", old: "civic-space", new: "civic-space-and-voice" });
  });

  it("reads '<git-ref>:<path>' sides with git", async () => {
    const dir = repoWithPlans();
    const { code, stdout } = await runOgp(["diff", "HEAD:plans/2023/strategy-draft.yaml", "plans/2023/strategy.yaml", "--level", "1", "--fail-on", "any"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("goals 3 and 4 became 4 and 5");
  });

  it("compares two subtrees named by node reference", async () => {
    const { code, stdout } = await runOgp(["diff", "ogp-strategy-2023-draft/civic-space", "ogp-strategy-2023-consultation/civic-space", "--plans", "plans", "--exit-code"]);
    expect(code).toBe(1);
    expect(stdout).toContain("[-except for-]{+with the exception of+}");
  });

  it("explains a usage mistake in one line, exit 2", async () => {
    const one = await runOgp(["diff", "ogp-strategy-2023-draft"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe("ogp: diff needs two sides (old and new), got 1; or use --git <ref> [paths...]\n");
    const unknown = await runOgp(["diff", "ogp-strategy-2023-drat", "ogp-strategy-2023", "--plans", "plans"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean 'ogp-strategy-2023-draft'");
    const level = await runOgp(["diff", "ogp-strategy-2023-draft", "ogp-strategy-2023", "--plans", "plans", "--level", "deep"]);
    expect(level.stderr).toContain("--level 'deep': expected 'goals' or a depth");
  });

  it("colours word differences only when asked (never with NO_COLOR or off a terminal)", async () => {
    const args = ["diff", "ogp-strategy-2023-draft/civic-space", "ogp-strategy-2023-consultation/civic-space", "--plans", "plans"];
    const plain = await runOgp(args);
    expect(plain.stdout).not.toContain("\u001b[");
    const coloured = await runOgp(["--color", ...args]);
    expect(coloured.stdout).toContain("\u001b[32mwith the exception of");
    expect(coloured.stdout).not.toContain("{+");
  });

  it("--help explains the command with examples", async () => {
    const { code, stdout } = await runOgp(["diff", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--fail-on <kind>");
    expect(stdout).toContain("ogp diff --git main plans --fail-on breaking");
  });
});
