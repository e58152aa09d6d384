import type { XmlElement } from "./xml.js";

// StratML Part 3 (AIIM, 2014-08-21, StratMLPart3_20140821.xsd) is Part 2 written differently:
// names, descriptions, numbers and identifiers sit in a <NameDescription> wrapper; the plan's
// organisations, vision, mission, values and goals come straight under the root, without
// <StrategicPlanCore>; a stakeholder's fields sit in a <StakeholderType> with <RoleType> entries
// for roles; dates and a goal's priority are attributes. This rewrites such a tree into Part 2's
// shape, in place, so that one reader serves both. What Part 2 has no place for (a priority, a
// language, competencies, SWOT and PESTLE factors) becomes child elements, which the reader keeps
// under data.stratml like any element it does not know. Positions stay those of the source.

export const PART3_NAMESPACE = "urn:schemas:AIIM:org:03201408:AdditionalElements";

/** Attributes Part 2's reader reads itself; any other attribute of a Part 3 element becomes a child element. */
const READ_ATTRIBUTES = new Set(["Type", "StakeholderTypeType", "PerformanceIndicatorType", "IndicatorType", "ValueChainStage", "RelationshipType", "schemaLocation"]);

/** What Part 3 puts under the root that Part 2 puts in <StrategicPlanCore>. */
const CORE = new Set(["Organization", "Vision", "Mission", "Value", "Goal", "StrategyFramework"]);

export function isPart3(root: XmlElement): boolean {
  return root.namespace === PART3_NAMESPACE || root.children.some((c) => c.name === "NameDescription");
}

export function normalizePart3(root: XmlElement): void {
  if (root.attributes.DocumentType !== undefined && root.attributes.Type === undefined) {
    root.attributes.Type = root.attributes.DocumentType;
    delete root.attributes.DocumentType;
  }
  // Iterative, parents before children: a hostile document must not overflow the stack.
  const pending = [root];
  for (let element = pending.pop(); element; element = pending.pop()) {
    rewrite(element);
    pending.push(...element.children);
  }
  if (!root.children.some((c) => c.name === "StrategicPlanCore")) {
    const core = root.children.filter((c) => CORE.has(c.name));
    const [firstCore] = core;
    if (firstCore) {
      const wrapper: XmlElement = { name: "StrategicPlanCore", namespace: root.namespace, attributes: {}, children: core, text: "", position: firstCore.position };
      const at = root.children.indexOf(firstCore);
      root.children = root.children.filter((c) => !CORE.has(c.name));
      root.children.splice(at, 0, wrapper);
    }
  }
}

function rewrite(element: XmlElement): void {
  element.children = element.children.flatMap((child) => (child.name === "NameDescription" ? unwrapped(child) : [child]));
  if (element.name === "Stakeholder") {
    const type = element.children.find((c) => c.name === "StakeholderType");
    if (type) {
      Object.assign(element.attributes, type.attributes);
      const inner = type.children.flatMap((child) => (child.name === "NameDescription" ? unwrapped(child) : [child]));
      element.children.splice(element.children.indexOf(type), 1, ...inner.map((c) => (c.name === "RoleType" ? roleOf(c) : c)));
    }
  }
  if (element.name === "Relationship") element.children = element.children.flatMap(referents);
  const moved = Object.entries(element.attributes).filter(([name]) => !READ_ATTRIBUTES.has(name));
  if (moved.length > 0) {
    for (const [name] of moved) delete element.attributes[name];
    element.children.unshift(...moved.map(([name, value]) => leaf(name, value, element)));
  }
}

/** A NameDescription's children, in its place; its own attributes (none in the schema) as children too. */
function unwrapped(wrapper: XmlElement): XmlElement[] {
  return [...Object.entries(wrapper.attributes).map(([name, value]) => leaf(name, value, wrapper)), ...wrapper.children];
}

/** Part 3's <RoleType> (a named role, Performer or Beneficiary in an attribute) as Part 2's <Role>. */
function roleOf(roleType: XmlElement): XmlElement {
  const children = roleType.children.flatMap((child) => (child.name === "NameDescription" ? unwrapped(child) : [child]));
  const { PerformerOrBeneficiary: kind, ...rest } = roleType.attributes;
  const extra = Object.entries(rest).map(([name, value]) => leaf(name, value, roleType));
  if (kind !== undefined) children.push(leaf("RoleType", kind, roleType));
  return { ...roleType, name: "Role", attributes: {}, children: [...children, ...extra] };
}

/** A <Referent> that only names an Identifier becomes Part 2's <ReferentIdentifier>; one with more is kept as it is. */
function referents(child: XmlElement): XmlElement[] {
  if (child.name !== "Referent") return [child];
  const inner = child.children.flatMap((c) => (c.name === "NameDescription" ? unwrapped(c) : [c]));
  if (inner.length === 0 || inner.some((c) => c.name !== "Identifier") || child.text.trim() !== "") return [{ ...child, children: inner }];
  return inner.map((identifier) => ({ ...identifier, name: "ReferentIdentifier" }));
}

function leaf(name: string, value: string, at: XmlElement): XmlElement {
  return { name, namespace: at.namespace, attributes: {}, children: [], text: value, position: at.position };
}
