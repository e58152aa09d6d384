import { describe, expect, it } from "vitest";
import { diff } from "../../src/diff/diff.js";
import { AMBIGUITY_MARGIN, ambiguity, continuesAsPart, dividesText, LEVEL_MARGIN, sameLevelFirst, SPLIT_DRAWN, SPLIT_GAIN, SPLIT_THRESHOLD } from "../../src/diff/match.js";
import { increasing } from "../../src/diff/in-order.js";
import type { DiffResult, DiffSide } from "../../src/diff/model.js";
import { projectFrom } from "../helpers.js";
import { once, STRATEGY, versions, WORKPLAN } from "./versions.js";

// The matcher's rules, each on the smallest plan that shows it: evidence from two sources, no
// split where a title is merely repeated elsewhere, entities within their parent, goals followed
// through their objectives, same level first.

const head = (id: string) => `kind: strategy\nid: ${id}\ntitle: S\nstatus: draft\nperiod: { start: "2020", end: "2025" }\n`;

function run(oldText: string, newText: string): DiffResult {
  const project = projectFrom({ "a.yaml": oldText, "b.yaml": newText });
  const side = (id: string): DiffSide => ({ graph: project.graph, name: id, documents: [project.graph.document(id)!] });
  return diff(side("a"), side("b"), { explain: true });
}

const pairsOf = (result: DiffResult) => (result.pairs ?? []).map((p) => `${p.old.ref.split("/")[1]} ${p.new.ref.split("/")[1]}`).sort();
const kinds = (result: DiffResult) => result.changes.map((c) => `${c.type} ${(c.new ?? c.old)!.ref.split("/")[1]}`).sort();

const PARTS = (id: string, extra = "") => `${head(id)}goals:
  - id: part1
    label: "1"
    title: Part 1, Strategic Plans
    objectives:
      - id: p1-publication
        label: "1.1"
        title: ANSI/AIIM Publication
        description: Publish Part 1, Strategic Plans, as an American national standard.
      - id: p1-iso
        label: "1.2"
        title: ISO Adoption
        description: Submit Part 1 to the international standards body for adoption.
  - id: part2
    label: "2"
    title: Part 2, Performance Plans and Reports
    objectives:
      - id: p2-schema
        label: "2.1"
        title: Schema Drafting
        description: Draft the schema for performance plans and reports with the committee.
${extra}`;

