import { describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import type { DiffSide } from "../../src/diff/model.js";
import { projectFrom } from "../helpers.js";

const HEAD = `kind: strategy\ntitle: S\nstatus: draft\nperiod: { start: "2020", end: "2025" }\ngoals:\n`;
const ONE = `${HEAD.replace("kind: strategy", "kind: strategy\nid: a")}  - id: civic
    label: "1"
    title: Expand civic space and protect independent journalists
  - id: money
    label: "2"
    title: Open budgets to public scrutiny
`;
const TWO = `${HEAD.replace("kind: strategy", "kind: strategy\nid: b")}  - id: civic
    label: "1"
    title: Expand civic space
  - id: journalists
    label: "2"
    title: Protect independent journalists
  - id: money
    label: "3"
    title: Open budgets to public scrutiny
`;

function run(oldText: string, newText: string) {
  const project = projectFrom({ "a.yaml": oldText, "b.yaml": newText });
  const ids = [...project.graph.documents.keys()];
  const side = (id: string): DiffSide => ({ graph: project.graph, name: id, documents: [project.graph.document(id)!] });
  return diff(side(ids[0]!), side(ids[1]!));
}

describe("splits and merges", () => {
  it("reports one goal continued as two as one split, not as a change and an addition", () => {
    const result = run(ONE, TWO);
    const split = result.changes.find((c) => c.type === "split")!;
    expect(split.message).toBe('goal 1 "Expand civic space and protect independent journalists" was split into goal 1 "Expand civic space" and goal 2 "Protect independent journalists"');
    expect(result.changes.filter((c) => c.type === "added")).toEqual([]);
    // The one change besides is goal 2's new label; the first part is reported within the split, not again as changed.
    expect(result.summary).toMatchObject({ split: 1, added: 0, removed: 0, changed: 1 });
  });

  it("reports the reverse as one merge", () => {
    const result = run(TWO.replace("id: b", "id: a"), ONE.replace("id: a", "id: b"));
    const merged = result.changes.find((c) => c.type === "merged")!;
    expect(merged.parts!.map((p) => p.label)).toEqual(["1", "2"]);
    expect(result.summary).toMatchObject({ merged: 1, added: 0, removed: 0, changed: 1 });
  });
});

describe("two old nodes of one title", () => {
  const goals = (id: string, list: [string, string, string][]) =>
    `${HEAD.replace("kind: strategy", `kind: strategy\nid: ${id}`)}${list.map(([gid, title, text], i) => `  - id: ${gid}\n    label: "${i + 1}"\n    title: ${title}\n    description: ${text}\n`).join("")}`;
  const budgets: [string, string, string] = ["b", "Open budgets", "Publish every budget document online."];
  const next = goals("b", [["res", "Resilience", "Adapt the town to sea level rise, storms and flooding."], budgets]);
  it("are merged into one new node of that title; a title that only shares a word with it is not", () => {
    const same = run(goals("a", [["r1", "Resilience", "Adapt the town to sea level rise and storms."], ["r2", "Resilience", "Insure homes against hurricanes."], budgets]), next);
    expect(same.summary).toMatchObject({ merged: 1, removed: 0 });
    const near = run(goals("a", [["r1", "Resilience", "Adapt the town to sea level rise and storms."], ["r2", "Coastal resilience", "Insure homes against hurricanes."], budgets]), next);
    expect(near.summary).toMatchObject({ merged: 0, removed: 1 });
  });
});

describe("a merge takes in something of the old node, found in its place", () => {
  const doc = (id: string, body: string) => `${HEAD.replace("kind: strategy", `kind: strategy\nid: ${id}`).replace(/goals:\n$/, body.startsWith("strategicApproaches") ? "" : "goals:\n")}${body}`;
  it("a goal deleted beside a sibling of the same boilerplate is removed, not merged into the sibling left as it was", () => {
    const part1 = `  - id: part1\n    label: "1"\n    title: Strategic plans\n    description: Specify and foster usage of an XML standard for the information commonly contained in strategic plans.\n`;
    const part2 = (label: string) => `  - id: part2\n    label: "${label}"\n    title: Performance plans and reports\n    description: Specify and foster usage of an XML standard extending Part 1 to include the additional information commonly contained in performance plans and reports.\n`;
    const result = run(doc("a", part1 + part2("2")), doc("b", part2("1")));
    expect(result.summary).toMatchObject({ merged: 0, removed: 1 });
  });
  it("two focus areas merged in their place are a merge, though one scores better against its namesake elsewhere", () => {
    const approaches = (themes: string, countries: string) =>
      `strategicApproaches:\n  - id: themes\n    label: "1"\n    title: Thematic policy areas\n    focusAreas:\n${themes}  - id: countries\n    label: "2"\n    title: Country commitments\n    focusAreas:\n${countries}`;
    const area = (id: string, title: string, text: string) => `      - id: ${id}\n        title: ${title}\n        description: ${text}\n`;
    const namesake = area("shaping", "Citizens Shaping Services", "Ghana, Kenya");
    const before = approaches(namesake, area("bo", "Creation of Beneficial Ownership Register", "Armenia, Nigeria") + area("css", "Citizens Shaping Services", "Ghana"));
    const after = approaches(namesake, area("merged", "Creation of Beneficial Ownership Register and citizens Shaping Services", "Armenia, Nigeria Ghana"));
    const result = run(doc("a", before), doc("b", after));
    const merged = result.changes.find((c) => c.type === "merged");
    expect((merged?.parts ?? []).map((p) => p.ref).sort()).toEqual(["a/bo", "a/css"]);
  });
});
