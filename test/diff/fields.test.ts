import { describe, expect, it } from "vitest";
import { documentFields, nodeFields } from "../../src/diff/fields.js";
import { diff } from "../../src/diff/diff.js";
import { fieldChange } from "../../src/diff/facts.js";
import type { DiffSide } from "../../src/diff/model.js";
import { projectFrom } from "../helpers.js";

const STRATEGY = `kind: strategy
id: s
title: S
vision: A world
goals:
  - id: g
    title: G
    indicators:
      - id: i
        title: I
        baseline: { value: 1 }
`;
const WORKPLAN = `kind: workplan
id: w
title: W
strategy: s
deliverables:
  - id: d
    title: D
    advances: [s/g]
    actions:
      - id: a
        title: A
`;

describe("fields compared, from the schemas", () => {
  const { graph } = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN });
  it("a strategy's vision, mission and metadata, not its lists of nodes or its provenance", () => {
    const fields = documentFields(graph.document("s")!);
    expect(fields).toEqual(expect.arrayContaining(["status", "period", "published", "vision", "mission"]));
    for (const excluded of ["goals", "values", "id", "kind", "source", "notes", "description", "title"]) expect(fields).not.toContain(excluded);
  });
  it("an indicator's baseline, target and actuals; a deliverable's and an action's owner and due date", () => {
    expect(nodeFields(graph, graph.node("s/i")!)).toEqual(expect.arrayContaining(["baseline", "target", "actual", "actuals", "unit"]));
    expect(nodeFields(graph, graph.node("w/d")!)).toEqual(expect.arrayContaining(["owner", "due", "delivery", "progress"]));
    expect(nodeFields(graph, graph.node("w/a")!)).toEqual(expect.arrayContaining(["owner", "due"]));
    expect(nodeFields(graph, graph.node("w/d")!)).not.toContain("advances");
    expect(nodeFields(graph, graph.node("s/g")!)).not.toContain("objectives");
    expect(nodeFields(graph, graph.node("s/g")!)).toContain("altTitles");
  });
});

describe("long text", () => {
  it("a reworded paragraph carries its word differences; a replaced one is shown as old -> new", () => {
    const before = "OGP will support reformers in government and civil society to deliver open government reforms at every level.";
    const reworded = fieldChange("vision", before, before.replace("at every level", "at all levels of government"), false)!;
    expect(reworded.words?.filter((w) => w.added).map((w) => w.value.trim())).toEqual(["all levels of government"]);
    const replaced = fieldChange("vision", before, "A completely different paragraph about budgets, audits and procurement data.", false)!;
    expect(replaced.words).toBeUndefined();
    expect(replaced).toMatchObject({ old: before });
    // A title keeps its word diff whatever it shares: it is what a reader recognises the node by.
    expect(fieldChange("title", "Open budgets", "Fair elections", false)!.words).toBeDefined();
    expect(fieldChange("vision", "a \u2013 b", "a - b", false)).toBeUndefined();
  });
});

describe("content kept for another format", () => {
  const imported = (otherInformation: string, identifier: string) => `kind: strategy
id: s
title: S
status: approved
goals:
  - id: g
    title: Public Safety
    description: Enhance public safety readiness and facilities.
    data:
      stratml:
        identifier: "${identifier}"
        otherInformation: "${otherInformation}"
`;
  const sideOf = (text: string): DiffSide => {
    const { graph } = projectFrom({ "s.yaml": text });
    return { graph, name: "s", documents: [graph.document("s")!] };
  };

  it("StratML's OtherInformation and an indicator's unit are compared; the Identifier, new in every edition, is not", () => {
    const { graph } = projectFrom({ "s.yaml": STRATEGY });
    const fields = nodeFields(graph, graph.node("s/g")!);
    expect(fields).toEqual(expect.arrayContaining(["data.stratml.otherInformation", "data.stratml.unitOfMeasurement"]));
    expect(fields).not.toContain("data.stratml.identifier");
    expect(fields).not.toContain("data.stratml.stakeholderType");
    expect(documentFields(graph.document("s")!)).toContain("data.stratml.otherInformation");
  });

  it("a goal whose OtherInformation changed is changed, with the words that changed", () => {
    const before = sideOf(imported("[This action item is scheduled for FY 2026.]", "_a1"));
    const after = sideOf(imported("[This action item is scheduled for FY 2027 - 2028.]", "_b2"));
    const [change, ...rest] = diff(before, after).changes;
    expect(rest).toEqual([]);
    expect(change?.fields?.map((f) => f.field)).toEqual(["data.stratml.otherInformation"]);
    expect(change?.fields?.[0]?.words?.filter((w) => w.added).map((w) => w.value.trim())).toEqual(["2027 - 2028"]);
  });

  it("a new Identifier alone is no change", () => {
    const text = "Ensure a comprehensive public safety system.";
    expect(diff(sideOf(imported(text, "_a1")), sideOf(imported(text, "_b2"))).changes).toEqual([]);
  });
});
