import type { Position } from "../core/problem.js";
import { isPlaceholder, slug } from "./identifiers.js";
import { ElementReader, ImportContext, type ImportChange } from "./import-context.js";
import { resultText, type MeasurementInstance, type ResultData } from "./results.js";
import { parseXml, type XmlElement } from "./xml.js";

/** The StratML versions seen in the wild, by root element and namespace. */
export const STRATML_NAMESPACES: Record<string, string> = {
  "http://www.stratml.net": "Part 1 (2009)",
  "urn:ISO:std:iso:17469:tech:xsd:stratml_core": "Part 1 (ISO 17469-1)",
  "http://www.stratml.net/PerformancePlanOrReport": "Part 2 (2011)",
  "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport": "Part 2 (ISO 17469-1)",
};

/** A file that is XML but not a StratML plan, with the place of its root element. */
export class NotStratmlError extends Error {
  override name = "NotStratmlError";
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

export interface StratmlImport {
  /** The plan document (a strategy), valid against strategy.schema.json. */
  data: Record<string, unknown>;
  /** Where each value came from: JSON-encoded document path -> start of its XML element (built on first call). */
  positions(): Map<string, Position>;
  changes: ImportChange[];
  /** Which StratML version the file declares ("Part 2 (ISO 17469-1)", "no namespace"). */
  version: string;
}

type Json = Record<string, unknown>;

/** Reads StratML text (any version, any namespace or none) into an ogp strategy, with positions and a list of changes. */
export function importStratml(text: string, fileName: string): StratmlImport {
  const root = parseXml(text);
  if (root.name !== "StrategicPlan" && root.name !== "PerformancePlanOrReport") {
    throw new NotStratmlError(`not a StratML plan: the root element is <${root.name}>, expected <StrategicPlan> (Part 1) or <PerformancePlanOrReport> (Part 2)`, root.position);
  }
  const version = STRATML_NAMESPACES[root.namespace] ?? (root.namespace === "" ? "no namespace" : `unknown namespace ${root.namespace}`);
  const context = new ImportContext();
  const data = readDocument(root, context, fileName);
  let positions: Map<string, Position> | undefined;
  return { data, positions: () => (positions ??= context.positions(data)), changes: context.changes, version };
}

/** Removes undefined values and empty objects or lists, so that the plan holds only what the source says. */
function compact<T extends Json>(value: T): T {
  for (const [key, item] of Object.entries(value)) {
    const empty = item === undefined || (Array.isArray(item) && item.length === 0) || (isPlainObject(item) && Object.keys(item).length === 0);
    if (empty) delete value[key];
  }
  return value;
}

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `data: { stratml: bag }` when the bag holds anything. */
function stratmlData(bag: Json): Json | undefined {
  compact(bag);
  return Object.keys(bag).length > 0 ? { stratml: bag } : undefined;
}

function readDocument(root: XmlElement, context: ImportContext, fileName: string): Json {
  const doc = new ElementReader(root, context);
  const name = doc.text("Name");
  const description = doc.text("Description");
  const other = doc.text("OtherInformation");
  const coreElement = doc.first("StrategicPlanCore");
  const adminElement = doc.first("AdministrativeInformation");
  const rootSubmitter = doc.first("Submitter");
  const bag: Json = { type: root.attributes.Type || undefined, otherInformation: other.value };

  const data: Json = { kind: "strategy", id: "", title: name.value, status: "approved" };
  const fields: Record<string, XmlElement | undefined> = { title: name.element, description: description.element };
  let documentIdentifier: string | undefined;
  if (adminElement) {
    const admin = new ElementReader(adminElement, context);
    const identifier = admin.text("Identifier");
    documentIdentifier = identifier.value;
    const start = dateOf(admin.text("StartDate"), context, bag, "startDate");
    const end = dateOf(admin.text("EndDate"), context, bag, "endDate");
    const published = dateOf(admin.text("PublicationDate"), context, bag, "publicationDate");
    const source = admin.text("Source");
    const submitter = admin.first("Submitter");
    if (submitter) bag.submitter = readSubmitter(submitter, context);
    const period = compact({ start: start.value, end: end.value });
    if (Object.keys(period).length > 0) {
      data.period = period;
      context.place(period, adminElement, { start: start.element, end: end.element });
    }
    data.published = published.value;
    fields.published = published.element;
    bag.source = source.value;
    fields.source = source.element;
    bag.administrativeOther = admin.rest();
  }
  if (rootSubmitter) bag.submitter = readSubmitter(rootSubmitter, context);
  data.id = documentIdentifier && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(documentIdentifier) ? documentIdentifier : slug(fileName.replace(/\.[^.]*$/, "")) || "stratml-plan";
  bag.identifier = documentIdentifier;
  if (!data.title) {
    data.title = fileName;
    context.change("defaulted", name.element ?? root, `the plan has no <Name>; its title is the file name '${fileName}'`);
  }
  if (bag.source) data.source = { url: bag.source };
  delete bag.source;
  data.description = description.value;
  if (coreElement) readCore(coreElement, context, data, bag, fields);
  bag.other = doc.rest();
  data.data = stratmlData(bag);
  context.place(data, root, fields);
  resolveRelationships(context);
  return compact(data);
}

function dateOf(read: { value?: string; element?: XmlElement }, context: ImportContext, bag: Json, key: string): { value?: string; element?: XmlElement } {
  if (read.value === undefined || !read.element) return read;
  // xsd:date allows a time zone ("2020-01-31Z"); the plan keeps the day.
  const day = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(read.value)?.[1];
  if (day) return { value: day, element: read.element };
  bag[key] = read.value;
  context.change("invalid-date", read.element, `<${read.element.name}> '${read.value}' is not a date (YYYY-MM-DD); kept as text under data.stratml.${key}`);
  return {};
}

function readSubmitter(element: XmlElement, context: ImportContext): Json | undefined {
  const reader = new ElementReader(element, context);
  const submitter = compact({
    identifier: reader.text("Identifier").value,
    givenName: reader.text("GivenName", "FirstName").value,
    surname: reader.text("Surname", "LastName").value,
    phoneNumber: reader.text("PhoneNumber").value,
    emailAddress: reader.text("EmailAddress").value,
    other: reader.rest(),
  });
  return Object.keys(submitter).length > 0 ? submitter : undefined;
}

function readCore(element: XmlElement, context: ImportContext, data: Json, bag: Json, fields: Record<string, XmlElement | undefined>): void {
  const core = new ElementReader(element, context);
  const organizations = core.all("Organization");
  const stakeholders: Json[] = [];
  organizations.forEach((organization, index) => {
    const reader = new ElementReader(organization, context);
    const name = reader.text("Name");
    const acronym = reader.text("Acronym");
    const identifier = reader.text("Identifier");
    const description = reader.text("Description");
    const own = reader.all("Stakeholder").map((s) => readStakeholder(s, context, "sh")).filter((s): s is Json => s !== undefined);
    const rest = reader.rest();
    if (index === 0) {
      const org = compact({ name: name.value, acronym: acronym.value, description: description.value });
      if (Object.keys(org).length > 0) {
        data.organization = org;
        context.place(org, organization, { name: name.element, acronym: acronym.element, description: description.element });
      }
      bag.organizationIdentifier = identifier.value;
      bag.organizationOther = rest;
      stakeholders.push(...own);
    } else {
      // Our model has one organisation; a further one keeps its words under data.stratml and its stakeholders join the plan's.
      const extra = compact({ name: name.value, acronym: acronym.value, identifier: identifier.value, description: description.value, other: rest });
      if (Object.keys(extra).length > 0) {
        ((bag.otherOrganizations ??= []) as Json[]).push(extra);
        context.change("kept-in-data", organization, `a further <Organization> ('${name.value ?? ""}') kept under data.stratml.otherOrganizations; its stakeholders are the plan's`);
      }
      stakeholders.push(...own);
    }
  });
  data.stakeholders = stakeholders;
  for (const key of ["Vision", "Mission"] as const) {
    const statement = core.first(key);
    if (!statement) continue;
    const reader = new ElementReader(statement, context);
    const description = reader.text("Description");
    const identifier = reader.text("Identifier");
    const field = key.toLowerCase();
    data[field] = description.value;
    bag[`${field}Identifier`] = identifier.value;
    bag[`${field}Other`] = reader.rest();
    fields[field] = description.element;
  }
  data.values = core
    .all("Value")
    .map((value) => {
      const reader = new ElementReader(value, context);
      const name = reader.text("Name");
      const description = reader.text("Description");
      const rest = reader.rest();
      if (!name.value && !description.value && !rest) return undefined;
      const node = compact({ id: context.ids.allocate(`value-${slug(name.value ?? description.value ?? "") || "value"}`), title: name.value, description: description.value, data: stratmlData({ other: rest }) });
      context.place(node, value, { title: name.element, description: description.element });
      return node;
    })
    .filter((v) => v !== undefined);
  data.goals = core
    .all("Goal")
    .map((goal, index) => readGoal(goal, index, context))
    .filter((g) => g !== undefined);
  bag.coreOther = core.rest();
}

function readStakeholder(element: XmlElement, context: ImportContext, prefix: string): Json | undefined {
  const reader = new ElementReader(element, context);
  const name = reader.text("Name");
  const description = reader.text("Description");
  const roles = reader.all("Role").map((role) => {
    const r = new ElementReader(role, context);
    const roleName = r.text("Name").value;
    const roleDescription = r.text("Description").value;
    const roleTypes = r
      .all("RoleType")
      .map((t) => context.valueOf(t))
      .filter((t): t is string => t !== undefined);
    return compact({ name: roleName, description: roleDescription, roleTypes, other: r.rest() });
  }).filter((r) => Object.keys(r).length > 0);
  const rest = reader.rest();
  const type = element.attributes.StakeholderTypeType?.trim() || undefined;
  if (!name.value && !description.value && roles.length === 0 && !rest) {
    context.change("dropped-empty", element, `<Stakeholder> without name, description or role dropped${type ? ` (its type '${type}' with it)` : ""}`);
    return undefined;
  }
  const role = roles.map((r) => (r.name as string | undefined) ?? (r.roleTypes as string[] | undefined)?.join(" and ")).filter(Boolean).join("; ");
  // StratML requires a stakeholder's Name: one without is named by its role, so that export writes a name that reads back the same.
  const title = name.value ?? (role || "Unnamed stakeholder");
  if (!name.value) context.change("defaulted", element, `a <Stakeholder> without a <Name> is named '${title}'`);
  const node = compact({
    id: context.ids.allocate(`${prefix}-${slug(title) || "stakeholder"}`),
    title,
    description: description.value,
    role: role || undefined,
    data: stratmlData({ stakeholderType: type, roles, other: rest }),
  });
  context.place(node, element, { title: name.element, description: description.element });
  return node;
}

interface Level {
  node: Json;
  label?: string;
  labelElement?: XmlElement;
}

/** The common part of Goal and Objective: name, description, identifier, sequence indicator, stakeholders, other information. */
function readLevel(element: XmlElement, context: ImportContext, reader: ElementReader, readable: (label?: string, name?: string) => string, what: string): Level {
  const name = reader.text("Name");
  const description = reader.text("Description");
  const identifierElement = reader.first("Identifier");
  const sequence = reader.text("SequenceIndicator");
  const { id, original } = context.nodeId(identifierElement, readable(sequence.value, name.value), `${what} ${sequence.value ?? name.value ?? ""}`.trim());
  const stakeholders = reader.all("Stakeholder").map((s) => readStakeholder(s, context, `sh-${id}`)).filter((s) => s !== undefined);
  const other = reader.text("OtherInformation");
  const node: Json = { id, label: sequence.value, title: name.value, description: description.value, stakeholders };
  const bag: Json = { identifier: original, otherInformation: other.value };
  node.data = bag; // completed (and compacted) by the caller
  context.place(node, element, { label: sequence.element, title: name.element, description: description.element });
  return { node, label: sequence.value, labelElement: sequence.element };
}

function finish(node: Json, rest: Record<string, unknown> | undefined): Json {
  const bag = node.data as Json;
  bag.other = rest;
  node.data = stratmlData(bag);
  return compact(node);
}

function readGoal(element: XmlElement, index: number, context: ImportContext): Json | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const goal = readLevel(element, context, reader, (label, name) => `goal-${slug(label ?? "") || slug(name ?? "") || index + 1}`, "goal");
  const objectives = reader
    .all("Objective")
    .map((objective, i) => readObjective(objective, `${goal.node.id as string}-${i + 1}`, context))
    .filter((o) => o !== undefined);
  goal.node.objectives = nest(goal, objectives, context);
  return finish(goal.node, reader.rest());
}

