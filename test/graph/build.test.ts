import { describe, expect, it } from "vitest";
import { graphView } from "../../src/analyses/graph-view.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

const DELIVERABLE = `kind: deliverable
id: d2
title: A separate deliverable
status: draft
workplan: w
label: "2"
advances: [s/o11]
actions:
  - id: a21
    label: "2.1"
    title: Its action
    advances: [{ ref: s/g2, cite: "the action says so" }]
`;

describe("buildGraph", () => {
  const { graph, index } = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": DELIVERABLE });

  it("registers documents and nodes with type, parent, depth and level", () => {
    expect([...graph.documents.keys()]).toEqual(["s", "w", "d2"]);
    const objective = graph.node("s/o11")!;
    expect(objective).toMatchObject({ type: "objective", parent: "s/g1", depth: 1, level: "objectives", label: "1.1", document: "s" });
    expect(graph.node("s/g1")!.children).toEqual(["s/o11"]);
    expect(graph.node("w/a11")).toMatchObject({ type: "action", parent: "w/d1" });
  });

  it("makes a deliverable document a deliverable node whose actions name it as parent", () => {
    expect(graph.node("d2")).toMatchObject({ type: "deliverable", document: "d2", parent: undefined });
    expect(graph.node("d2/a21")).toMatchObject({ type: "action", parent: "d2" });
    expect(graph.outgoing("d2", "workplan").map((e) => e.to)).toEqual(["w"]);
  });

  it("looks links up in both directions", () => {
    expect(graph.outgoing("w/d1", "advances").map((e) => e.to)).toEqual(["s/g1", "s/g2"]);
    expect(graph.incoming("s/g2", "advances").map((e) => e.from)).toEqual(["w/d1", "d2/a21"]);
    expect(graph.incoming("s/o11", "advances").map((e) => e.from)).toEqual(["d2"]);
    expect(graph.outgoing("w", "strategy")[0]).toMatchObject({ to: "s", resolved: true });
    expect(graph.incoming("w", "workplan").map((e) => e.from)).toEqual(["d2"]);
    expect(graph.outgoing("w/d1", "advances")[0]!.cite).toBe("it says so");
  });

  it("resolves bare ids within the document and document ids", () => {
    expect(graph.resolve("g1", "s")).toBe("s/g1");
    expect(graph.resolve("g1", "w")).toBeUndefined();
    expect(graph.resolve("s/g1", "w")).toBe("s/g1");
    expect(graph.resolve("d2", "w")).toBe("d2");
  });

  it("walks subtrees and roots in source order", () => {
    expect([...graph.subtree(graph.node("s/g1")!)].map((n) => n.ref)).toEqual(["s/g1", "s/o11"]);
    expect(graph.roots("s").map((n) => n.ref)).toEqual(["s/g1", "s/g2"]);
  });

  it("gives every node a source range through the source index", () => {
    expect(index.position(graph.location("s/o11")!)).toMatchObject({ line: 11, column: 9 });
    expect(index.position({ ...graph.location("w/d1")!, path: [...graph.node("w/d1")!.path, "title"] })).toMatchObject({ line: 10, column: 12 });
  });

  it("keeps unresolved links as edges marked unresolved, out of the incoming index", () => {
    const { graph: broken } = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("s/g2", "s/nope") });
    const edge = broken.outgoing("w/d1", "advances")[1]!;
    expect(edge).toMatchObject({ resolved: false, written: "s/nope", to: "s/nope" });
    expect(broken.incoming("s/nope")).toEqual([]);
  });

  it("records duplicate node and document ids, keeping the first", () => {
    const { graph: dup } = projectFrom({ "a.yaml": STRATEGY, "b.yaml": STRATEGY.replace("id: o11", "id: g2") });
    expect(dup.duplicateDocuments).toHaveLength(1);
    expect(dup.duplicateDocuments[0]!.again.file).toBe("b.yaml");
    const { graph: inDoc } = projectFrom({ "a.yaml": STRATEGY.replace("id: o11", "id: g2") });
    // Depth first: the objective renamed g2 is met before goal g2, so the goal is the duplicate.
    expect(inDoc.duplicateNodes.map((d) => [d.first.path.join("/"), d.again.path.join("/")])).toEqual([["goals/0/objectives/0", "goals/1"]]);
  });

  it("shapes the graph JSON contract", () => {
    const view = graphView(graph);
    expect(view.documents[0]).toEqual({ id: "s", kind: "strategy", title: "A strategy", status: "approved", file: "s.yaml" });
    expect(view.nodes.find((n) => n.ref === "s/o11")).toEqual({ ref: "s/o11", document: "s", type: "objective", label: "1.1", title: "Objective one one", parent: "s/g1" });
    expect(view.edges).toContainEqual({ from: "w", to: "s", type: "strategy" });
    expect(view.edges).toContainEqual({ from: "s", to: "s/g1", type: "contains" });
  });
});

