import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PlanWorkspace } from "../../src/lsp/workspace.js";
import { STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

const names = async (workspace: PlanWorkspace) => [...(await workspace.snapshot()).absolute.keys()].sort();

describe("PlanWorkspace", () => {
  it("reads the plans folder when there is one, and nothing else", async () => {
    const root = tempDir({ "plans/s.yaml": STRATEGY, "other/w.yaml": WORKPLAN });
    expect(await names(new PlanWorkspace(root))).toEqual(["plans/s.yaml"]);
    expect(await names(new PlanWorkspace(root, ["other"]))).toEqual(["other/w.yaml"]);
  });

  it("without a plans folder, reads the files anywhere that say they are plans", async () => {
    const root = tempDir({ "s.yaml": STRATEGY, "deep/w.yaml": WORKPLAN, ".github/workflows/ci.yml": "on: push\n", "compose.yaml": "services: {}\n" });
    expect(await names(new PlanWorkspace(root))).toEqual(["deep/w.yaml", "s.yaml"]);
  });

  it("without a plans folder, StratML plans join wherever they are, and other XML does not", async () => {
    const plan = `<?xml version="1.0"?>\n<stratml:StrategicPlan xmlns:stratml="urn:ISO:std:iso:17469:tech:xsd:stratml_core">\n  <stratml:Name>P</stratml:Name>\n</stratml:StrategicPlan>\n`;
    const root = tempDir({ "s.yaml": STRATEGY, "deep/plan.xml": plan, "pom.xml": "<project><modelVersion>4.0.0</modelVersion></project>\n" });
    const workspace = new PlanWorkspace(root);
    workspace.openOrChange(path.join(root, "notes.xml"), "<notes/>\n");
    workspace.openOrChange(path.join(root, "other.xml"), plan);
    expect(await names(workspace)).toEqual(["deep/plan.xml", "other.xml", "s.yaml"]);
  });

  it("lays open buffers over the disk, and goes back to the disk when they close", async () => {
    const root = tempDir({ "plans/s.yaml": STRATEGY });
    const workspace = new PlanWorkspace(root);
    const file = path.join(root, "plans/s.yaml");
    workspace.openOrChange(file, STRATEGY.replace("id: g2", "id: g3"));
    expect((await workspace.snapshot()).project.graph.node("s/g3")).toBeDefined();
    workspace.close(file);
    expect((await workspace.snapshot()).project.graph.node("s/g2")).toBeDefined();
    // An unsaved new plan in the plans folder joins too.
    workspace.openOrChange(path.join(root, "plans/new.yaml"), WORKPLAN);
    expect(await names(workspace)).toEqual(["plans/new.yaml", "plans/s.yaml"]);
  });

  it("reports what ogp lint reports: the config's severities, inline disables, and a config edit taken up", async () => {
    // Goal 3 is advanced by no deliverable: uncovered-goal, a warning by default.
    const strategy = `${STRATEGY}  - id: g3\n    label: "3"\n    title: Goal three\n`;
    const root = tempDir({ "plans/s.yaml": strategy, "plans/w.yaml": WORKPLAN });
    const workspace = new PlanWorkspace(root);
    const rules = async () => (await workspace.snapshot()).result!.problems.map((p) => `${p.rule} ${p.severity}`);
    expect(await rules()).toEqual(["uncovered-goal warning"]);
    writeFileSync(path.join(root, "ogp.config.yaml"), "rules:\n  uncovered-goal: error\n");
    workspace.changedOnDisk(path.join(root, "ogp.config.yaml"), false);
    expect(await rules()).toEqual(["uncovered-goal error"]);
    // Accepted inline in the buffer being edited: gone from the editor, as from ogp lint.
    const file = path.join(root, "plans/w.yaml");
    workspace.openOrChange(file, WORKPLAN.replace("strategy: s\n", "# ogp-disable-next-line uncovered-goal -- left to 2026\nstrategy: s\n"));
    expect(await rules()).toEqual([]);
  });

  it("keeps serving with the default rules when the config has a mistake, and says so in the log", async () => {
    const root = tempDir({ "plans/s.yaml": STRATEGY, "ogp.config.yaml": "rules:\n  no-such-rule: error\n" });
    const log: string[] = [];
    const workspace = new PlanWorkspace(root, undefined, (line) => log.push(line));
    expect((await workspace.snapshot()).result!.problems).toEqual([]);
    expect(log.join("\n")).toMatch(/^ogp: .*ogp\.config\.yaml.*no-such-rule.*; linting with the default rules$/);
  });
});