/** Drops an element that holds nothing but empty elements and placeholders, reporting each placeholder. */
function dropEmpty(element: XmlElement, context: ImportContext): undefined {
  context.change("dropped-empty", element, `<${element.name}> holds nothing but empty elements and placeholders; dropped`);
  const visit = (e: XmlElement) => {
    if (isPlaceholder(e.text)) context.valueOf(e);
    e.children.forEach(visit);
  };
  element.children.forEach(visit);
  return undefined;
}

function hasAnyContent(element: XmlElement): boolean {
  // An element whose only text is placeholders (a template's "ID-${uuid}") counts as empty.
  const text = element.text.trim();
  if (text !== "" && !isPlaceholder(text)) return true;
  return element.children.some(hasAnyContent);
}

function readObjective(element: XmlElement, fallback: string, context: ImportContext): Level | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const objective = readLevel(element, context, reader, (label, name) => `objective-${slug(label ?? "") || slug(name ?? "") || fallback}`, "objective");
  objective.node.indicators = reader
    .all("PerformanceIndicator")
    .map((indicator, i) => readIndicator(indicator, `${objective.node.id as string}-pi-${i + 1}`, context))
    .filter((i) => i !== undefined);
  finish(objective.node, reader.rest());
  return objective;
}

/**
 * StratML objectives are flat under their goal, with depth written in dotted sequence indicators
 * ("1.5.2"). Rebuilds the hierarchy: an objective goes under the objective whose label is its own
 * without the last part, when one came before it; a label that contradicts its goal's is reported.
 */
