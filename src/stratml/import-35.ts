import { slug, unnamedGoal } from "./identifiers.js";
import { ElementReader, generic, type ImportContext } from "./import-context.js";
import { compact, dateOf, documentId, dropEmpty, hasAnyContent, readStatements, stratmlData, type Json } from "./import-helpers.js";
import { numberedParts35, readIndicator35 } from "./import-35-indicators.js";
import { References } from "./references-35.js";
import { hasContent, textOf, type XmlElement } from "./xml.js";

// StratML 3.5 (`OrganizationalStrategyDocument`, http://schemas.stratml.us/3.5): an organisation
// holds its members and its Strategy; a Strategy holds mission, vision, values and goals; goals
// and objectives nest for real and carry quantitative, qualitative and scored indicators. Every
// element may name another by ReferenceIdentifier instead of repeating it. What the plan model
// has no place for (maps, weights, risks, assets, perspectives, processes, decisions) stays under
// data.stratml, element by element, through ElementReader.rest().

/** The elements a 3.5 organisation or group lists as its members, each a stakeholder of the plan. */
const MEMBERS = ["Individual", "PrototypeIndividual", "Group", "Organization"];
/** What a goal's or objective's <Stakeholders> lists: members, and roles standing for whoever holds them. */
const LISTED_STAKEHOLDERS = [...MEMBERS, "Role"];

/** StratML 3.5 stakeholder elements as the ISO StakeholderTypeType names them (export writes it). */
const STAKEHOLDER_TYPE: Record<string, string | undefined> = { Individual: "Person", PrototypeIndividual: "Person", Group: "Generic_Group", Organization: "Organization" };

/** Reads a StratML 3.5 document into the fields of an ogp strategy. */
export function readDocument35(root: XmlElement, context: ImportContext, fileName: string): Json {
  const references = new References(root);
  const doc = new ElementReader(root, context);
  const identifier = doc.text("Identifier");
  const name = doc.text("Name");
  const description = doc.text("Description");
  const data: Json = { kind: "strategy", id: "", title: name.value, status: "approved" };
  const fields: Record<string, XmlElement | undefined> = { title: name.element, description: description.element };
  const bag: Json = { identifier: identifier.value, status: doc.text("Status").value };
  data.id = documentId(identifier.value, fileName);
  if (!data.title) {
    data.title = fileName;
    context.change("defaulted", name.element ?? root, "untitledPlan", { fileName });
  }
  data.description = description.value;
  const adminElement = doc.first("AdministrativeInformation");
  if (adminElement) readAdministration(adminElement, context, data, bag, fields);
  const submitter = doc.first("Submitter");
  if (submitter) bag.submitter = personOf(submitter, context, references);
  const organization = doc.first("Organization");
  if (organization) readOrganization(organization, context, references, data, bag, fields);
  bag.other = doc.rest();
  data.data = stratmlData(bag);
  context.place(data, root, fields);
  return compact(data);
}

function readAdministration(element: XmlElement, context: ImportContext, data: Json, bag: Json, fields: Record<string, XmlElement | undefined>): void {
  const admin = new ElementReader(element, context);
  const start = dateOf(admin.text("StartDate"), context, bag, "startDate");
  const end = dateOf(admin.text("EndDate"), context, bag, "endDate");
  const published = dateOf(admin.text("PublicationDate"), context, bag, "publicationDate");
  const source = admin.text("Source");
  const period = compact({ start: start.value, end: end.value });
  if (Object.keys(period).length > 0) {
    data.period = period;
    context.place(period, element, { start: start.element, end: end.element });
  }
  data.published = published.value;
  fields.published = published.element;
  if (source.value) data.source = { url: source.value };
  bag.administrativeOther = admin.rest();
}