describe("matching by evidence", () => {
  it("a new objective under another part that repeats a kept objective's title is added, not a split", () => {
    const added = `      - id: p2-publication
        label: "2.2"
        title: ANSI/AIIM Publication
        description: Publish Part 2, Performance Plans and Reports, as an American national standard.
`;
    const result = run(PARTS("a"), PARTS("b", added));
    expect(result.summary).toMatchObject({ split: 0, added: 1 });
    expect(kinds(result)).toEqual(["added p2-publication"]);
  });

  it("a person newly named under an objective is added there, not a split of the same person named elsewhere", () => {
    const person = (parentIndent: string) => `${parentIndent}stakeholders:\n${parentIndent}  - id: sh-owen\n${parentIndent}    title: Owen Ambur\n${parentIndent}    description: Co-chair of the committee\n`;
    const old = PARTS("a").replace("goals:\n", `${person("")}goals:\n`);
    const next = PARTS("b")
      .replace("goals:\n", `${person("")}goals:\n`)
      .replace("        description: Draft the schema for performance plans and reports with the committee.\n", `        description: Draft the schema for performance plans and reports with the committee.\n${person("        ").replace("id: sh-owen", "id: sh-owen-schema")}`);
    const result = run(old, next);
    expect(result.summary).toMatchObject({ split: 0, added: 1 });
    expect(kinds(result)).toEqual(["added sh-owen-schema"]);
  });

  it("one shared title word over texts that disagree is not a pair ('Commitment' is not 'Commitments')", () => {
    const old = `${head("a")}goals:
  - id: commitment
    label: "1"
    title: Commitment
    description: Secure political leadership from heads of state and ministers, so that senior leaders champion the partnership at summits.
`;
    const next = `${head("b")}goals:
  - id: commitments
    label: "1"
    title: Commitments
    description: Ambitious reforms that empower citizens to shape and oversee public services are credibly implemented in every member country.
`;
    const result = run(old, next);
    expect(pairsOf(result)).toEqual([]);
    expect(result.summary).toMatchObject({ added: 1, removed: 1 });
  });

  it("a goal reworded beyond its title is paired through its objectives (subtree and children)", () => {
    const old = `${head("a")}goals:
  - id: g1
    label: "1"
    title: Safer streets
    objectives:
      - { id: o1, label: "1.1", title: Repave the harbour road, description: Resurface the harbour road and its pavements by the end of the plan. }
      - { id: o2, label: "1.2", title: Crossing lights on school routes, description: Install pedestrian crossing lights on every school route. }
  - id: g2
    label: "2"
    title: Parks
    objectives:
      - { id: o3, label: "2.1", title: New playground, description: Build a playground in the east park with accessible equipment. }
`;
    const next = `${head("b")}goals:
  - id: x1
    label: "1"
    title: Mobility for everyone
    objectives:
      - { id: y1, label: "1.1", title: Repave the harbour road, description: Resurface the harbour road and its pavements by the end of the plan. }
      - { id: y2, label: "1.2", title: Crossing lights on school routes, description: Install pedestrian crossing lights on every school route. }
  - id: x2
    label: "2"
    title: Parks
    objectives:
      - { id: y3, label: "2.1", title: New playground, description: Build a playground in the east park with accessible equipment. }
`;
    const result = run(old, next);
    expect(pairsOf(result)).toContain("g1 x1");
    expect(result.summary).toMatchObject({ added: 0, removed: 0 });
  });

  it("goals condensed into one keep their objectives: the goals are merged, not removed", () => {
    const objective = (id: string, label: string, text: string) => `      - { id: ${id}, label: "${label}", title: ${text}, description: ${text} across the town by the end of the plan period. }\n`;
    const old = `${head("a")}goals:
  - id: roads
    label: "1"
    title: Roads
    objectives:
${objective("r1", "1.1", "Resurface the harbour road")}${objective("r2", "1.2", "Widen the mill bridge")}  - id: transit
    label: "2"
    title: Transit
    objectives:
${objective("t1", "2.1", "Extend the night bus line")}${objective("t2", "2.2", "Build a tram depot")}`;
    const next = `${head("b")}goals:
  - id: mobility
    label: "1"
    title: Mobility
    objectives:
${objective("m1", "1.1", "Resurface the harbour road")}${objective("m2", "1.2", "Widen the mill bridge")}${objective("m3", "1.3", "Extend the night bus line")}${objective("m4", "1.4", "Build a tram depot")}`;
    const result = run(old, next);
    expect(result.summary.removed).toBe(0);
    const merged = result.changes.find((c) => c.type === "merged")!;
    expect(merged.new?.ref).toBe("b/mobility");
    expect((merged.parts ?? []).map((p) => p.ref).sort()).toEqual(["a/roads", "a/transit"]);
  });

  it.each([
    ["one of two objectives", ["Extend the night bus line"], ["Plant trees along the canal"]],
    ["two of five objectives", ["Extend the night bus line", "Build a tram depot"], ["Plant trees along the canal", "Open a public library", "Renovate the swimming pool"]],
  ])("a goal is merged only when half its objectives or more, two at least, continue in the new goal: %s is not enough", (_, continuing, ending) => {
    const objective = (id: string, label: string, text: string) => `      - { id: ${id}, label: "${label}", title: ${text}, description: ${text} across the town by the end of the plan period. }\n`;
    const roads = ["Resurface the harbour road", "Widen the mill bridge"];
    const old = `${head("a")}goals:
  - id: roads
    label: "1"
    title: Roads
    objectives:
${roads.map((t, i) => objective(`r${i}`, `1.${i + 1}`, t)).join("")}  - id: transit
    label: "2"
    title: Transit
    objectives:
${[...continuing, ...ending].map((t, i) => objective(`t${i}`, `2.${i + 1}`, t)).join("")}`;
    const next = `${head("b")}goals:
  - id: mobility
    label: "1"
    title: Mobility
    objectives:
${[...roads, ...continuing].map((t, i) => objective(`m${i}`, `1.${i + 1}`, t)).join("")}`;
    const result = run(old, next);
    expect(result.changes.filter((c) => c.type === "merged")).toEqual([]);
    expect(result.changes.some((c) => c.type === "removed" && c.old?.ref === "a/transit")).toBe(true);
  });

  it("a pair across levels is kept only when it beats every same-level candidate of both nodes by the margin", () => {
    // Old 0 is a goal, old 1 an objective; new 0 a goal: (1, 0) crosses levels.
    const cross = (i: number, j: number) => i === 1 && j === 0;
    const edges = [
      { old: 0, new: 0, score: 0.6 },
      { old: 1, new: 0, score: 0.6 + LEVEL_MARGIN - 0.01 },
    ];
    expect(sameLevelFirst(edges, cross)).toEqual([edges[0]]);
    const clear = [edges[0]!, { old: 1, new: 0, score: 0.6 + LEVEL_MARGIN }];
    expect(sameLevelFirst(clear, cross)).toEqual(clear);
    // With no same-level candidate, a pair across levels stands (a strategy promoted to a goal).
    expect(sameLevelFirst([edges[1]!], cross)).toEqual([edges[1]]);
  });

  it("a goal retitled whose description continues is paired, and a one-word objective title echoing the new goal does not take it", () => {
    const old = `${head("a")}goals:
  - id: emergency
    label: "1"
    title: Emergency services
    description: Keep residents safe through policing, fire services and emergency response.
    objectives:
      - { id: funding, label: "1.1", title: Safety, description: Apply for state funding for road safety improvements on the harbour road. }
`;
    const next = `${head("b")}goals:
  - id: safety-goal
    label: "1"
    title: Public Safety
    description: Keep residents safe through policing, fire services and emergency response teams.
`;
    const result = run(old, next);
    expect(pairsOf(result)).toEqual(["emergency safety-goal"]);
  });
});