function nest(goal: Level, objectives: Level[], context: ImportContext): Json[] {
  const top: Json[] = [];
  const byLabel = new Map<string, Json>();
  // "Part 1" numbers its objectives "1.1": the goal's trailing number counts as its label too.
  const goalLabels = new Set([goal.label, /(\d+)$/.exec(goal.label ?? "")?.[1]].filter((l): l is string => Boolean(l)));
  const goalName = goal.label ?? (goal.node.title as string | undefined) ?? (goal.node.id as string);
  // The objective just placed and its ancestors, top first: where the listing stands.
  let chain: Json[] = [];
  const parents = new Map<Json, Json | undefined>();
  for (const objective of objectives) {
    const label = objective.label;
    let parent: Json | undefined;
    if (label && label.includes(".")) {
      const prefix = label.slice(0, label.lastIndexOf("."));
      if (!goalLabels.has(prefix)) {
        parent = byLabel.get(prefix);
        const element = objective.labelElement!;
        if (goalLabels.size > 0 && ![...goalLabels].some((g) => label.startsWith(`${g}.`))) {
          context.change("nesting", element, `objective '${label}' is written under goal '${goalName}', but its number belongs to another goal; kept under goal '${goalName}'. Renumber it or move it`);
        } else if (!parent) {
          context.change("nesting", element, `objective '${label}' has no objective '${prefix}' before it in goal '${goalName}'; kept directly under the goal. Add '${prefix}' or renumber`);
        } else if (!chain.includes(parent)) {
          // Numbered under 4.2 but listed among 4.5's objectives: the number wins, and the slip is reported.
          context.change("nesting", element, `objective '${label}' is listed after '${(chain[0]?.label as string | undefined) ?? "other objectives"}' and its objectives, away from '${prefix}' that its number puts it under; placed under '${prefix}'. Move it next to '${prefix}' or renumber it`);
        }
      }
    }
    if (parent) ((parent.objectives ??= []) as Json[]).push(objective.node);
    else top.push(objective.node);
    if (label && !byLabel.has(label)) byLabel.set(label, objective.node);
    parents.set(objective.node, parent);
    chain = [];
    for (let at: Json | undefined = objective.node; at; at = parents.get(at)) chain.unshift(at);
  }
  return top;
}

