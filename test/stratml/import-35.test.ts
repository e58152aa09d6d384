import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importStratml } from "../../src/stratml/import.js";
import { hasContent, parseXml, type XmlElement } from "../../src/stratml/xml.js";
import { validateDocument } from "../../src/validate/validate.js";
import { HAS_SHARED } from "../helpers.js";
import { sample, SAMPLES, sourceTexts } from "./fixtures.js";

type Json = Record<string, unknown>;
const SAMPLES_35 = SAMPLES.filter((name) => /OrganizationalStrategyDocument/.test(sample(name).slice(0, 400)));
const PART3 = readFileSync(path.join(import.meta.dirname, "part3/part3-plan.xml"), "utf8");

function elementsNamed(root: XmlElement, test: (name: string) => boolean, out: XmlElement[] = []): XmlElement[] {
  if (test(root.name)) out.push(root);
  root.children.forEach((child) => elementsNamed(child, test, out));
  return out;
}

/** Goals, objectives and indicators of an imported plan, by kind, with their titles. */
function levels(data: Json): { goal: Json[]; objective: Json[]; indicator: Json[] } {
  const out = { goal: [] as Json[], objective: [] as Json[], indicator: [] as Json[] };
  const visit = (list: unknown, kind: "goal" | "objective") => {
    for (const node of (list ?? []) as Json[]) {
      out[kind].push(node);
      out.indicator.push(...((node.indicators ?? []) as Json[]));
      visit(node.objectives, "objective");
    }
  };
  visit(data.goals, "goal");
  return out;
}

describe.skipIf(!HAS_SHARED)("StratML 3.5 (OrganizationalStrategyDocument)", () => {
  it("finds the three 3.5 samples among the tests' samples", () => {
    expect(SAMPLES_35).toEqual(["TrasnformationDotRun.xml", "WGlascoeCCIP.xml", "WGlascoeIIIStarPlanningMeth.xml"]);
  });

  it.each(SAMPLES_35)("%s keeps every goal, objective and indicator with content", (name) => {
    const root = parseXml(sample(name));
    const { data, version } = importStratml(sample(name), name);
    expect(version).toBe("3.5");
    const found = levels(data);
    const inSource = (test: (n: string) => boolean) => elementsNamed(root, test).filter(hasContent).length;
    expect(found.goal.length).toBe(inSource((n) => n === "Goal"));
    expect(found.objective.length).toBe(inSource((n) => n === "Objective"));
    expect(found.indicator.length).toBe(inSource((n) => n.endsWith("PerformanceIndicator")));
    expect(validateDocument(name, data).findings).toEqual([]);
  });

  it("reads strategy, goal, objective and indicator of TrasnformationDotRun.xml, names referenced by ReferenceIdentifier resolved", () => {
    const { data } = importStratml(sample("TrasnformationDotRun.xml"), "TrasnformationDotRun.xml");
    expect(data.title).toBe("Strategy Document for the Proposed Transformation.run Organization");
    expect(data.mission).toMatch(/^Transform\.run is a collective organization/);
    expect(data.organization).toEqual({ name: "Transformation.run" });
    const { goal, objective, indicator } = levels(data);
    expect(goal.map((g) => [g.id, g.title])).toEqual([["uid-goal-membership-incentives", "Membership Incentivies"]]);
    // The goal's stakeholders are Roles named only by reference: their names come from where they are defined.
    expect((goal[0]!.stakeholders as Json[]).map((s) => [s.title, s.role])).toEqual([
      ["Member", "Member"],
      ["Board Member", "Board Member"],
    ]);
    expect(objective.map((o) => o.title)).toEqual(["Revenue Sharing"]);
    expect(indicator.map((i) => [i.title, i.target])).toEqual([["Shares", "0.1 Percent; 0.1 Percent; 0.3 Percent; 0.3 Percent; 0.2 Percent"]]);
    // An Individual that only refers to the Submitter is named by it.
    expect((data.stakeholders as Json[])[0]).toMatchObject({ title: "Jason Lind", role: "Member; Board Member; Co-Founder; Executive Vice President; Transformation" });
  });

  it("keeps maps, weights, risks, assets and perspectives under data.stratml, and says so in the summary", () => {
    const { data, changes } = importStratml(sample("TrasnformationDotRun.xml"), "TrasnformationDotRun.xml");
    const kept = new Set(changes.filter((c) => c.kind === "kept-in-data").map((c) => c.element));
    for (const element of ["Map", "Assets", "Perspective", "SuccessFactor", "Priority"]) expect(kept, element).toContain(element);
    const text = JSON.stringify(data);
    for (const value of ['"Weight":"0.5"', '"Valuation":"16000"', '"Perspective":{"Identifier":"uid-persp-incentivies","Name":"Incentivies"}', '"Risk":{"Weight":["6","8"]}']) expect(text).toContain(value);
  });

  it("reads a goal that is only an Identifier as an unnamed goal, and processes and maps as kept data", () => {
    const { data, changes } = importStratml(sample("WGlascoeIIIStarPlanningMeth.xml"), "WGlascoeIIIStarPlanningMeth.xml");
    expect(levels(data).goal.map((g) => [g.id, g.title])).toEqual([["uid-goal-continutity", "Unnamed goal"]]);
    expect(changes.filter((c) => c.kind === "kept-in-data").map((c) => c.element)).toEqual(expect.arrayContaining(["Process", "Assets", "Map"]));
  });
});

