import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { graphView } from "../../src/analyses/graph-view.js";
import { exportStratml, type StratmlPart } from "../../src/stratml/export.js";
import { exportWorkplanStratml } from "../../src/stratml/export-workplan.js";
import { isPlaceholder } from "../../src/stratml/identifiers.js";
import { importStratml } from "../../src/stratml/import.js";
import { planYaml } from "../../src/stratml/import-files.js";
import { PROBLEM_KINDS } from "../../src/stratml/import-context.js";
import { parseXml, type XmlElement } from "../../src/stratml/xml.js";
import { HAS_SHARED, projectFrom, ROOT, SHARED, STRATEGY, WORKPLAN } from "../helpers.js";
import { hasXmllint, sample, SAMPLES, xmllintErrors } from "./fixtures.js";

type Json = Record<string, unknown>;

const SHIPPED_STRATEGIES = ["2015/strategy.yaml", "2020/implementation-plan.yaml", "2023/strategy.yaml", "2023/strategy-draft.yaml", "2023/strategy-consultation.yaml"].map((file) => ({
  file,
  data: parse(readFileSync(path.join(ROOT, "plans", file), "utf8")) as Json,
}));
const IMPORTED_SAMPLES = SAMPLES.map((name) => ({ name, data: importStratml(sample(name), name).data }));
// StratML needs at least one goal: the empty form template has none and is refused (tested below).
const EXPORTABLE = [...IMPORTED_SAMPLES.filter((s) => Array.isArray(s.data.goals)), ...SHIPPED_STRATEGIES.map((s) => ({ name: s.file, data: s.data }))];

/** The plan graph (documents without their file, nodes, links) of one plan document, as `ogp graph` shows it. */
function graphOf(data: Json) {
  const project = projectFrom({ "plan.yaml": planYaml({ data, version: "", changes: [], positions: () => new Map() }, "test") });
  const view = graphView(project.graph);
  return { documents: view.documents.map(({ file: _file, ...rest }) => rest), nodes: view.nodes, edges: view.edges };
}

const scratch = mkdtempSync(path.join(tmpdir(), "ogp-stratml-export-"));
let written = 0;
function writeTemp(xml: string): string {
  const file = path.join(scratch, `export-${written++}.xml`);
  writeFileSync(file, xml);
  return file;
}

function elements(root: XmlElement, out: XmlElement[] = []): XmlElement[] {
  out.push(root);
  root.children.forEach((child) => elements(child, out));
  return out;
}

// Under CI the schema checks must run: a missing xmllint fails loudly instead of skipping them.
// The schemas are in ../shared; xmllint is installed by .ci/run (missing under CI is a failure below).
const runSchemaChecks = HAS_SHARED && (hasXmllint() || Boolean(process.env.CI));

