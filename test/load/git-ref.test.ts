import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openProjectAtRef } from "../../src/project/git-ref.js";
import { git, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

function repo(): string {
  const dir = tempDir({ "plans/s.yaml": STRATEGY, "plans/w.yaml": WORKPLAN, "notes.txt": "not a plan" });
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "plans");
  return dir;
}

describe("openProjectAtRef", () => {
  it("reads the plans as committed, leaving the working tree as it is", async () => {
    const dir = repo();
    const edited = STRATEGY.replace("Goal two", "Goal two, edited");
    writeFileSync(path.join(dir, "plans/s.yaml"), edited);
    const project = await openProjectAtRef("HEAD", ["plans"], dir);
    expect(project.files.map((f) => f.file)).toEqual(["HEAD:plans/s.yaml", "HEAD:plans/w.yaml"]);
    expect(project.graph.node("s/g2")?.title).toBe("Goal two");
    expect(readFileSync(path.join(dir, "plans/s.yaml"), "utf8")).toBe(edited);
  });

  it("reads a StratML plan at a revision as StratML, as on disk, and holds a blob to the size limit", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<StrategicPlan>
  <Name>A strategy</Name>
  <StrategicPlanCore>
    <Goal><Name>Goal one</Name><Description>d</Description><Identifier>g1</Identifier><SequenceIndicator>1</SequenceIndicator></Goal>
  </StrategicPlanCore>
</StrategicPlan>
`;
    const dir = tempDir({ "plans/s.xml": xml, "plans/big.yaml": `# ${"x".repeat(300 * 1024)}\n${STRATEGY}` });
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "plans");
    const project = await openProjectAtRef("HEAD", ["plans"], dir);
    const stratml = project.files.find((f) => f.file === "HEAD:plans/s.xml");
    expect(stratml?.findings).toEqual([]);
    expect((stratml?.data as { kind?: string }).kind).toBe("strategy");
    const big = project.files.find((f) => f.file === "HEAD:plans/big.yaml");
    expect(big?.hasData).toBe(false);
    expect(big?.findings.map((f) => f.messageId)).toEqual(["tooLarge"]);
  });

  it("reads paths relative to the working directory", async () => {
    const dir = repo();
    const project = await openProjectAtRef("HEAD", ["w.yaml"], path.join(dir, "plans"));
    expect(project.files.map((f) => f.file)).toEqual(["HEAD:w.yaml"]);
  });

  it("says what is wrong with an unknown revision, a path with no plans, or a folder outside git", async () => {
    const dir = repo();
    await expect(openProjectAtRef("no-such-branch", ["plans"], dir)).rejects.toThrow("'no-such-branch': no such git revision");
    await expect(openProjectAtRef("HEAD", ["missing"], dir)).rejects.toThrow("no plan files");
    await expect(openProjectAtRef("HEAD", ["plans"], tempDir())).rejects.toThrow("not inside a git repository");
  });
});
