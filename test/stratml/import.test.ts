import { describe, expect, it } from "vitest";
import { exportStratml } from "../../src/stratml/export.js";
import { importStratml, NotStratmlError, STRATML_NAMESPACES } from "../../src/stratml/import.js";
import { validateDocument } from "../../src/validate/validate.js";
import { parseXml } from "../../src/stratml/xml.js";
import { minimal, sample, SAMPLES, sourceTexts } from "./fixtures.js";

const GOALS = `<StrategicPlanCore><Goal><Name>First</Name><Description>Goal one</Description><SequenceIndicator>1</SequenceIndicator>
<Objective><Name>One one</Name><SequenceIndicator>1.1</SequenceIndicator></Objective>
<Objective><Name>One one one</Name><SequenceIndicator>1.1.1</SequenceIndicator></Objective>
<Objective><Name>One two</Name><SequenceIndicator>1.2</SequenceIndicator></Objective></Goal></StrategicPlanCore>`;

type Json = Record<string, unknown>;
const goalsOf = (data: Json) => data.goals as Json[];
const objectivesOf = (node: Json) => (node.objectives ?? []) as Json[];

describe("importStratml", () => {
  it.each(SAMPLES)("imports the sample %s into a strategy valid against our schema", (name) => {
    const result = importStratml(sample(name), name);
    const validation = validateDocument(name, result.data);
    expect(validation.findings).toEqual([]);
    expect(result.data.kind).toBe("strategy");
  });

  it.each(SAMPLES)("loses nothing with content from %s: every text is somewhere in the plan", (name) => {
    const result = importStratml(sample(name), name);
    const all = JSON.stringify(result.data);
    const missing = sourceTexts(parseXml(sample(name))).filter((text) => !all.includes(JSON.stringify(text).slice(1, -1)));
    // The StratML version is the namespace, and a Type or date may be normalised: nothing else may be missing.
    expect(missing).toEqual([]);
  });

  it.each([
    ...Object.entries(STRATML_NAMESPACES).map(([namespace, version]) => [namespace, "", version]),
    ["urn:ISO:std:iso:17469:tech:xsd:stratml_core", "stratml", "Part 1 (ISO 17469-1)"],
    ["", "", "no namespace"],
  ])("reads namespace '%s' (prefix '%s') by local names as %s", (namespace, prefix, version) => {
    const root = namespace.includes("Performance") ? "PerformancePlanOrReport" : "StrategicPlan";
    const result = importStratml(minimal(root, namespace, `<Name>Plan</Name>${GOALS}`, prefix), "plan.xml");
    expect(result.version).toBe(version);
    expect(goalsOf(result.data).map((g) => g.title)).toEqual(["First"]);
  });

  it("rebuilds objective nesting from dotted sequence indicators", () => {
    const { data, changes } = importStratml(minimal("StrategicPlan", "", `<Name>Plan</Name>${GOALS}`), "plan.xml");
    const goal = goalsOf(data)[0]!;
    expect(objectivesOf(goal).map((o) => o.label)).toEqual(["1.1", "1.2"]);
    expect(objectivesOf(objectivesOf(goal)[0]!).map((o) => o.label)).toEqual(["1.1.1"]);
    expect(changes.filter((c) => c.kind === "nesting")).toEqual([]);
  });

  it("reports numbers that contradict their place: another goal's number, a missing parent, a child listed away from its parent", () => {
    const body = `<Name>Plan</Name><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description><SequenceIndicator>1</SequenceIndicator>
<Objective><Name>a</Name><SequenceIndicator>1.1</SequenceIndicator></Objective>
<Objective><Name>b</Name><SequenceIndicator>1.2</SequenceIndicator></Objective>
<Objective><Name>c</Name><SequenceIndicator>1.1.5</SequenceIndicator></Objective>
<Objective><Name>d</Name><SequenceIndicator>1.7.1</SequenceIndicator></Objective>
<Objective><Name>e</Name><SequenceIndicator>2.1</SequenceIndicator></Objective></Goal></StrategicPlanCore>`;
    const { data, changes } = importStratml(minimal("StrategicPlan", "", body), "plan.xml");
    const nesting = changes.filter((c) => c.kind === "nesting");
    expect(nesting.map((c) => [c.messageId, c.data])).toEqual([
      ["objectiveAwayFromParent", { label: "1.1.5", after: "1.2", parent: "1.1" }],
      ["objectiveWithoutParent", { label: "1.7.1", parent: "1.7", goal: "1" }],
      ["objectiveOfOtherGoal", { label: "2.1", goal: "1" }],
    ]);
    expect(nesting[0]!.message).toBe("objective '1.1.5' is listed after '1.2' and its objectives, away from '1.1' that its number puts it under; placed under '1.1'. Move it next to '1.1' or renumber it");
    expect(nesting.map((c) => c.position.line)).toEqual([5, 6, 7]);
    const goal = goalsOf(data)[0]!;
    expect(objectivesOf(objectivesOf(goal)[0]!).map((o) => o.label)).toEqual(["1.1.5"]);
  });

  it("uses a valid, unique Identifier as the id and keeps every Identifier for export", () => {
    const body = `<Name>Plan</Name><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description><Identifier>growth</Identifier><SequenceIndicator>1</SequenceIndicator>
<Objective><Name>a</Name><Identifier>_6e21b622-a951-11e6-89f9-cb959c46ff43</Identifier><SequenceIndicator>1.1</SequenceIndicator></Objective>
<Objective><Name>b</Name><Identifier>growth</Identifier><SequenceIndicator>1.2</SequenceIndicator></Objective></Goal></StrategicPlanCore>`;
    const { data, changes } = importStratml(minimal("StrategicPlan", "", body), "plan.xml");
    const goal = goalsOf(data)[0]!;
    expect(goal.id).toBe("growth");
    expect(objectivesOf(goal).map((o) => [o.id, (o.data as Json | undefined)?.stratml])).toEqual([
      ["objective-1.1", { identifier: "_6e21b622-a951-11e6-89f9-cb959c46ff43" }],
      ["objective-1.2", { identifier: "growth" }],
    ]);
    const duplicate = changes.find((c) => c.kind === "duplicate-identifier")!;
    expect(duplicate.position.line).toBe(4);
    expect([duplicate.messageId, duplicate.data]).toEqual(["duplicateIdentifier", { nodeKind: "objective", name: "1.2", identifier: "growth", id: "objective-1.2" }]);
    expect(duplicate.related).toEqual([{ messageId: "duplicateIdentifierFirst", data: { id: "growth" }, message: "first used here (id 'growth')", position: expect.objectContaining({ line: 2 }) }]);
    expect(changes.find((c) => c.kind === "new-id")).toMatchObject({ messageId: "identifierReplaced", data: { nodeKind: "objective", name: "1.1", identifier: "_6e21b622-a951-11e6-89f9-cb959c46ff43", id: "objective-1.1" } });
  });

  it("gives goals, objectives and indicators without Identifier, number or name ids that their export reads back to", () => {
    const body = `<Name>Plan</Name><StrategicPlanCore><Goal><Description>no name</Description><Objective><Description>o</Description>
<PerformanceIndicator><UnitOfMeasurement>boxes</UnitOfMeasurement></PerformanceIndicator></Objective></Goal></StrategicPlanCore>`;
    const first = importStratml(minimal("PerformancePlanOrReport", "", body), "plan.xml").data;
    const ids = (data: Json) => {
      const goal = goalsOf(data)[0]!;
      const objective = objectivesOf(goal)[0]!;
      return [goal.id, objective.id, ...((objective.indicators ?? []) as Json[]).map((i) => i.id)];
    };
    expect(ids(first)).toEqual(["goal-unnamed-goal", "objective-goal-unnamed-goal-1", "objective-goal-unnamed-goal-1-pi-boxes"]);
    expect(ids(importStratml(exportStratml(first, 2).xml, "plan.xml").data)).toEqual(ids(first));
  });

  it("drops empty elements and reports placeholders, with their places", () => {
    const body = `<Name>Plan</Name><Description/><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description><Identifier>[To_be_identified]</Identifier>
<OtherInformation>   </OtherInformation></Goal></StrategicPlanCore><AdministrativeInformation><StartDate>\${date(yyyy-MM-dd)}</StartDate></AdministrativeInformation>`;
    const { data, changes } = importStratml(minimal("StrategicPlan", "", body), "plan.xml");
    expect(data.description).toBeUndefined();
    expect(data.period).toBeUndefined();
    expect(changes.filter((c) => c.kind === "placeholder").map((c) => [c.messageId, c.data, c.position.line]).sort((a, b) => Number(a[2]) - Number(b[2]))).toEqual([
      ["placeholder", { element: "Identifier", value: "[To_be_identified]" }, 2],
      ["placeholder", { element: "StartDate", value: "${date(yyyy-MM-dd)}" }, 3],
    ]);
    expect(changes.filter((c) => c.kind === "dropped-empty").map((c) => [c.messageId, c.data])).toEqual([
      ["emptyDropped", { element: "Description" }],
      ["emptyDropped", { element: "OtherInformation" }],
    ]);
  });

  it("maps indicators with value-chain stage, targets and actuals, and Relationships to links", () => {
    const body = `<Name>Plan</Name><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description><Identifier>g1</Identifier><SequenceIndicator>1</SequenceIndicator>
<Objective><Name>a</Name><SequenceIndicator>1.1</SequenceIndicator>
<PerformanceIndicator ValueChainStage="Outcome" PerformanceIndicatorType="Quantitative"><MeasurementDimension>Countries</MeasurementDimension><UnitOfMeasurement>countries</UnitOfMeasurement>
<Relationship RelationshipType="Broader_Than"><ReferentIdentifier>g1</ReferentIdentifier><ReferentIdentifier>nowhere</ReferentIdentifier><Name>measures</Name></Relationship>
<MeasurementInstance><TargetResult><EndDate>2020-12-31</EndDate><NumberOfUnits>25</NumberOfUnits></TargetResult><ActualResult><NumberOfUnits>20</NumberOfUnits><Description>short</Description></ActualResult></MeasurementInstance></PerformanceIndicator>
</Objective></Goal></StrategicPlanCore>`;
    const { data, changes } = importStratml(minimal("PerformancePlanOrReport", "", body), "plan.xml");
    const indicator = (objectivesOf(goalsOf(data)[0]!)[0]!.indicators as Json[])[0]!;
    expect(indicator).toMatchObject({ title: "Countries", target: "25 countries (... to 2020-12-31)", actual: "20 countries, short", refs: [{ ref: "g1", cite: "measures" }] });
    expect((indicator.data as Json).stratml).toMatchObject({ valueChainStage: "Outcome", indicatorType: "Quantitative", unitOfMeasurement: "countries", relationships: [{ type: "Broader_Than", referentIdentifiers: ["g1", "nowhere"] }] });
    expect(changes.filter((c) => c.kind === "unresolved-relationship").map((c) => [c.messageId, c.data, c.position.line])).toEqual([["unresolvedReferent", { referent: "nowhere" }, 5]]);
  });

  it("reads legacy names and a Submitter wherever the file puts it", () => {
    const body = `<Name>Plan</Name><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description></Goal></StrategicPlanCore><Submitter><FirstName>Ada</FirstName><LastName>Lovelace</LastName></Submitter>`;
    const { data, changes } = importStratml(minimal("PerformancePlanOrReport", "", body), "plan.xml");
    expect((data.data as Json).stratml).toMatchObject({ submitter: { givenName: "Ada", surname: "Lovelace" } });
    expect(changes.filter((c) => c.kind === "renamed-element").map((c) => [c.messageId, c.data])).toEqual([
      ["legacyElement", { element: "FirstName", isoName: "GivenName" }],
      ["legacyElement", { element: "LastName", isoName: "Surname" }],
    ]);
  });

  it("names a goal, stakeholder or indicator without a name (StratML requires one), and says so", () => {
    const body = `<Name>Plan</Name><StrategicPlanCore><Goal><Name/><Description>d</Description><SequenceIndicator>2</SequenceIndicator><Stakeholder><Role><Name>Funder</Name></Role></Stakeholder>
<Objective><Name>o</Name><PerformanceIndicator><MeasurementDimension/><UnitOfMeasurement>Countries</UnitOfMeasurement></PerformanceIndicator></Objective></Goal></StrategicPlanCore>`;
    const { data, changes } = importStratml(minimal("PerformancePlanOrReport", "", body), "plan.xml");
    const goal = goalsOf(data)[0]!;
    expect([goal.title, (goal.stakeholders as Json[])[0]!.title, (objectivesOf(goal)[0]!.indicators as Json[])[0]!.title]).toEqual(["Goal 2", "Funder", "Countries"]);
    expect(changes.filter((c) => c.kind === "defaulted").map((c) => [c.messageId, c.data])).toEqual([
      ["unnamedStakeholder", { title: "Funder" }],
      ["unnamedGoal", { title: "Goal 2" }],
      ["unnamedIndicator", { title: "Countries" }],
    ]);
    expect(changes.find((c) => c.messageId === "unnamedGoal")!.message).toBe("a <Goal> without a <Name> is named 'Goal 2'");
  });

  it("keeps elements it has no place for under data.stratml.other", () => {
    const body = `<Name>Plan</Name><Place>Geneva</Place><StrategicPlanCore><Goal><Name>G</Name><Description>d</Description><Extra kind="x">text</Extra></Goal></StrategicPlanCore>`;
    const { data } = importStratml(minimal("PerformancePlanOrReport", "", body), "plan.xml");
    expect((data.data as Json).stratml).toMatchObject({ other: { Place: "Geneva" } });
    expect((goalsOf(data)[0]!.data as Json).stratml).toMatchObject({ other: { Extra: { "@kind": "x", "#text": "text" } } });
  });

  it("refuses XML that is not StratML, naming the root element and its place", () => {
    expect(() => importStratml("<?xml version='1.0'?>\n<html><body/></html>", "page.xml")).toThrow(NotStratmlError);
    expect(() => importStratml("<html/>", "page.xml")).toThrow(/root element is <html>/);
    expect(() => importStratml("<html/>", "page.xml")).toThrow(expect.objectContaining({ messageId: "notStratml", data: { root: "html" } }));
  });

  it("places every imported value at its XML element (positions by document path)", () => {
    const { positions } = importStratml(minimal("StrategicPlan", "", `<Name>Plan</Name>\n${GOALS}`), "plan.xml");
    const map = positions();
    expect(map.get(JSON.stringify(["title"]))).toEqual({ line: 2, column: 16 });
    expect(map.get(JSON.stringify(["goals", 0, "objectives", 0, "objectives", 0, "label"]))?.line).toBe(5);
  });
});