describe("lineage", () => {
  const older = `kind: strategy
id: old
title: Old
status: superseded
goals:
  - { id: a, title: A }
`;
  const middle = `kind: strategy
id: mid
title: Middle
status: superseded
goals:
  - { id: b, title: B, derivedFrom: [{ ref: old/a, cite: "continues A" }] }
`;
  const newer = `kind: strategy
id: new
title: New
status: approved
goals:
  - { id: c, title: C, derivedFrom: [{ ref: mid/b, cite: "continues B" }] }
  - { id: d, title: D, derivedFrom: [{ ref: mid/b, cite: "also continues B" }] }
`;
  const { graph } = projectFrom({ "old.yaml": older, "mid.yaml": middle, "new.yaml": newer });

  it("follows derivedFrom back through plan generations, nearest first", () => {
    expect(graph.ancestry("new/c").map((n) => n.ref)).toEqual(["mid/b", "old/a"]);
  });

  it("follows it forward to every later version", () => {
    expect(graph.descendants("old/a").map((n) => n.ref)).toEqual(["mid/b", "new/c", "new/d"]);
  });

  it("stops at cycles", () => {
    const { graph: looped } = projectFrom({ "x.yaml": older.replace("{ id: a, title: A }", "{ id: a, title: A, derivedFrom: [a2] }\n  - { id: a2, title: A2, derivedFrom: [a] }") });
    expect(looped.ancestry("old/a").map((n) => n.ref)).toEqual(["old/a2"]);
  });
});

describe("duplicate node ids", () => {
  it("keep references on the first node, and keep the duplicate's children in the graph", () => {
    const text = STRATEGY.replace("  - id: g2\n    label: \"2\"\n    title: Goal two\n", "  - id: g1\n    label: \"2\"\n    title: Goal two\n    objectives:\n      - { id: o21, label: \"2.1\", title: Under the duplicate }\n");
    const { graph } = projectFrom({ "s.yaml": text, "w.yaml": WORKPLAN.replace("s/g2", "s/o21") });
    expect(graph.duplicateNodes).toHaveLength(1);
    expect(graph.node("s/g1")!.title).toBe("Goal one");
    expect(graph.node("s/g1~2")!.title).toBe("Goal two");
    expect(graph.node("s/o21")!.parent).toBe("s/g1~2");
    expect(graph.outgoing("w/d1", "advances").map((e) => e.resolved)).toEqual([true, true]);
  });
});

describe("links in places the schema forbids", () => {
  it("are left to the schema rule: an 'advances' on a goal makes no edge", () => {
    const { graph } = projectFrom({ "s.yaml": STRATEGY.replace("    title: Goal two\n", "    title: Goal two\n    advances: [nowhere]\n") });
    expect(graph.outgoing("s/g2")).toEqual([]);
  });
});

describe("deliverables written in files of their own (issue 10)", () => {
  const deliverable = 'kind: deliverable\nid: dd\ntitle: D\nstatus: approved\nworkplan: w\nadvances:\n  - { ref: s/g1, cite: c }\n';
  it("are contained by their workplan, never by themselves", () => {
    const { graph } = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": deliverable });
    const contains = graph.edges.filter((e) => e.type === "contains");
    expect(contains.filter((e) => e.from === e.to)).toEqual([]);
    expect(contains.filter((e) => e.to === "dd").map((e) => e.from)).toEqual(["w"]);
    expect(graph.outgoing("w", "contains").map((e) => e.to)).toEqual(["w/d1", "dd"]);
  });

  it("naming no workplan that loads, are contained by nothing", () => {
    const { graph } = projectFrom({ "s.yaml": STRATEGY, "d.yaml": deliverable });
    expect(graph.edges.filter((e) => e.type === "contains" && e.to === "dd")).toEqual([]);
  });
});

describe("scopeGraphView (ogp graph --document / --depth)", () => {
  it("keeps one document's nodes to a depth, and only the links among what is kept", async () => {
    const { scopeGraphView } = await import("../../src/analyses/graph-view.js");
    const view = graphView(projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN }).graph);
    const scoped = scopeGraphView(view, { document: "s", depth: 0 });
    expect(scoped.documents.map((d) => d.id)).toEqual(["s"]);
    expect(scoped.nodes.map((n) => n.ref)).toEqual(["s/g1", "s/g2"]);
    expect(scoped.edges).toEqual([{ from: "s", to: "s/g1", type: "contains" }, { from: "s", to: "s/g2", type: "contains" }]);
    expect(scopeGraphView(view, { document: "s" }).nodes.map((n) => n.ref)).toEqual(["s/g1", "s/o11", "s/g2"]);
    expect(scopeGraphView(view, {})).toBe(view);
  });
});