describe("StratML Part 3 (2014)", () => {
  const { data, changes, version } = importStratml(PART3, "part3-plan.xml");

  it("reads NameDescription wrappers, the core under the root, attribute dates and StakeholderType roles as Part 2's", () => {
    expect(version).toBe("Part 3 (2014)");
    expect(validateDocument("part3-plan.xml", data).findings).toEqual([]);
    expect(data).toMatchObject({
      title: "Records Modernization Performance Plan",
      description: "How the records office moves to electronic records.",
      period: { start: "2015-01-01", end: "2016-12-31" },
      published: "2015-02-01",
      organization: { name: "Records Office", acronym: "RO" },
      vision: "Every record findable in a minute.",
      mission: "Keep the public record complete and open.",
    });
    expect(data.stakeholders).toEqual([expect.objectContaining({ title: "National Archives", role: "Rule setter", description: "Sets the retention rules." })]);
    const { goal, objective, indicator } = levels(data);
    expect(goal.map((g) => [g.id, g.label, g.title])).toEqual([["goal-1", "1", "Electronic records"]]);
    expect(objective.map((o) => [o.id, o.label, o.title])).toEqual([["objective-1.1", "1.1", "Scan the backlog"]]);
    expect(indicator).toEqual([
      expect.objectContaining({
        id: "pi-boxes",
        target: "1200 boxes, the backlog of 2014 (2015-01-01 to 2015-12-31)",
        actual: "950 boxes, short of staff in the summer (... to 2015-12-31)",
        refs: [{ ref: "goal-1", cite: "counts toward" }],
      }),
    ]);
  });

  it("keeps what Part 2 has no place for (priority, language, competencies, weighting) and loses no text", () => {
    const kept = changes.filter((c) => c.kind === "kept-in-data").map((c) => c.element);
    expect(kept).toEqual(expect.arrayContaining(["Priority", "Language", "Competency", "Keyness", "Weighting", "PublicationDate"]));
    const all = JSON.stringify(data);
    expect(sourceTexts(parseXml(PART3)).filter((text) => !all.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
  });
});

describe("References and ids on hostile shapes (linear work, correct answers)", () => {
  const individuals = (count: number, body: (i: number) => string) =>
    `<OrganizationalStrategyDocument xmlns="http://schemas.stratml.us/3.5"><Name>P</Name><Organization><Name>O</Name>${Array.from({ length: count }, (_, i) => `<Individual><Identifier>p${i}</Identifier>${body(i)}</Individual>`).join("")}</Organization></OrganizationalStrategyDocument>`;

  it("names every member of a long chain of ReferenceIdentifiers by its end, and each member of a loop not at all", () => {
    const chain = importStratml(individuals(3000, (i) => (i === 0 ? "<GivenName>First</GivenName>" : `<ReferenceIdentifier>p${i - 1}</ReferenceIdentifier>`)), "chain.xml").data;
    const titles = (chain.stakeholders as Json[]).map((s) => s.title);
    expect(new Set(titles)).toEqual(new Set(["First"]));
    const ids = (chain.stakeholders as Json[]).map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(["sh-first", "sh-first-2", "sh-first-3"]);
    expect(new Set(ids).size).toBe(3000);
    const loop = importStratml(individuals(50, (i) => `<ReferenceIdentifier>p${(i + 1) % 50}</ReferenceIdentifier>`), "loop.xml");
    expect(new Set((loop.data.stakeholders as Json[]).map((s) => s.title))).toEqual(new Set(["Unnamed stakeholder"]));
  });
});