function readIndicator(element: XmlElement, fallback: string, context: ImportContext): Json | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const sequence = reader.text("SequenceIndicator");
  const dimension = reader.text("MeasurementDimension");
  const unit = reader.text("UnitOfMeasurement");
  const identifierElement = reader.first("Identifier");
  const { id, original } = context.nodeId(identifierElement, sequence.value ? `pi-${slug(sequence.value)}` : fallback, `indicator ${sequence.value ?? dimension.value ?? ""}`.trim());
  const relationships = reader
    .all("Relationship")
    .map((relationship) => readRelationship(relationship, context))
    .filter((r) => r !== undefined);
  const instances = reader
    .all("MeasurementInstance")
    .map((instance) => {
      const r = new ElementReader(instance, context);
      const targets = r.all("TargetResult").map((t) => readResult(t, context)).filter((t) => t !== undefined);
      const actuals = r.all("ActualResult").map((t) => readResult(t, context)).filter((t) => t !== undefined);
      return compact({ targetResults: targets, actualResults: actuals, other: r.rest() }) as MeasurementInstance;
    })
    .filter((m) => Object.keys(m).length > 0);
  const other = reader.text("OtherInformation");
  const indicatorType = element.attributes.PerformanceIndicatorType ?? element.attributes.IndicatorType;
  if (element.attributes.IndicatorType !== undefined) context.change("renamed-element", element, "legacy attribute IndicatorType read as PerformanceIndicatorType");
  const target = instances.flatMap((m) => m.targetResults ?? []).map((r) => resultText(r, unit.value)).filter(Boolean).join("; ");
  const actual = instances.flatMap((m) => m.actualResults ?? []).map((r) => resultText(r, unit.value)).filter(Boolean).join("; ");
  // MeasurementDimension is required in StratML: an indicator without one is named by its unit, so that export reads back the same.
  const title = dimension.value ?? unit.value ?? "Unnamed indicator";
  if (!dimension.value) context.change("defaulted", dimension.element ?? element, `a <PerformanceIndicator> without a <MeasurementDimension> is named '${title}'`);
  const node = compact({
    id,
    label: sequence.value,
    title,
    target: target || undefined,
    actual: actual || undefined,
    data: stratmlData({
      identifier: original,
      unitOfMeasurement: unit.value,
      valueChainStage: element.attributes.ValueChainStage?.trim() || undefined,
      indicatorType: indicatorType?.trim() || undefined,
      relationships: relationships.map((r) => r.data),
      measurementInstances: instances,
      otherInformation: other.value,
      other: reader.rest(),
    }),
  });
  context.place(node, element, { label: sequence.element, title: dimension.element });
  if (relationships.length > 0) context.relationships.set(node, relationships);
  return node;
}

