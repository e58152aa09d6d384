import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { changedNodes } from "../../src/coverage/gate.js";
import { lintFiles, problemsOf, projectFrom } from "../helpers.js";
import { coverageOf, STRATEGY, workplan } from "./fixtures.js";

const statuses = (result: ReturnType<typeof coverageOf>, report = 0) => Object.fromEntries(result.reports[report]!.rows.map((r) => [r.label, r.status]));

describe("coverage of a workplan's deliverables", () => {
  it("names each path (direct, action, objective, approach) and keeps the strongest as via", () => {
    const project = projectFrom({
      "s.yaml": STRATEGY,
      "w.yaml": workplan(`  - { id: d1, label: "1", title: Direct, advances: [s/g1, s/o11] }
  - { id: d2, label: "2", title: By an action, actions: [{ id: a21, title: Act, advances: [s/g1] }] }
  - { id: d3, label: "3", title: Through the approach, advances: [s/ap1] }
`),
    });
    const [report] = coverageOf(project).reports;
    const g1 = report!.rows.find((r) => r.label === "1")!;
    expect(g1.items.map((i) => `${i.label} ${i.via} ${i.paths.map((p) => p.via).join("+")}`)).toEqual(["1 direct direct+objective", "2 action action"]);
    const g2 = report!.rows.find((r) => r.label === "2")!;
    expect(g2.items.map((i) => `${i.label} ${i.via} ${i.paths[0]!.served}`)).toEqual(["3 approach s/g2"]);
    expect(statuses(coverageOf(project))).toEqual({ 1: "covered", 2: "covered", 3: "justified" });
    expect(report!.summary).toMatchObject({ covered: 2, justified: 1, total: 3, percent: 100 });
  });

  it("a goal reached only through some of its objectives is partial; through all of them, covered", () => {
    const some = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: One objective, advances: [s/o11] }\n`) });
    expect(statuses(coverageOf(some))).toEqual({ 1: "partial", 2: "missing", 3: "justified" });
    expect(coverageOf(some).reports[0]!.summary).toMatchObject({ covered: 0, partial: 1, missing: 1, justified: 1, percent: 33.33 });
    const all = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: Both objectives, advances: [s/o11, s/o12] }\n`) });
    expect(statuses(coverageOf(all))[1]).toBe("covered");
  });

  it("counts an approach that serves a sub-goal: the sub-goal is covered through it, its goal partial while the other sub-goal has nothing", () => {
    const strategy = STRATEGY.replace('serves: [{ ref: g2, cite: "it serves goal two" }]', 'serves: [{ ref: o11, cite: "it serves objective one one" }]');
    const project = projectFrom({ "s.yaml": strategy, "w.yaml": workplan(`  - { id: d1, label: "1", title: Through the approach, advances: [s/ap1] }\n`) });
    const result = coverageOf(project, { depth: 2 });
    expect(statuses(result)).toEqual({ 1: "partial", "1.1": "covered", "1.2": "missing", 2: "missing", 3: "justified" });
    const g1 = result.reports[0]!.rows.find((r) => r.label === "1")!;
    expect(g1.items.map((i) => `${i.label} ${i.via} ${i.paths.map((p) => `${p.target} serves ${p.served}`).join(";")}`)).toEqual(["1 approach s/ap1 serves s/o11"]);
    expect(result.reports[0]!.unlinked).toEqual([]);
  });

  it("--depth 2 adds the objectives as rows, each counted per level", () => {
    const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: One objective, advances: [s/o11] }\n`) });
    const result = coverageOf(project, { depth: 2 });
    expect(statuses(result)).toEqual({ 1: "partial", "1.1": "covered", "1.2": "missing", 2: "missing", 3: "justified" });
    expect(result.reports[0]!.levels.map((l) => `${l.level}: ${l.covered + l.justified}/${l.total}`)).toEqual(["1: 1/3", "2: 1/2"]);
  });

  it("a row reached only by a link lint reports as an error is broken, not covered", () => {
    // A cite that is not a string: a schema error inside the link object, so the link does not count.
    const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d2, title: Broken by a schema error, advances: [{ ref: s/g1, cite: 5 }] }\n  - { id: d3, title: Sound, advances: [{ ref: s/g2, cite: "says so" }] }\n`) });
    const [report] = coverageOf(project).reports;
    const g1 = report!.rows.find((r) => r.label === "1")!;
    expect(g1.status).toBe("broken");
    expect(g1.items[0]).toMatchObject({ ref: "w/d2", broken: true });
    expect(report!.summary.broken).toBe(1);
  });

  it("a broken direct link does not make a goal reached through only some objectives covered", () => {
    const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: Broken direct link, advances: [{ ref: s/g1, cite: 5 }] }\n  - { id: d2, title: One objective, advances: [{ ref: s/o11, cite: "says so" }] }\n`) });
    const g1 = coverageOf(project).reports[0]!.rows[0]!;
    expect(g1.status).toBe("partial");
    expect(g1.items.map((i) => `${i.ref} ${i.via}${i.broken ? " broken" : ""}`)).toEqual(["w/d1 direct broken", "w/d2 objective"]);
  });

  it("lists the deliverables that reach no goal, with what they do name", () => {
    const project = projectFrom({
      "s.yaml": STRATEGY.replace('    serves: [{ ref: g2, cite: "it serves goal two" }]\n', ""),
      "w.yaml": workplan(`  - { id: d1, label: "1", title: Nothing }\n  - { id: d2, label: "2", title: An approach that serves nothing, advances: [s/ap1] }\n`),
    });
    expect(coverageOf(project).reports[0]!.unlinked.map((u) => `${u.label} [${u.advances.map((a) => a.ref).join(",")}]`)).toEqual(["1 []", "2 [s/ap1]"]);
  });

  it("--strategy maps links through derivedFrom, and names the links it cannot map", () => {
    const next = `kind: strategy
id: s2
title: The next strategy
status: draft
goals:
  - { id: n1, label: "1", title: Goal one renewed, derivedFrom: [{ ref: s/o11, cite: "continues 1.1" }] }
  - { id: n2, label: "2", title: New }
`;
    const project = projectFrom({ "s.yaml": STRATEGY, "s2.yaml": next, "w.yaml": workplan(`  - { id: d1, label: "1", title: Both, advances: [s/o11, s/g2] }\n`) });
    const [report] = coverageOf(project, { workplan: "w", strategy: "s2" }).reports;
    expect(report!.rows.map((r) => `${r.label} ${r.status} ${r.items.map((i) => `${i.via}:${i.paths[0]!.target}->${i.paths[0]!.mappedTo}`)}`)).toEqual(["1 covered direct:s/o11->s2/n1", "2 missing "]);
    expect(report!.unmapped.map((n) => n.ref)).toEqual(["s/g2"]);
    expect(report!.notes[0]).toMatch(/measured against draft strategy 's2'.*instead of its own strategy 's'/);
  });

  it("says when a workplan advances goals of a draft or superseded strategy", () => {
    const project = projectFrom({ "s.yaml": STRATEGY.replace("status: approved", "status: superseded"), "w.yaml": workplan(`  - { id: d1, title: One, advances: [s/g2] }\n`) });
    expect(coverageOf(project).reports[0]!.notes).toEqual([`workplan 'w' advances goals of superseded strategy 's' ("A strategy")`]);
  });

  it("an unknown --workplan or --strategy is a usage error naming the near ids", () => {
    const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: One }\n`) });
    expect(() => coverageOf(project, { workplan: "ww" })).toThrow(UsageError);
    expect(() => coverageOf(project, { workplan: "ww" })).toThrow("--workplan ww: no workplan 'ww'; did you mean 'w'?");
    expect(() => coverageOf(project, { strategy: "w" })).toThrow("--strategy w: 'w' is a workplan, not a strategy");
  });
});

