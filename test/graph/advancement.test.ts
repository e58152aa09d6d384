import { describe, expect, it } from "vitest";
import { advancersOf, advancesOf, deliverableRefsOf, isAdvanced, strategyOf, strongestVia } from "../../src/graph/advancement.js";
import { lineagePairs, VersionMap } from "../../src/graph/versions.js";
import { projectFrom, STRATEGY } from "../helpers.js";

const APPROACHES = `${STRATEGY}strategicApproaches:
  - id: ap1
    label: "1"
    title: An approach
    serves: [{ ref: o11, cite: "it serves objective one one" }]
`;

const WORKPLAN = `kind: workplan
id: w
title: A workplan
status: approved
strategy: s
deliverables:
  - id: d1
    label: "1"
    title: Names goal one itself
    advances: [s/g1]
  - id: d2
    label: "2"
    title: Names goal one through an action
    actions:
      - { id: a21, label: "2.1", title: An action, advances: [s/g1] }
  - id: d3
    label: "3"
    title: Names an objective of goal one
    advances: [s/o11]
  - id: d4
    label: "4"
    title: Names an approach that serves that objective
    advances: [s/ap1]
  - id: d5
    label: "5"
    title: Advances nothing
`;

describe("advancement", () => {
  const { graph } = projectFrom({ "s.yaml": APPROACHES, "w.yaml": WORKPLAN });
  const goal1 = graph.node("s/g1")!;

  it("finds every path to a goal, each with its strongest-first kind", () => {
    const paths = advancersOf(graph, goal1).map((p) => `${p.deliverable} ${p.via} ${p.from} -> ${p.target}${p.served ? ` (serves ${p.served})` : ""}`);
    expect(paths).toEqual([
      "w/d1 direct w/d1 -> s/g1",
      "w/d2 action w/a21 -> s/g1",
      "w/d3 objective w/d3 -> s/o11",
      "w/d4 approach w/d4 -> s/ap1 (serves s/o11)",
    ]);
    expect(strongestVia(advancersOf(graph, goal1))).toBe("direct");
    expect(strongestVia(advancersOf(graph, graph.node("s/o11")!).filter((p) => p.deliverable === "w/d4"))).toBe("approach");
  });

  it("counts only the given deliverables when asked", () => {
    expect(advancersOf(graph, goal1, new Set(["w/d4"])).map((p) => p.via)).toEqual(["approach"]);
    expect(isAdvanced(graph, graph.node("s/g2")!, deliverableRefsOf(graph, "w"))).toBe(false);
    expect(isAdvanced(graph, goal1, new Set())).toBe(false);
  });

  it("answers what a workplan implements and what a deliverable links", () => {
    expect(strategyOf(graph, "w")?.id).toBe("s");
    expect(advancesOf(graph, graph.node("w/d2")!).map((l) => `${l.from.ref} ${l.edge.to}`)).toEqual(["w/a21 s/g1"]);
    expect(advancesOf(graph, graph.node("w/d5")!)).toEqual([]);
  });
});

describe("advancement across strategy versions (derivedFrom)", () => {
  const NEXT = `kind: strategy
id: s2
title: The next strategy
status: draft
goals:
  - id: g1
    label: "1"
    title: Goal one, renewed
    derivedFrom: [{ ref: s/o11, cite: "it continues objective one one" }]
  - id: g9
    label: "9"
    title: A goal of its own
`;
  const { graph } = projectFrom({ "s.yaml": APPROACHES, "s2.yaml": NEXT, "w.yaml": WORKPLAN });

  const lineage = new VersionMap(lineagePairs(graph, "s2"));

  it("counts a link to an earlier version of a node only when asked, and says where it was mapped and by which pair", () => {
    const renewed = graph.node("s2/g1")!;
    expect(advancersOf(graph, renewed)).toEqual([]);
    const paths = advancersOf(graph, renewed, undefined, { versions: lineage }).map((p) => `${p.deliverable} ${p.via} -> ${p.target} as ${p.mappedTo} (${p.pair?.by} ${p.pair?.old} -> ${p.pair?.new})`);
    expect(paths).toEqual(["w/d3 direct -> s/o11 as s2/g1 (derivedFrom s/o11 -> s2/g1)", "w/d4 approach -> s/ap1 as s2/g1 (derivedFrom s/o11 -> s2/g1)"]);
    expect(advancersOf(graph, graph.node("s2/g9")!, undefined, { versions: lineage })).toEqual([]);
  });

  it("pairs a document's nodes with their versions elsewhere, both ways, through chains of derivedFrom", () => {
    expect(lineagePairs(graph, "s2").map((p) => `${p.old} -> ${p.new} ${p.by}`)).toEqual(["s/o11 -> s2/g1 derivedFrom"]);
    expect(lineagePairs(graph, "s").map((p) => `${p.old} -> ${p.new} ${p.by}`)).toEqual(["s/o11 -> s2/g1 derivedFrom"]);
    expect(lineage.versionsOf("s/o11").map((v) => v.ref)).toEqual(["s2/g1"]);
    expect(lineage.versionsOf("s2/g1").map((v) => v.ref)).toEqual(["s/o11"]);
    expect(lineage.versionsOf("s/g1")).toEqual([]);
  });

  it("carries an approach that serves another version of a node over to the node, through the pair", () => {
    const pairs = new VersionMap([{ old: "s/o11", new: "s2/g9", by: "meaning", score: 0.6 }]);
    const paths = advancersOf(graph, graph.node("s2/g9")!, undefined, { versions: pairs }).map((p) => `${p.deliverable} ${p.via} -> ${p.target}${p.served ? ` serves ${p.served}` : ""} as ${p.mappedTo} (${p.pair?.by})`);
    expect(paths).toEqual(["w/d3 direct -> s/o11 as s2/g9 (meaning)", "w/d4 approach -> s/ap1 serves s2/g9 as s2/g9 (meaning)"]);
  });
});