interface PendingRelationship {
  data: Json;
  referents: { value: string; element: XmlElement }[];
}

function readRelationship(element: XmlElement, context: ImportContext): PendingRelationship | undefined {
  const reader = new ElementReader(element, context);
  const identifier = reader.text("Identifier");
  const referents = reader
    .all("ReferentIdentifier")
    .map((r) => ({ value: context.valueOf(r), element: r }))
    .filter((r): r is { value: string; element: XmlElement } => r.value !== undefined);
  const name = reader.text("Name");
  const description = reader.text("Description");
  const data = compact({
    type: element.attributes.RelationshipType?.trim() || undefined,
    identifier: identifier.value,
    referentIdentifiers: referents.map((r) => r.value),
    name: name.value,
    description: description.value,
    other: reader.rest(),
  });
  if (Object.keys(data).length === 0) return undefined;
  return { data, referents };
}

/** Relationship referents become `refs` links to the nodes whose Identifier they name (after every node has its id). */
function resolveRelationships(context: ImportContext): void {
  for (const [node, pending] of context.relationships) {
    const refs: Json[] = [];
    for (const relationship of pending) {
      for (const referent of relationship.referents) {
        const target = context.identifiers.get(referent.value);
        if (target) refs.push(compact({ ref: target.id, cite: (relationship.data.name as string | undefined) ?? (relationship.data.type as string | undefined) }));
        else context.change("unresolved-relationship", referent.element, `<ReferentIdentifier> '${referent.value}' names no element of this document; kept under data.stratml.relationships only`);
      }
    }
    if (refs.length > 0) (node as Json).refs = refs;
  }
}

function readResult(element: XmlElement, context: ImportContext): ResultData | undefined {
  const reader = new ElementReader(element, context);
  const bag: Json = {};
  const start = dateOf(reader.text("StartDate"), context, bag, "startDate");
  const end = dateOf(reader.text("EndDate"), context, bag, "endDate");
  const units = reader.text("NumberOfUnits");
  const descriptorElement = reader.first("Descriptor");
  let descriptor: Json | undefined;
  if (descriptorElement) {
    const d = new ElementReader(descriptorElement, context);
    descriptor = compact({ name: d.text("DescriptorName").value, value: d.text("DescriptorValue").value, other: d.rest() });
    if (Object.keys(descriptor).length === 0) descriptor = undefined;
  }
  const description = reader.text("Description");
  const result = compact({
    startDate: start.value ?? (bag.startDate as string | undefined),
    endDate: end.value ?? (bag.endDate as string | undefined),
    numberOfUnits: units.value,
    descriptor,
    description: description.value,
    other: reader.rest(),
  });
  return Object.keys(result).length > 0 ? (result as ResultData) : undefined;
}
