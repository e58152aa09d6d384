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
});