/** A person's names and contact, for the Submitter (the ISO Submitter's fields, so that export writes them; the whole Contact kept). */
function personOf(element: XmlElement, context: ImportContext, references: References): Json {
  const reader = new ElementReader(element, context);
  const contact = reader.first("Contact");
  const entry = (kind: string, field: string) => contact?.children.filter((c) => c.name === kind).map((e) => textOf(e.children.find((c) => c.name === field)) || textOf(e)).find(Boolean) || undefined;
  return compact({
    identifier: reader.text("Identifier").value,
    referenceIdentifier: reader.text("ReferenceIdentifier").value,
    givenName: reader.text("GivenName").value,
    surname: reader.text("Surname").value,
    name: references.nameOf(element),
    emailAddress: entry("EmailAddress", "Email"),
    phoneNumber: entry("PhoneNumber", "Number"),
    contact: contact && hasContent(contact) ? generic(contact) : undefined,
    other: reader.rest(),
  });
}

function readOrganization(element: XmlElement, context: ImportContext, references: References, data: Json, bag: Json, fields: Record<string, XmlElement | undefined>): void {
  const reader = new ElementReader(element, context);
  const identifier = reader.text("Identifier");
  const name = reader.text("Name");
  const acronym = reader.text("Acronym");
  const description = reader.text("Description");
  const org = compact({ name: name.value, acronym: acronym.value, description: description.value });
  if (Object.keys(org).length > 0) {
    data.organization = org;
    context.place(org, element, { name: name.element, acronym: acronym.element, description: description.element });
  }
  bag.organizationIdentifier = identifier.value;
  data.stakeholders = members(reader, context, references, "sh", undefined);
  const strategy = reader.first("Strategy");
  if (strategy) readStrategy(strategy, context, references, data, bag, fields);
  bag.organizationOther = reader.rest();
}

/** The members an element lists (individuals, groups, organisations, roles), each a stakeholder, with their own members after them. */
function members(reader: ElementReader, context: ImportContext, references: References, prefix: string, memberOf: string | undefined, kinds = MEMBERS): Json[] {
  const out: Json[] = [];
  const listed = reader.element.children.filter((c) => kinds.includes(c.name));
  for (const name of kinds) reader.all(name);
  for (const member of listed) out.push(...readStakeholder35(member, context, references, prefix, memberOf));
  return out;
}

function readStakeholder35(element: XmlElement, context: ImportContext, references: References, prefix: string, memberOf: string | undefined): Json[] {
  if (!hasAnyContent(element)) {
    dropEmpty(element, context);
    return [];
  }
  const reader = new ElementReader(element, context);
  const identifier = reader.text("Identifier");
  const referenceIdentifier = reader.text("ReferenceIdentifier");
  const nameElement = reader.first("Name");
  const givenName = reader.text("GivenName");
  const surname = reader.text("Surname");
  const description = reader.text("Description");
  const named = references.nameOf(element);
  // A Role listed as a stakeholder is one: its name is the stakeholder's and the role's both.
  const isRole = element.name === "Role";
  const roleTypes = isRole ? reader.all("RoleType").map((t) => context.valueOf(t)).filter((t): t is string => t !== undefined) : [];
  const roles = isRole ? [] : reader.all("Role").map((r) => readRole(r, context, references)).filter((r) => Object.keys(r).length > 0);
  const role = isRole ? named ?? roleTypes.join(" and ") : roles.map((r) => (r.name as string | undefined) ?? (r.roleTypes as string[] | undefined)?.join(" and ")).filter(Boolean).join("; ");
  // StratML requires a stakeholder's Name: one without is named by its role, so that export writes a name that reads back the same.
  const title = named ?? (role || "Unnamed stakeholder");
  if (!named) context.change("defaulted", element, "unnamedStakeholder", { title });
  const node: Json = { id: context.ids.allocate(`${prefix}-${slug(title) || "stakeholder"}`), title, description: description.value, role: role || undefined };
  const own = isRole ? [] : members(reader, context, references, prefix, title);
  node.data = stratmlData({
    stakeholderType: STAKEHOLDER_TYPE[element.name],
    element: element.name,
    identifier: identifier.value,
    referenceIdentifier: referenceIdentifier.value,
    name: nameElement ? context.valueOf(nameElement) : undefined,
    givenName: givenName.value,
    surname: surname.value,
    memberOf,
    roleTypes,
    roles,
    other: reader.rest(),
  });
  context.place(compact(node), element, { title: nameElement ?? givenName.element, description: description.element });
  return [node, ...own];
}