describe("exportStratml", () => {
  it("xmllint is installed where the schema checks must run (CI)", () => {
    if (process.env.CI) expect(hasXmllint(), "xmllint is missing: apt-get install -y libxml2-utils (see README)").toBe(true);
  });

  describe.skipIf(!runSchemaChecks).each([2, 1] as StratmlPart[])("Part %i", (part) => {
    it.each(EXPORTABLE.map((e) => [e.name, e.data] as const))("exports %s as XML valid against the ISO schema", async (_name, data) => {
      const { xml } = exportStratml(data, part);
      expect(await xmllintErrors(writeTemp(xml), part)).toBe("");
    });
  });

  it.each(EXPORTABLE.map((e) => [e.name, e.data] as const))("writes %s without empty elements, with unique xsd:ID identifiers, the same on every run", (_name, data) => {
    const { xml } = exportStratml(data, 2);
    expect(exportStratml(structuredClone(data), 2).xml).toBe(xml);
    const all = elements(parseXml(xml));
    expect(all.filter((e) => e.children.length === 0 && e.text.trim() === "").map((e) => e.name)).toEqual([]);
    const identifiers = all.filter((e) => e.name === "Identifier").map((e) => e.text);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    for (const id of identifiers) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  });

  it.each(EXPORTABLE.map((e) => [e.name, e.data] as const))("round trip of %s: import, export, import gives the same plan graph", (_name, data) => {
    // Shipped plans start from YAML: their first import is of their own export.
    const first = importStratml(exportStratml(data, 2).xml, "plan.xml").data;
    const second = importStratml(exportStratml(first, 2).xml, "plan.xml").data;
    expect(graphOf(second)).toEqual(graphOf(first));
  });

  it.each(IMPORTED_SAMPLES.filter((s) => Array.isArray(s.data.goals)).map((s) => [s.name, s.data] as const))("round trip of the sample %s keeps its graph from the first import on", (name, data) => {
    expect(graphOf(importStratml(exportStratml(data, 2).xml, name).data)).toEqual(graphOf(data));
  });

  it.skipIf(!HAS_SHARED)("gives back the Identifiers kept from import", () => {
    const { xml } = exportStratml(importStratml(sample("temp.xml"), "temp.xml").data, 2);
    for (const id of ["_d6fe991c-9d32-11e9-b91b-a4a8bd829e71", "_4db1c486-d7aa-11eb-8d5a-f7640983ea00"]) expect(xml).toContain(`<Identifier>${id}</Identifier>`);
  });

  it("writes kept Relationships with their referent's written Identifier, and links as Relationships", async () => {
    const xml = `<PerformancePlanOrReport Type="Performance_Plan"><Name>P</Name><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description><Identifier>_g-1</Identifier><SequenceIndicator>1</SequenceIndicator>
<Objective><Name>a</Name><Identifier>obj-a</Identifier><SequenceIndicator>1.1</SequenceIndicator><PerformanceIndicator><MeasurementDimension>m</MeasurementDimension><UnitOfMeasurement>u</UnitOfMeasurement>
<Relationship RelationshipType="Narrower_Than"><ReferentIdentifier>_g-1</ReferentIdentifier><Name>part of</Name></Relationship></PerformanceIndicator></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>`;
    const data = importStratml(xml, "p.xml").data;
    const indicator = ((data.goals as Json[])[0]!.objectives as Json[])[0]!.indicators as Json[];
    indicator[0]!.refs = [...(indicator[0]!.refs as Json[]), { ref: "obj-a", cite: "measures it" }];
    const out = exportStratml(data, 2).xml;
    expect(out).toMatch(/<Relationship RelationshipType="Narrower_Than">\s*<ReferentIdentifier>_g-1<\/ReferentIdentifier>\s*<Name>part of<\/Name>/);
    expect(out).toMatch(/<Relationship>\s*<ReferentIdentifier>obj-a<\/ReferentIdentifier>\s*<Name>measures it<\/Name>/);
    if (runSchemaChecks) expect(await xmllintErrors(writeTemp(out), 2)).toBe("");
    expect(importStratml(out, "p.xml").changes.filter((c) => c.kind === "unresolved-relationship")).toEqual([]);
  });

  it("refuses a plan without goals, which StratML cannot hold", () => {
    expect(() => exportStratml({ kind: "strategy", id: "s", title: "S", status: "draft" }, 2)).toThrow(/at least one goal/);
  });

  it.skipIf(!HAS_SHARED)("carries every goal, objective and indicator of the 2015 strategy, and loses nothing of the seed's rendering", () => {
    const strategy = SHIPPED_STRATEGIES.find((s) => s.file === "2015/strategy.yaml")!.data;
    const { xml, leftOut } = exportStratml(strategy, 2);
    // Goal 1's see-also links to goals 2 and 3: StratML writes a Relationship only from a performance indicator.
    expect(leftOut).toEqual(["goal 1: its refs 'government-reformers', 'engagement' (StratML writes a Relationship only from a performance indicator)"]);
    const texts = new Set(elements(parseXml(xml)).map((e) => e.text.trim()));
    const nodes: Json[] = [];
    const walk = (list: unknown) => {
      for (const node of (list ?? []) as Json[]) {
        nodes.push(node);
        walk(node.objectives);
        walk(node.indicators);
      }
    };
    walk(strategy.goals);
    expect(nodes.length).toBeGreaterThan(40);
    for (const node of nodes) {
      expect(texts, `${String(node.id)} title`).toContain(node.title);
      expect(texts, `${String(node.id)} label`).toContain(node.label);
    }
    // Every paragraph of the seed (a rendering of the original StratML) is in the export, but for the rendering's headings.
    const seed = readFileSync(path.join(SHARED, "seeds/003_06617adf5980562b.txt"), "utf8");
    const flat = (text: string) => text.replace(/\s+/g, " ").trim();
    const exported = flat([...texts].join(" \n "));
    const headings = /^(StrategicPlan|Source:|Start:|End:|Publication Date|Submitter:|Organization:|Name:|Acronym:|Description:|Stakeholder\(s\):|Vision|Mission|Values|Goals?|Objective\(s\):|Other Information:|Goal \d+:.*|Objective \d+(\.\d+)*:.*)$/;
    const missing = seed
      .split(/\n+/)
      .map(flat)
      // "1.5.2: Private Sector" headings join a label and a title, each checked above.
      .filter((line) => line && !headings.test(line) && !/^\d+(\.\d+)*: /.test(line) && !/^\d{4}-\d{2}-\d{2}$/.test(line) && !line.startsWith("http"))
      .filter((line) => !exported.includes(line));
    expect(missing).toEqual([]);
  });

  it("keeps any title and description through export and import (property)", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 40, unit: "grapheme" })
      .map((s) => s.replace(/[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, "").replace(/\s+/g, " ").trim())
      .filter((s) => s.length > 0 && !isPlaceholder(s));
    const plan = fc.record({
      title: text,
      goals: fc.array(fc.record({ title: text, description: text, objectives: fc.array(fc.record({ title: text, target: text }), { maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(plan, (p) => {
        const data: Json = {
          kind: "strategy",
          id: "prop",
          title: p.title,
          status: "approved",
          goals: p.goals.map((g, i) => ({
            id: `g${i + 1}`,
            label: `${i + 1}`,
            title: g.title,
            description: g.description,
            objectives: g.objectives.map((o, j) => ({ id: `o${i + 1}-${j + 1}`, label: `${i + 1}.${j + 1}`, title: o.title, indicators: [{ id: `i${i + 1}-${j + 1}`, title: o.title, target: o.target }] })),
          })),
        };
        const back = importStratml(exportStratml(data, 2).xml, "prop.xml").data;
        expect(back.title).toBe(p.title);
        expect((back.goals as Json[]).map((g) => [g.title, g.description])).toEqual(p.goals.map((g) => [g.title, g.description]));
        const objectives = (back.goals as Json[]).flatMap((g) => (g.objectives ?? []) as Json[]);
        expect(objectives.map((o) => o.title)).toEqual(p.goals.flatMap((g) => g.objectives.map((o) => o.title)));
        expect(objectives.map((o) => (o.indicators as Json[])[0]!.target)).toEqual(p.goals.flatMap((g) => g.objectives.map((o) => o.target)));
      }),
      { numRuns: 60 },
    );
  });
});

describe("exportWorkplanStratml: a work plan as a Performance_Plan, its deliverables' links as Relationships", () => {
  const PLAN_FILES = ["2015/strategy.yaml", "2020/implementation-plan.yaml", "2020/workplan.yaml", "2023/strategy.yaml", "2023/strategy-draft.yaml", "2023/strategy-consultation.yaml", "2023/workplan.yaml"];
  const shipped = projectFrom(Object.fromEntries(PLAN_FILES.map((f) => [`plans/${f}`, readFileSync(path.join(ROOT, "plans", f), "utf8")])));
  const WORKPLANS = ["ogp-workplan-2023", "ogp-workplan-2020"];

  describe.skipIf(!runSchemaChecks)("schema", () => {
    it.each(WORKPLANS)("exports %s as XML valid against the ISO Part 2 schema", async (id) => {
      expect(await xmllintErrors(writeTemp(exportWorkplanStratml(shipped.graph, id).xml), 2)).toBe("");
    });
  });

  it("writes every advances link of the 2023 work plan as a Narrower_Than Relationship naming the goal by the Identifier the strategy's export writes", () => {
    const { xml, leftOut } = exportWorkplanStratml(shipped.graph, "ogp-workplan-2023");
    const root = parseXml(xml);
    expect(root.attributes.Type).toBe("Performance_Plan");
    const strategyIds = exportStratml(shipped.graph.documents.get("ogp-strategy-2023")!.data, 2).identifiers;
    const strategyXml = exportStratml(shipped.graph.documents.get("ogp-strategy-2023")!.data, 2).xml;
    const relationships = elements(root).filter((e) => e.name === "Relationship");
    const written = relationships.map((r) => {
      const child = (name: string) => r.children.find((c) => c.name === name)?.text;
      return [r.attributes.RelationshipType, child("ReferentIdentifier"), child("Name")];
    });
    const expected = shipped.graph.edges
      .filter((e) => e.type === "advances" && e.from.startsWith("ogp-workplan-2023/") && e.from !== "ogp-workplan-2023/fundraising")
      .map((e) => ["Narrower_Than", strategyIds.get(shipped.graph.node(e.to)!.id), e.cite]);
    expect(expected.length).toBeGreaterThan(10);
    expect(written.map((w) => JSON.stringify(w)).sort()).toEqual(expected.map((w) => JSON.stringify(w)).sort());
    for (const [, referent] of written) expect(strategyXml).toContain(`<Identifier>${referent}</Identifier>`);
    // The goals are restated with the strategy's Identifiers; each Relationship sits in the Output indicator of its deliverable's Objective.
    const goals = elements(root).filter((e) => e.name === "Goal");
    expect(goals.map((g) => g.children.find((c) => c.name === "Identifier")?.text)).toEqual(["community", "open-gov-norm", "civic-space", "collective-progress", "inspiration-hub"]);
    const indicators = elements(root).filter((e) => e.name === "PerformanceIndicator");
    expect(indicators.every((i) => i.attributes.ValueChainStage === "Output")).toBe(true);
    expect(leftOut).toEqual(["deliverable 6: leads to no goal of 'ogp-strategy-2023', and StratML holds objectives only under a goal"]);
  });

  it("names the links StratML cannot name: the 2020 work plan's links to strategic approaches", () => {
    const { leftOut } = exportWorkplanStratml(shipped.graph, "ogp-workplan-2020");
    expect(leftOut).toContain("deliverable commitments-focus: its advances link to 'ogp-3yp-2020/approach-commitments' (a strategic approach has no element in StratML)");
    // Strategic approach #1 serves every Collective Result, so each universal-platform activity finds a goal to sit under.
    expect(leftOut.filter((l) => l.includes("leads to no goal"))).toEqual([]);
  });

  it.each(WORKPLANS)("import reads the Relationships of %s back as links, and import, export, import gives the same graph", (id) => {
    const { xml } = exportWorkplanStratml(shipped.graph, id);
    const first = importStratml(xml, "workplan.xml");
    expect(first.changes.filter((c) => PROBLEM_KINDS.has(c.kind))).toEqual([]);
    const relationships = elements(parseXml(xml)).filter((e) => e.name === "Relationship").length;
    const links = graphOf(first.data).edges.filter((e) => e.type === "refs");
    expect(links).toHaveLength(relationships);
    const second = importStratml(exportStratml(first.data, 2).xml, "workplan.xml").data;
    expect(graphOf(second)).toEqual(graphOf(first.data));
  });

  it.each(WORKPLANS)("writes %s without empty elements, with unique xsd:ID identifiers, the same on every run", (id) => {
    const { xml } = exportWorkplanStratml(shipped.graph, id);
    expect(exportWorkplanStratml(shipped.graph, id).xml).toBe(xml);
    const all = elements(parseXml(xml));
    expect(all.filter((e) => e.children.length === 0 && e.text.trim() === "").map((e) => e.name)).toEqual([]);
    const identifiers = all.filter((e) => e.name === "Identifier").map((e) => e.text);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    for (const identifier of identifiers) expect(identifier).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  });

  it("writes a deliverable kept in a file of its own, with its actions, and refuses a work plan whose strategy is not loaded", async () => {
    const deliverable = `kind: deliverable\nid: d2\ntitle: Deliverable two\nstatus: approved\nworkplan: w\nlabel: "2"\nadvances:\n  - { ref: s/o11, cite: "the objective" }\nactions:\n  - id: a21\n    label: "2.1"\n    title: Action two one\n    advances: [{ ref: s/g2, cite: "its own" }]\n`;
    const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d2.yaml": deliverable });
    const { xml } = exportWorkplanStratml(project.graph, "w");
    if (runSchemaChecks) expect(await xmllintErrors(writeTemp(xml), 2)).toBe("");
    const back = importStratml(xml, "w.xml").data;
    const goal = (back.goals as Json[])[0]!;
    expect(((goal.objectives ?? []) as Json[]).map((o) => [o.id, ((o.objectives ?? []) as Json[]).map((a) => a.id)])).toEqual([
      ["d1", ["a11"]],
      ["d2", ["a21"]],
    ]);
    // Sub-goal o11 has no element of its own here: its Relationship names the Identifier the strategy's export gives it.
    expect(xml).toMatch(/<Relationship RelationshipType="Narrower_Than">\s*<ReferentIdentifier>o11<\/ReferentIdentifier>\s*<Name>the objective<\/Name>/);
    expect(xml).toMatch(/<Identifier>a21-output<\/Identifier>\s*<Relationship RelationshipType="Narrower_Than">\s*<ReferentIdentifier>g2<\/ReferentIdentifier>/);
    const alone = projectFrom({ "w.yaml": WORKPLAN });
    expect(() => exportWorkplanStratml(alone.graph, "w")).toThrow("its strategy 's' is not among the loaded plans");
  });

  it("writes a deliverable's owner as a Performer, its due date as a target and its delivery as an actual result", async () => {
    const workplan = WORKPLAN.replace("    title: Deliverable one\n", "    title: Deliverable one\n    owner: Support Unit\n    due: \"2022-06\"\n    delivery: in-progress\n");
    const project = projectFrom({ "s.yaml": STRATEGY, "w.yaml": workplan });
    const { xml, leftOut } = exportWorkplanStratml(project.graph, "w");
    expect(leftOut).toEqual([]);
    expect(xml).toMatch(/<Stakeholder>\s*<Name>Support Unit<\/Name>\s*<Role>\s*<Name>Performer<\/Name>\s*<RoleType>Performer<\/RoleType>/);
    expect(xml).toMatch(/<TargetResult>\s*<EndDate>2022-06-30<\/EndDate>\s*<\/TargetResult>\s*<ActualResult>\s*<Descriptor>\s*<DescriptorName>delivery<\/DescriptorName>\s*<DescriptorValue>in-progress<\/DescriptorValue>/);
    expect(xml).toMatch(/<Relationship RelationshipType="Narrower_Than">\s*<ReferentIdentifier>g2<\/ReferentIdentifier>\s*<Name>it says so too<\/Name>/);
    if (runSchemaChecks) expect(await xmllintErrors(writeTemp(xml), 2)).toBe("");
  });

  it("carries every deliverable link to a goal through export and import (property)", () => {
    const plan = fc.record({
      goals: fc.integer({ min: 1, max: 4 }),
      deliverables: fc.array(fc.record({ advances: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), actions: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(plan, (p) => {
        const goals = Array.from({ length: p.goals }, (_, i) => `  - id: g${i + 1}\n    label: "${i + 1}"\n    title: Goal ${i + 1}\n`).join("");
        const deliverables = p.deliverables
          .map((d, i) => {
            const advances = d.advances.filter((g) => g <= p.goals);
            const links = advances.map((g) => `      - { ref: s/g${g}, cite: "cite ${i + 1}-${g}" }\n`).join("");
            const actions = Array.from({ length: d.actions }, (_, j) => `      - id: d${i + 1}-${j + 1}\n        label: "${i + 1}.${j + 1}"\n        title: Action ${i + 1}.${j + 1}\n`).join("");
            return `  - id: d${i + 1}\n    label: "${i + 1}"\n    title: Deliverable ${i + 1}\n${links ? `    advances:\n${links}` : ""}${actions ? `    actions:\n${actions}` : ""}`;
          })
          .join("");
        const project = projectFrom({
          "s.yaml": `kind: strategy\nid: s\ntitle: S\nstatus: approved\ngoals:\n${goals}`,
          "w.yaml": `kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\ndeliverables:\n${deliverables}`,
        });
        const expected = project.graph.edges.filter((e) => e.type === "advances" && e.resolved).map((e) => `${e.from.slice(2)}-output -> ${e.to.slice(2)} (${e.cite})`);
        const back = importStratml(exportWorkplanStratml(project.graph, "w").xml, "w.xml").data;
        const links: string[] = [];
        const walk = (nodes: unknown) => {
          for (const node of (nodes ?? []) as Json[]) {
            for (const indicator of (node.indicators ?? []) as Json[]) for (const ref of (indicator.refs ?? []) as Json[]) links.push(`${String(indicator.id)} -> ${String(ref.ref)} (${String(ref.cite)})`);
            walk(node.objectives);
          }
        };
        walk(back.goals);
        expect(links.sort()).toEqual(expected.sort());
      }),
      { numRuns: 40 },
    );
  });
});