describe("twins", () => {
  it("a text repeated under several parents is one node under parents paired with each other (twin by place)", () => {
    const plan = (id: string) => `${head(id)}goals:
${["Harbour", "Library"].map((name, k) => `  - id: ${id}-g${k}
    label: "${k + 1}"
    title: Renew the ${name.toLowerCase()} of the town
    description: The ${name.toLowerCase()} is renewed and reopened to residents within the period.
    objectives:
      - { id: ${id}-g${k}-o, label: "${k + 1}.1", title: Publish the yearly report, description: Publish the yearly report on progress. }`).join("\n")}
`;
    const result = run(plan("a"), plan("b"));
    expect(pairsOf(result)).toEqual(["a-g0 b-g0", "a-g0-o b-g0-o", "a-g1 b-g1", "a-g1-o b-g1-o"]);
    const repeated = (result.pairs ?? []).find((p) => p.old.ref === "a/a-g1-o");
    expect(repeated?.breakdown?.evidence).toContain("twin");
  });
});

describe("a long title away from its place", () => {
  const plan = (id: string, promoted: boolean, elsewhere = "") => `${head(id)}goals:
  - id: ${id}-g1
    label: "1"
    title: Open the harbour to the ferries
    description: Dredge the channel and rebuild the landing so that ferries call all year.
    objectives:
      - { id: ${id}-o1, label: "1.1", title: Dredge the channel, description: Dredge the harbour channel every spring. }
${promoted ? "" : `      - { id: ${id}-o2, label: "1.2", title: Rebuild the northern ferry landing }\n`}${promoted ? `  - { id: ${id}-o2, label: "2", title: Rebuild the northern ferry landing }\n` : ""}  - id: ${id}-g3
    label: "3"
    title: Renew the library
    description: Renew the library of the town and reopen it to residents within the period.
${elsewhere}`;

  it("a node one level up the same branch keeps its long title as evidence (promoted)", () => {
    const result = run(plan("a", false), plan("b", true));
    expect(pairsOf(result)).toContain("a-o2 b-o2");
    expect(kinds(result)).toContain("promoted b-o2");
  });

  it("a new node elsewhere that repeats a removed node's long title is added", () => {
    const elsewhere = `    objectives:
      - { id: b-x, label: "3.1", title: Rebuild the northern ferry landing, description: "Count the migratory birds on the salt marsh twice a year." }
`;
    const result = run(plan("a", false), plan("b", false, elsewhere).replace(/      - \{ id: b-o2.*\n/, ""));
    expect(kinds(result).filter((kind) => !kind.startsWith("changed"))).toEqual(["added b-x", "removed a-o2"]);
  });
});

describe("splits", () => {
  it("a node whose title is divided between two new nodes in its place is split, though the first keeps nearly all its text", () => {
    const text = "Dredge the harbour channel every spring, rebuild the northern landing with a ramp for bicycles and prams, and keep a timetable of every ferry on the quay.";
    const old = `${head("a")}goals:
  - id: g
    label: "1"
    title: Harbour and ferries
    description: Keep the harbour open to ferries and fishing boats all year round.
    objectives:
      - { id: a-o1, label: "1.1", title: "Dredging, landing and timetables", description: "${text} (See goal 4.)" }
      - { id: o2, label: "1.2", title: Lighthouse, description: Repaint the lighthouse and replace its lamp with a low-energy light. }
`;
    const next = old
      .replace("\nid: a\n", "\nid: b\n")
      .replace(`      - { id: a-o1, label: "1.1", title: "Dredging, landing and timetables", description: "${text} (See goal 4.)" }`, `      - { id: b-o1, label: "1.1", title: Dredging, description: "${text}" }\n      - { id: b-o1b, label: "1.1b", title: Landing and timetables, description: (See goal 4.) }`);
    const result = run(old, next);
    expect(kinds(result)).toContain("split a-o1");
  });
});

describe("a node reworded in place (in-order.ts)", () => {
  const people = (id: string, names: string[], extra = "") => `${head(id)}goals:
  - id: reach
    label: "1"
    title: Reach out to other communities
    description: Gather ideas and experience from partners outside the committee and report on them.
    stakeholders:
${names.map((name, k) => `      - { id: ${id}-p${k}, title: ${name} }`).join("\n")}
${extra}`;

  it("the one name changed between the same kept neighbours is that name said otherwise", () => {
    const result = run(people("a", ["Government", "Private Sector", "Thought Leaders", "Experts"]), people("b", ["Administration", "Private Sector", "Thought Champions", "Experts"]));
    expect(pairsOf(result)).toEqual(["a-p0 b-p0", "a-p1 b-p1", "a-p2 b-p2", "a-p3 b-p3", "reach reach"]);
    const order = (result.pairs ?? []).find((p) => p.old.ref === "a/a-p0");
    expect(order?.breakdown?.evidence).toContain("order");
  });

  it("two names changed between the same neighbours are not paired by order (which is which is unknown)", () => {
    const result = run(people("a", ["Government", "Universities", "Experts"]), people("b", ["Administration", "Academia", "Experts"]));
    expect(pairsOf(result)).toEqual(["a-p2 b-p2", "reach reach"]);
  });

  it("in place, descriptions that disagree keep a person removed and another added", () => {
    const person = (id: string, name: string, description: string) =>
      people(id, ["Government", "Experts"]).replace("Experts }", `Experts }\n      - { id: ${id}-px, title: ${name}, description: "${description}" }`);
    const result = run(
      person("a", "Jared Kushner", "Senior Advisor to the President, credited with a data hub for the campaign."),
      person("b", "Josh Raffel", "Communications for the office, formerly a public relations executive in Hollywood."),
    );
    expect(kinds(result).filter((kind) => !kind.startsWith("changed"))).toEqual(["added b-px", "removed a-px"]);
    const agreeing = run(
      person("a", "Jared Kushner", "Senior Advisor to the President, credited with a data hub for the campaign."),
      person("b", "J. Kushner", "Senior Advisor to the President, credited with a data hub for the campaign."),
    );
    expect(pairsOf(agreeing)).toContain("a-px b-px");
  });

  it("keeps the longest run of kept neighbours in order on both sides", () => {
    expect(increasing([[0, 0], [1, 3], [2, 1], [3, 2], [4, 4]])).toEqual([[0, 0], [2, 1], [3, 2], [4, 4]]);
    expect(increasing([])).toEqual([]);
    expect(increasing([[0, 2], [1, 1], [2, 0]])).toHaveLength(1);
  });
});

describe("the matcher's thresholds, at their bounds", () => {
  it("a pair is ambiguous when another candidate of either node scores within the margin, not beyond it", () => {
    const close = [
      { old: 0, new: 0, score: 0.8 },
      { old: 0, new: 1, score: 0.8 - AMBIGUITY_MARGIN + 0.01 },
    ];
    expect(ambiguity(close)(close[0]!)).toBe(true);
    const apart = [close[0]!, { old: 0, new: 1, score: 0.8 - AMBIGUITY_MARGIN - 0.01 }];
    expect(ambiguity(apart)(apart[0]!)).toBe(false);
    // The other node's candidates count too: new 0 has a second old candidate close by.
    const viaNew = [close[0]!, { old: 1, new: 0, score: 0.79 }];
    expect(ambiguity(viaNew)(viaNew[0]!)).toBe(true);
    // At the margin exactly (scores are rounded to thousandths), the pair is clear, whichever way the floats fall.
    for (const [best, other] of [[0.8, 0.75], [0.5, 0.45], [0.355, 0.305]] as const) {
      const atMargin = [{ old: 0, new: 0, score: best }, { old: 0, new: 1, score: other }];
      expect(ambiguity(atMargin)(atMargin[0]!)).toBe(false);
    }
    // A lone candidate is never ambiguous.
    expect(ambiguity([close[0]!])(close[0]!)).toBe(false);
  });

  it("a leftover continues a paired node from the split threshold, and only when it divides the node's text", () => {
    expect(continuesAsPart(SPLIT_THRESHOLD)).toBe(true);
    expect(continuesAsPart(SPLIT_THRESHOLD - 0.001)).toBe(false);
    expect(dividesText(SPLIT_GAIN, SPLIT_DRAWN)).toBe(true);
    expect(dividesText(SPLIT_GAIN - 0.001, 1)).toBe(false);
    expect(dividesText(1, SPLIT_DRAWN - 0.001)).toBe(false);
  });
});

describe("an indicator known by its sentences (issue 21: SMLC's unnamed indicator, named 'Publication' later)", () => {
  const indicator = (id: string, title: string, target: string, actual: string) =>
    `      - id: ${id}\n        title: ${title}\n        target: ${target}\n        actual: ${actual}\n`;
  const withIndicator = (text: string) => once(STRATEGY, /    indicators:\n(      .*\n|        .*\n)+/, `    indicators:\n${text}`);
  const before = withIndicator(indicator("unnamed", "Unnamed indicator", "Publication of Part 1.", "Part 1 was approved and published as a national standard."));
  const diffTo = (after: string) => versions({ "s.yaml": before, "w.yaml": WORKPLAN }, { "s.yaml": after, "w.yaml": WORKPLAN });

  it.each([
    ["the same target and result, a new title and id: the same indicator, retitled", indicator("publication", "Publication", "Publication of Part 1.", "Part 1 was approved and published as a national standard."), ["node-changed"]],
    ["a different target: another indicator", indicator("publication", "Publication", "Publication of Part 2.", "Part 1 was approved and published as a national standard."), ["node-removed", "node-added"]],
    ["the same target, another result: another indicator", indicator("publication", "Publication", "Publication of Part 1.", "Part 1 was withdrawn before its approval."), ["node-removed", "node-added"]],
  ])("%s", (_, after, checks) => {
    const result = diffTo(withIndicator(after));
    expect(result.changes.map((c) => c.check).sort()).toEqual([...checks].sort());
  });
  // A value of a word or two ("80", "Annual") says nothing of which indicator it is: a sentence tells them apart.
  it("the same short values only (target 80, actual 'Annual'): another indicator", () => {
    const short = withIndicator(indicator("unnamed", "Unnamed indicator", "80", "Annual"));
    const result = versions({ "s.yaml": short, "w.yaml": WORKPLAN }, { "s.yaml": withIndicator(indicator("share", "Registered owners", "80", "Annual")), "w.yaml": WORKPLAN });
    expect(result.changes.map((c) => c.check).sort()).toEqual(["node-added", "node-removed"]);
  });
});

describe("stakeholders known by their role only (a StratML person imported without a name)", () => {
  const person = (id: string, title: string, role = title) => `  - id: ${id}\n    title: "${title}"\n    role: "${role}"\n`;
  const withPeople = (people: string) => once(STRATEGY, "goals:\n", `stakeholders:\n${people}goals:\n`);
  const diffTo = (before: string, after: string) =>
    versions({ "s.yaml": withPeople(before), "w.yaml": WORKPLAN }, { "s.yaml": withPeople(after), "w.yaml": WORKPLAN }).changes.map((c) => c.check).sort();

  it.each([
    ["two seats that share 'vice president' are two people", person("svp", "Senior Vice President; Engineering"), person("vp", "Vice President; Psychology"), ["node-added", "node-removed"]],
    ["the same seat, a new id: the same stakeholder", person("svp", "Senior Vice President; Engineering"), person("svp-eng", "Senior Vice President; Engineering"), ["node-changed"]],
    ["named people who share two title words are still paired by their names", person("ann", "Ann Marie Lee", "Chair"), person("ann-l", "Ann Marie Lee-Smith", "Chair"), ["node-changed"]],
  ])("%s", (_, before, after, checks) => {
    expect(diffTo(before, after)).toEqual(checks);
  });
});
