import { renderMessage, type MessageData } from "../core/messages.js";
import type { Position } from "../core/problem.js";
import { slug, unnamedGoal } from "./identifiers.js";
import { ElementReader, ImportContext, type ImportChange } from "./import-context.js";
import { compact, dateOf, documentId, dropEmpty, hasAnyContent, readStatements, stratmlData, type Json } from "./import-helpers.js";
import { readIndicator, resolveRelationships } from "./import-indicators.js";
import { STRATML_MESSAGES } from "./messages.js";
import { readDocument35 } from "./import-35.js";
import { isPart3, normalizePart3, PART3_NAMESPACE } from "./import-part3.js";
import { parseXml, type XmlElement } from "./xml.js";

const STRATML35_NAMESPACE = "http://schemas.stratml.us/3.5";

/** The StratML versions seen in the wild, by root element and namespace. */
export const STRATML_NAMESPACES: Record<string, string> = {
  "http://www.stratml.net": "Part 1 (2009)",
  "urn:ISO:std:iso:17469:tech:xsd:stratml_core": "Part 1 (ISO 17469-1)",
  "http://www.stratml.net/PerformancePlanOrReport": "Part 2 (2011)",
  "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport": "Part 2 (ISO 17469-1)",
  [PART3_NAMESPACE]: "Part 3 (2014)",
  [STRATML35_NAMESPACE]: "3.5",
};

/** A file that is XML but not a StratML plan, with the place of its root element. */
export class NotStratmlError extends Error {
  override name = "NotStratmlError";
  readonly messageId = "notStratml";
  constructor(
    readonly data: MessageData & { root: string },
    readonly position: Position,
  ) {
    super(renderMessage(STRATML_MESSAGES.notStratml, data));
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


/** Reads StratML text (any version, any namespace or none) into an ogp strategy, with positions and a list of changes. */
export function importStratml(text: string, fileName: string): StratmlImport {
  const root = parseXml(text);
  if (root.name !== "StrategicPlan" && root.name !== "PerformancePlanOrReport" && root.name !== "OrganizationalStrategyDocument") {
    throw new NotStratmlError({ root: root.name }, root.position);
  }
  const version = STRATML_NAMESPACES[root.namespace] ?? (root.namespace === "" ? "no namespace" : `unknown namespace ${root.namespace}`);
  const context = new ImportContext();
  let data: Json;
  if (root.name === "OrganizationalStrategyDocument") {
    data = readDocument35(root, context, fileName);
  } else {
    if (isPart3(root)) normalizePart3(root);
    data = readDocument(root, context, fileName);
  }
  let positions: Map<string, Position> | undefined;
  return { data, positions: () => (positions ??= context.positions(data)), changes: context.changes, version };
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
  data.id = documentId(documentIdentifier, fileName);
  bag.identifier = documentIdentifier;
  if (!data.title) {
    data.title = fileName;
    context.change("defaulted", name.element ?? root, "untitledPlan", { fileName });
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
        context.change("kept-in-data", organization, "furtherOrganization", { name: name.value ?? "" });
      }
      stakeholders.push(...own);
    }
  });
  data.stakeholders = stakeholders;
  readStatements(core, context, data, bag, fields);
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
    if (type) context.change("dropped-empty", element, "emptyTypedStakeholderDropped", { type });
    else context.change("dropped-empty", element, "emptyStakeholderDropped");
    return undefined;
  }
  const role = roles.map((r) => (r.name as string | undefined) ?? (r.roleTypes as string[] | undefined)?.join(" and ")).filter(Boolean).join("; ");
  // StratML requires a stakeholder's Name: one without is named by its role, so that export writes a name that reads back the same.
  const title = name.value ?? (role || "Unnamed stakeholder");
  if (!name.value) context.change("defaulted", element, "unnamedStakeholder", { title });
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
  const { id, original, idElement } = context.nodeId(identifierElement, readable(sequence.value, name.value), { nodeKind: what, name: sequence.value ?? name.value });
  const stakeholders = reader.all("Stakeholder").map((s) => readStakeholder(s, context, `sh-${id}`)).filter((s) => s !== undefined);
  const other = reader.text("OtherInformation");
  const node: Json = { id, label: sequence.value, title: name.value, description: description.value, stakeholders };
  const bag: Json = { identifier: original, otherInformation: other.value };
  node.data = bag; // completed (and compacted) by the caller
  context.place(node, element, { id: idElement, label: sequence.element, title: name.element, description: description.element });
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
  // An unnamed goal's id comes from the name it is given (below), which export writes: its export reads back to the same id.
  const goal = readLevel(element, context, reader, (label, name) => `goal-${slug(label ?? "") || slug(name ?? unnamedGoal(label)) || index + 1}`, "goal");
  if (!goal.node.title) {
    // A Goal's Name is required in StratML: one without is named by its number, so that export writes a name that reads back the same.
    goal.node.title = unnamedGoal(goal.label);
    context.change("defaulted", element, "unnamedGoal", { title: String(goal.node.title) });
  }
  const objectives = reader
    .all("Objective")
    .map((objective, i) => readObjective(objective, `${goal.node.id as string}-${i + 1}`, context))
    .filter((o) => o !== undefined);
  goal.node.objectives = nest(goal, objectives, context);
  return finish(goal.node, reader.rest());
}

function readObjective(element: XmlElement, fallback: string, context: ImportContext): Level | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const objective = readLevel(element, context, reader, (label, name) => `objective-${slug(label ?? "") || slug(name ?? "") || fallback}`, "objective");
  objective.node.indicators = reader
    .all("PerformanceIndicator")
    .map((indicator, i) => readIndicator(indicator, objective.node.id as string, `${objective.node.id as string}-pi-${i + 1}`, context))
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
          context.change("nesting", element, "objectiveOfOtherGoal", { label, goal: goalName });
        } else if (!parent) {
          context.change("nesting", element, "objectiveWithoutParent", { label, parent: prefix, goal: goalName });
        } else if (!chain.includes(parent)) {
          // Numbered under 4.2 but listed among 4.5's objectives: the number wins, and the slip is reported.
          const after = chain[0]?.label as string | undefined;
          if (after) context.change("nesting", element, "objectiveAwayFromParent", { label, after, parent: prefix });
          else context.change("nesting", element, "objectiveAwayFromParentFirst", { label, parent: prefix });
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
