import { describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import type { DiffSide } from "../../src/diff/model.js";
import type { Project } from "../../src/project/open.js";
import { projectFrom } from "../helpers.js";

// The diff's coverage impact asks what advances a goal across versions the same way as
// `ogp coverage --strategy`: in one graph, a link to the other side's version of a goal counts.

const OLD = `kind: strategy
id: s-draft
title: The draft
status: draft
goals:
  - { id: civic, label: "1", title: Protect and expand civic space, description: Defend the freedoms of association and assembly. }
  - { id: data, label: "2", title: Open up public data, description: Publish the budget and contracts as open data. }
`;
const NEW = `kind: strategy
id: s-final
title: The strategy
status: approved
goals:
  - { id: civic-space, label: "1", title: Protect and expand civic space, description: Defend the freedoms of association and assembly. }
  - { id: open-data, label: "2", title: Open up public data, description: Publish the budget and contracts as open data. }
`;
const WORKPLAN = `kind: workplan
id: w
title: The work
status: approved
strategy: s-final
deliverables:
  - { id: d1, label: "1", title: Civic space work, advances: [s-final/civic-space] }
  - { id: d2, label: "2", title: Data work, advances: [s-final/open-data, s-final/civic-space] }
`;

const side = (project: Project, id: string): DiffSide => ({ graph: project.graph, name: id, documents: [project.graph.document(id)!] });

describe("coverage impact across versions in one graph", () => {
  it("counts the work plan's links to the new goals for their old versions: nothing gained, nothing lost", () => {
    const project = projectFrom({ "old.yaml": OLD, "new.yaml": NEW, "w.yaml": WORKPLAN });
    expect(diff(side(project, "s-draft"), side(project, "s-final")).coverage).toEqual([]);
  });

  it("counts a link to either version once: a deliverable naming the old goal still advances the new one", () => {
    const mixed = WORKPLAN.replace("advances: [s-final/open-data, s-final/civic-space]", "advances: [s-final/open-data, s-draft/civic]");
    const project = projectFrom({ "old.yaml": OLD, "new.yaml": NEW, "w.yaml": mixed });
    expect(diff(side(project, "s-draft"), side(project, "s-final")).coverage).toEqual([]);
  });

  it("across two graphs (as --git compares them), each side counts its own links: a dropped link is lost", () => {
    const before = projectFrom({ "old.yaml": OLD, "new.yaml": NEW, "w.yaml": WORKPLAN });
    const after = projectFrom({ "old.yaml": OLD, "new.yaml": NEW, "w.yaml": WORKPLAN.replace("advances: [s-final/open-data, s-final/civic-space]", "advances: [s-final/open-data]") });
    const impact = diff(side(before, "s-final"), side(after, "s-final")).coverage;
    expect(impact.map((c) => `${c.goal.label}: ${c.before} -> ${c.after}, lost ${c.lost.map((d) => d.label).join(",")}`)).toEqual(["1: 2 -> 1, lost 2"]);
  });
});