describe("--of indicators", () => {
  it("counts a node's own indicators as direct, those beneath as objective", () => {
    const project = projectFrom({ "s.yaml": STRATEGY });
    const result = coverageOf(project, { of: "indicators", depth: 2 });
    expect(result.reports[0]!.rows.map((r) => `${r.label} ${r.status} ${r.items.map((i) => `${i.label}:${i.via}`).join(",")}`)).toEqual([
      "1 partial 1.1.1:objective",
      "1.1 covered 1.1.1:direct",
      "1.2 missing ",
      "2 missing ",
      "3 missing ",
    ]);
  });
});

describe("--min", () => {
  const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: One, advances: [s/g2] }\n`) });
  it("fails below the percentage, passes at it", () => {
    expect(coverageOf(project, { min: 66 }).failures).toEqual([]);
    expect(coverageOf(project, { min: 70 }).failures).toEqual(["workplan 'w' against strategy 's': coverage 66.67% is below --min 70%"]);
  });
  it("a negative value allows at most that many rows not covered", () => {
    expect(coverageOf(project, { min: -1 }).failures).toEqual([]);
    expect(coverageOf(project, { min: 0 }).failures).toEqual([]);
    const worse = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: None }\n`) });
    expect(coverageOf(worse, { min: -1 }).failures).toEqual(["workplan 'w' against strategy 's': 2 rows are not covered, more than the 1 that --min -1 allows"]);
  });
});

describe("the justified field", () => {
  it("requires a reason: an empty or missing one is a schema error, at the goal", () => {
    const problems = (coverage: string) => problemsOf(lintFiles({ "s.yaml": STRATEGY.replace(`coverage: { justified: "Left to the partners' own plans." }`, coverage) }), "schema");
    expect(problems(`coverage: { justified: "Left to the partners' own plans." }`)).toEqual([]);
    expect(problems("coverage: {}")).toHaveLength(1);
    expect(problems('coverage: { justified: "  " }')).toHaveLength(1);
    expect(problems('coverage: { justified: "why", by: me }')).toHaveLength(1);
  });
});

describe("lint and coverage agree", () => {
  it("a justified goal is no uncovered-goal warning, and an unjustified one is", () => {
    const files = { "s.yaml": STRATEGY, "w.yaml": workplan(`  - { id: d1, title: One, advances: [{ ref: s/g1, cite: "says so" }] }\n`) };
    expect(problemsOf(lintFiles(files), "uncovered-goal").map((p) => p.replace(/^.*?goal /, "goal "))).toEqual([expect.stringMatching(/^goal 2 "Goal two"/)]);
    expect(statuses(coverageOf(projectFrom(files)))).toEqual({ 1: "covered", 2: "missing", 3: "justified" });
  });
});

describe("--changed", () => {
  it("finds goals added or whose own fields were edited, not those whose children changed", () => {
    const before = projectFrom({ "s.yaml": STRATEGY }).graph;
    const after = projectFrom({
      "s.yaml": STRATEGY.replace("title: Goal two", "title: Goal two, reworded").replace("title: Objective one two", "title: Objective one two, reworded").replace("strategicApproaches:", "  - { id: g4, label: \"4\", title: Goal four }\nstrategicApproaches:"),
    }).graph;
    expect(Object.fromEntries(changedNodes(before, after))).toEqual({ "s/o12": "edited", "s/g2": "edited", "s/g4": "added" });
  });
});
