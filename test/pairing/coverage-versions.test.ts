import { describe, expect, it } from "vitest";
import { matchDocuments } from "../../src/diff/version-pairs.js";
import { coverageVersions, olderFirst } from "../../src/pairing/coverage-versions.js";
import { coverageOf } from "../coverage/fixtures.js";
import { projectFrom } from "../helpers.js";

// The pairs `ogp coverage --strategy` carries links through: derivedFrom first, then the diff's
// matching for what derivedFrom leaves unpaired, old and new as `ogp diff` would take them.

const OLD = `kind: strategy
id: a
title: The 2020 strategy
status: approved
period: { start: "2020", end: "2022" }
goals:
  - { id: civic, label: "1", title: Protect and expand civic space, description: "Defend the freedoms of association, assembly and expression." }
  - { id: data, label: "2", title: Open up public data, description: Publish the budget and public contracts as open data. }
`;
const NEW = `kind: strategy
id: b
title: The 2023 strategy
status: approved
period: { start: "2023", end: "2028" }
goals:
  - id: civic-space
    label: "1"
    title: Protect and expand civic space
    description: Defend the freedoms of association, assembly and expression.
  - id: data
    label: "2"
    title: Open data by default
    description: Publish the budget and public contracts as open data, by default.
    derivedFrom: [{ ref: a/civic, cite: "a lineage the plan states, however odd" }]
`;
const WORKPLAN = `kind: workplan
id: w
title: The work
status: approved
strategy: b
deliverables:
  - { id: d1, label: "1", title: Civic work, advances: [b/civic-space] }
  - { id: d2, label: "2", title: Data work, advances: [b/data] }
`;

const pairsOf = (project: ReturnType<typeof projectFrom>, strategy: string) => coverageVersions(project.graph, { strategy })!.pairs.map((p) => `${p.old} -> ${p.new} ${p.by}`);

describe("coverageVersions", () => {
  it("pairs by the diff's matching (old first) what no derivedFrom pairs", () => {
    const project = projectFrom({ "a.yaml": OLD, "b.yaml": NEW.replace(/\n    derivedFrom: .*/, ""), "w.yaml": WORKPLAN });
    expect(pairsOf(project, "a").sort()).toEqual(["a/civic -> b/civic-space meaning", "a/data -> b/data id"]);
    expect(pairsOf(project, "b")).toEqual([]); // the workplan's own strategy: no other version is linked
  });

  it("takes derivedFrom first: the matcher's pairs that touch a node derivedFrom pairs are left out", () => {
    const project = projectFrom({ "a.yaml": OLD, "b.yaml": NEW, "w.yaml": WORKPLAN });
    expect(pairsOf(project, "a")).toEqual(["a/civic -> b/data derivedFrom"]);
    const report = coverageOf(project, { strategy: "a", versions: coverageVersions(project.graph, { strategy: "a" }) }).reports[0]!;
    expect(report.rows.map((r) => `${r.label} ${r.status} ${r.items.map((i) => i.label).join(",")} ${(r.mapped ?? []).map((p) => `${p.from.ref}:${p.by}`).join(",")}`)).toEqual([
      "1 covered 2 b/data:derivedFrom",
      "2 missing  ",
    ]);
    expect(report.unmapped.map((n) => n.ref)).toEqual(["b/civic-space"]);
  });

  it("leaves out a pair the matcher is unsure of: a goal is not covered on a guess between two near twins", () => {
    // Each new twin differs from the old goal by one word (the media, the press).
    const twins = NEW.replace(/\n    derivedFrom: .*/, "").replace("assembly and expression.", "assembly and the media.").replace(
      "  - id: data\n",
      '  - { id: civic-press, label: "3", title: Protect and expand civic space, description: "Defend the freedoms of association, assembly and the press." }\n  - id: data\n',
    );
    const project = projectFrom({ "a.yaml": OLD, "b.yaml": twins, "w.yaml": WORKPLAN });
    const civic = matchDocuments(project.graph, project.graph.document("a")!, project.graph.document("b")!).find((p) => p.old === "a/civic");
    expect(civic?.ambiguous).toBe(true);
    expect(pairsOf(project, "a")).toEqual(["a/data -> b/data id"]);
  });

  it("has nothing to pair without --strategy, or for --of indicators", () => {
    const project = projectFrom({ "a.yaml": OLD, "b.yaml": NEW, "w.yaml": WORKPLAN });
    expect(coverageVersions(project.graph, {})).toBeUndefined();
    expect(coverageVersions(project.graph, { strategy: "a", of: "indicators" })).toBeUndefined();
    expect(coverageVersions(project.graph, { strategy: "no-such-strategy" })).toBeUndefined();
  });
});

describe("olderFirst", () => {
  const doc = (id: string, fields: Record<string, unknown>) => ({ id, kind: "strategy" as const, file: `${id}.yaml`, data: {}, nodes: [], ...fields });
  it("orders by period start, then publication, then status (draft before approved), else the measured strategy first", () => {
    const ids = (pair: [{ id: string }, { id: string }]) => pair.map((d) => d.id).join(" < ");
    expect(ids(olderFirst(doc("new", { period: { start: "2023" } }), doc("old", { period: { start: "2020" } })))).toBe("old < new");
    expect(ids(olderFirst(doc("x", { published: "2023-03" }), doc("y", { published: "2022-12" })))).toBe("y < x");
    expect(ids(olderFirst(doc("approved", { status: "approved", period: { start: "2023" } }), doc("draft", { status: "draft", period: { start: "2023" } })))).toBe("draft < approved");
    expect(ids(olderFirst(doc("measured", { period: { start: "2023" } }), doc("other", {})))).toBe("measured < other");
  });
});