/** A Role of a stakeholder (or a reference to one): its name, description and role types; its maps, weights and the rest kept. */
function readRole(element: XmlElement, context: ImportContext, references: References): Json {
  const reader = new ElementReader(element, context);
  const identifier = reader.text("Identifier");
  const referenceIdentifier = reader.text("ReferenceIdentifier");
  reader.first("Name");
  const description = reader.text("Description");
  const roleTypes = reader
    .all("RoleType")
    .map((t) => context.valueOf(t))
    .filter((t): t is string => t !== undefined);
  return compact({ identifier: identifier.value, referenceIdentifier: referenceIdentifier.value, name: references.nameOf(element), description: description.value, roleTypes, other: reader.rest() });
}

function readStrategy(element: XmlElement, context: ImportContext, references: References, data: Json, bag: Json, fields: Record<string, XmlElement | undefined>): void {
  const reader = new ElementReader(element, context);
  readStatements(reader, context, data, bag, fields);
  data.values = reader
    .all("Value")
    .map((value) => {
      if (!hasAnyContent(value)) return dropEmpty(value, context);
      const r = new ElementReader(value, context);
      const identifier = r.text("Identifier");
      const name = r.text("Name");
      const description = r.text("Description");
      const title = name.value ?? references.nameOf(value);
      const node = compact({
        id: context.ids.allocate(`value-${slug(title ?? description.value ?? "") || "value"}`),
        title,
        description: description.value,
        data: stratmlData({ identifier: identifier.value, other: r.rest() }),
      });
      context.place(node, value, { title: name.element, description: description.element });
      return node;
    })
    .filter((v) => v !== undefined);
  data.goals = reader
    .all("Goal")
    .map((goal, index) => readLevel35(goal, "goal", `goal-${index + 1}`, context, references))
    .filter((g) => g !== undefined);
  bag.strategyOther = reader.rest();
}

/**
 * A Goal or an Objective: 3.5 nests objectives for real, so the tree is read as written. The id is
 * readable and stable from one version to the next: kind and sequence indicator, else kind and
 * name (after a missing name is filled in, so that an export reads back to the same id).
 */
function readLevel35(element: XmlElement, kind: "goal" | "objective", fallback: string, context: ImportContext, references: References): Json | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const { identifierElement, referenceIdentifier, name, description, sequence } = numberedParts35(reader);
  let title = name.value ?? references.nameOf(element);
  if (!title && kind === "goal") {
    // A Goal's Name is required in StratML: one without is named by its number, so that export writes a name that reads back the same.
    title = unnamedGoal(sequence.value);
    context.change("defaulted", element, "unnamedGoal", { title });
  }
  const readable = `${kind}-${slug(sequence.value ?? "") || slug(title ?? "") || fallback}`;
  const { id, original, idElement } = context.nodeId(identifierElement, readable, { nodeKind: kind, name: sequence.value ?? title });
  const stakeholdersElement = reader.first("Stakeholders");
  const stakeholders = stakeholdersElement ? members(new ElementReader(stakeholdersElement, context), context, references, `sh-${id}`, undefined, LISTED_STAKEHOLDERS) : [];
  const objectives = reader
    .all("Objective")
    .map((objective, i) => readLevel35(objective, "objective", `${id}-${i + 1}`, context, references))
    .filter((o) => o !== undefined);
  const indicators = kind === "objective" ? readIndicators(reader, id, context, references) : [];
  const other = reader.text("OtherInformation");
  const node = compact({
    id,
    label: sequence.value,
    title,
    description: description.value,
    stakeholders,
    objectives,
    indicators,
    data: stratmlData({ identifier: original, referenceIdentifier: referenceIdentifier.value, otherInformation: other.value, other: reader.rest() }),
  });
  context.place(node, element, { id: idElement, label: sequence.element, title: name.element, description: description.element });
  return node;
}

function readIndicators(reader: ElementReader, objectiveId: string, context: ImportContext, references: References): Json[] {
  const listed = reader.element.children.filter((c) => c.name.endsWith("PerformanceIndicator"));
  for (const name of new Set(listed.map((c) => c.name))) reader.all(name);
  return listed.map((indicator, i) => readIndicator35(indicator, objectiveId, `${objectiveId}-pi-${i + 1}`, context, references)).filter((i) => i !== undefined);
}
