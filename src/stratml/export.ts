import { isXsdId, stableUuidId, unnamedGoal } from "./identifiers.js";
import { resultText, type MeasurementInstance, type ResultData } from "./results.js";
import { el, renderXml, type XmlNode } from "./xml-writer.js";

export type StratmlPart = 1 | 2;

export const EXPORT_NAMESPACES: Record<StratmlPart, string> = {
  1: "urn:ISO:std:iso:17469:tech:xsd:stratml_core",
  2: "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport",
};

export interface StratmlExport {
  xml: string;
  /** What the chosen part has no place for and was left out, one sentence each. */
  leftOut: string[];
  /** The Identifier written for each node, by node id: what a Relationship of another StratML file names it by. */
  identifiers: ReadonlyMap<string, string>;
}

type Json = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : undefined);
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value.filter((v) => v && typeof v === "object") as Json[]) : []);
const bagOf = (node: Json): Json => ((node.data as Json | undefined)?.stratml as Json | undefined) ?? {};
const oneOf = (value: unknown, allowed: readonly string[]): string | undefined => (typeof value === "string" && allowed.includes(value) ? value : undefined);
const isDate = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isDecimal = (value: string) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim());

/** Parts of an ogp strategy that no StratML element holds. */
const NO_PLACE_IN_STRATML: Record<string, string> = {
  keyShifts: "key shifts",
  preconditions: "pre-conditions",
  themes: "themes",
  strategicApproaches: "strategic approaches",
  boxes: "boxes",
};

/** Sub-levels of a goal, whatever the source called them; StratML calls them all objectives. */
const SUB_LEVELS = ["objectives", "strategies", "approaches"] as const;

/**
 * Writes an ogp strategy as ISO StratML: Part 2 (PerformancePlanOrReport, with indicators) or
 * Part 1 (StrategicPlan). Elements follow the schema's order, empty ones are left out, and every
 * Identifier is a unique xsd:ID: the one kept from import where valid, else the node's id, else
 * `_` + a UUID derived from the document and node ids (the same on every run).
 */
export function exportStratml(plan: Json, part: StratmlPart): StratmlExport {
  const leftOut: string[] = [];
  const documentId = String(plan.id);
  for (const [key, name] of Object.entries(NO_PLACE_IN_STRATML)) {
    const items = list(plan[key]);
    if (items.length > 0) leftOut.push(`${items.length} ${name} (StratML has no place for them)`);
  }
  const used = new Set<string>();
  const exported = new Map<string, string>(); // original Identifier or node id -> written Identifier
  const identifiers = new Map<string, string>(); // node id -> written Identifier
  const identifier = (node: Json, key: string): string => {
    const kept = str(bagOf(node).identifier);
    const candidates = [kept, str(node.id)].filter((c): c is string => c !== undefined && isXsdId(c) && !used.has(c));
    let chosen = candidates[0] ?? stableUuidId(`${documentId}/${key}`);
    while (used.has(chosen)) chosen = stableUuidId(`${chosen}/again`);
    used.add(chosen);
    if (kept) exported.set(kept, chosen);
    if (str(node.id)) {
      exported.set(String(node.id), chosen);
      identifiers.set(String(node.id), chosen);
    }
    return chosen;
  };
  const docBag = bagOf(plan);
  // A Relationship lives only in a PerformanceIndicator (see export-workplan.ts): a goal's or objective's own links have no place.
  const linksWithoutPlace = (what: string, node: Json) => {
    const refs = (Array.isArray(node.refs) ? node.refs : []).map((l) => (typeof l === "string" ? l : str((l as Json).ref))).filter((r): r is string => r !== undefined);
    if (refs.length > 0) leftOut.push(`${what} ${str(node.label) ?? String(node.id)}: its refs ${refs.map((r) => `'${r}'`).join(", ")} (StratML writes a Relationship only from a performance indicator)`);
  };

  const stakeholder = (node: Json): XmlNode => {
    const bag = bagOf(node);
    const keptRoles = list(bag.roles);
    const keptText = keptRoles.map((r) => str(r.name) ?? (r.roleTypes as string[] | undefined)?.join(" and ")).filter(Boolean).join("; ");
    const roles = part === 1 ? [] : str(node.role) === (keptText || undefined) ? keptRoles : str(node.role) ? [{ name: node.role }] : [];
    if (part === 1 && str(node.role)) leftOut.push(`stakeholder '${str(node.title) ?? String(node.id)}': its role (Part 1 has no Role; use --part 2)`);
    return el(
      "Stakeholder",
      [
        el("Name", str(node.title) ?? String(node.id)),
        el("Description", str(node.description)),
        ...roles.map((role) => {
          const types = Array.isArray(role.roleTypes) ? role.roleTypes.filter((t) => t === "Performer" || t === "Beneficiary").slice(0, 2) : [];
          const name = str(role.name) ?? types.join(" and ");
          return name ? el("Role", [el("Name", name), el("Description", str(role.description)), ...types.map((t) => el("RoleType", t))]) : undefined;
        }),
      ],
      { StakeholderTypeType: oneOf(bag.stakeholderType, ["Person", "Organization", "Generic_Group"]) },
    );
  };

  const result = (name: string, r: ResultData): XmlNode => {
    const units = r.numberOfUnits && isDecimal(r.numberOfUnits) ? r.numberOfUnits.trim() : undefined;
    // A count that is not a number ("25%") has no place in NumberOfUnits; its words go first in the description.
    const description = [r.numberOfUnits && !units ? r.numberOfUnits : undefined, r.description].filter(Boolean).join(": ");
    return el(name, [
      el("StartDate", isDate(r.startDate) ? r.startDate : undefined),
      el("EndDate", isDate(r.endDate) ? r.endDate : undefined),
      el("NumberOfUnits", units),
      r.descriptor ? el("Descriptor", [el("DescriptorName", str(r.descriptor.name)), el("DescriptorValue", str(r.descriptor.value))]) : undefined,
      el("Description", description || undefined),
    ]);
  };

  const indicator = (node: Json): XmlNode => {
    const bag = bagOf(node);
    const unit = str(bag.unitOfMeasurement);
    const kept = list(bag.measurementInstances) as MeasurementInstance[];
    const keptText = (key: "targetResults" | "actualResults") => kept.flatMap((m) => m[key] ?? []).map((r) => resultText(r, unit)).filter(Boolean).join("; ") || undefined;
    // The kept instances are written when the plan's target and actual still say what they said; an edited text wins.
    const instances: MeasurementInstance[] =
      keptText("targetResults") === str(node.target) && keptText("actualResults") === str(node.actual)
        ? kept
        : [{ targetResults: str(node.target) ? [{ description: String(node.target) }] : [], actualResults: str(node.actual) ? [{ description: String(node.actual) }] : [] }];
    return el(
      "PerformanceIndicator",
      [
        el("SequenceIndicator", str(node.label)),
        el("MeasurementDimension", str(node.title) ?? str(node.label) ?? String(node.id)),
        el("UnitOfMeasurement", unit ?? "Not specified"),
        el("Identifier", identifier(node, String(node.id))),
        // Written once every Identifier is known: a referent may come later in the plan.
        () => relationshipsOf(node, bag, exported, used, documentId),
        ...instances.map((m) => el("MeasurementInstance", [...(m.targetResults ?? []).map((r) => result("TargetResult", r)), ...(m.actualResults ?? []).map((r) => result("ActualResult", r))])),
        el("OtherInformation", str(bag.otherInformation)),
      ],
      {
        ValueChainStage: oneOf(bag.valueChainStage, ["Outcome", "Output_Processing", "Output", "Input_Processing", "Input"]),
        PerformanceIndicatorType: oneOf(bag.indicatorType, ["Quantitative", "Qualitative"]),
      },
    );
  };

  const objectives = (parent: Json): XmlNode[] => {
    const out: XmlNode[] = [];
    for (const key of SUB_LEVELS) {
      for (const child of list(parent[key])) {
        const bag = bagOf(child);
        const childIndicators = list(child.indicators);
        linksWithoutPlace("objective", child);
        if (part === 1 && childIndicators.length > 0) leftOut.push(`objective ${str(child.label) ?? String(child.id)}: ${childIndicators.length} performance indicator(s) (Part 1 has none; use --part 2)`);
        out.push(
          el("Objective", [
            el("Name", str(child.title)),
            el("Description", str(child.description)),
            el("Identifier", identifier(child, String(child.id))),
            el("SequenceIndicator", str(child.label)),
            ...list(child.stakeholders).map(stakeholder),
            el("OtherInformation", str(bag.otherInformation)),
            ...(part === 2 ? childIndicators.map(indicator) : []),
          ]),
        );
        // StratML objectives do not nest: deeper levels follow their parent, their depth in the dotted label.
        out.push(...objectives(child));
      }
    }
    return out;
  };

  const goals = list(plan.goals).map((goal) => {
    const bag = bagOf(goal);
    const goalIndicators = list(goal.indicators);
    linksWithoutPlace("goal", goal);
    if (goalIndicators.length > 0) leftOut.push(`goal ${str(goal.label) ?? String(goal.id)}: ${goalIndicators.length} performance indicator(s) (StratML gives indicators to objectives only)`);
    const name = str(goal.title) ?? unnamedGoal(str(goal.label));
    return el("Goal", [
      el("Name", name),
      // Description is required in a Goal; a goal without one repeats its name rather than leave an empty element.
      el("Description", str(goal.description) ?? name),
      el("Identifier", identifier(goal, String(goal.id))),
      el("SequenceIndicator", str(goal.label)),
      ...list(goal.stakeholders).map(stakeholder),
      el("OtherInformation", str(bag.otherInformation)),
      ...objectives(goal),
    ]);
  });
  if (goals.length === 0) throw new Error("StratML requires at least one goal, and this plan has none: add a goal before exporting");

  const organization = (plan.organization as Json | undefined) ?? {};
  const organizations: XmlNode[] = [
    el("Organization", [
      el("Name", str(organization.name)),
      el("Acronym", str(organization.acronym)),
      el("Identifier", str(docBag.organizationIdentifier) && isXsdId(String(docBag.organizationIdentifier)) && !used.has(String(docBag.organizationIdentifier)) ? claim(used, String(docBag.organizationIdentifier)) : undefined),
      el("Description", str(organization.description)),
      ...list(plan.stakeholders).map(stakeholder),
    ]),
    ...list(docBag.otherOrganizations).map((o) => el("Organization", [el("Name", str(o.name)), el("Acronym", str(o.acronym)), el("Description", str(o.description))])),
  ];
  const statement = (name: string, text: unknown, kept: unknown) =>
    str(text) ? el(name, [el("Description", str(text)), el("Identifier", str(kept) && isXsdId(String(kept)) && !used.has(String(kept)) ? claim(used, String(kept)) : claim(used, stableUuidId(`${documentId}/${name}`)))]) : undefined;
  const core = el("StrategicPlanCore", [
    ...organizations,
    statement("Vision", plan.vision, docBag.visionIdentifier),
    statement("Mission", plan.mission, docBag.missionIdentifier),
    ...list(plan.values).map((value) => el("Value", [el("Name", str(value.title)), el("Description", str(value.description))])),
    ...goals,
  ]);

  const period = (plan.period as Json | undefined) ?? {};
  const submitter = (docBag.submitter as Json | undefined) ?? {};
  const contact = (withIdentifier: boolean) =>
    el("Submitter", [
      withIdentifier ? el("Identifier", str(submitter.identifier) && isXsdId(String(submitter.identifier)) && !used.has(String(submitter.identifier)) ? claim(used, String(submitter.identifier)) : undefined) : undefined,
      el("GivenName", str(submitter.givenName)),
      el("Surname", str(submitter.surname)),
      el("PhoneNumber", str(submitter.phoneNumber)),
      el("EmailAddress", str(submitter.emailAddress)),
    ]);
  const sourceUrl = str((plan.source as Json | undefined)?.url);
  const dates = [
    el("StartDate", fullDate(period.start, "start")),
    el("EndDate", fullDate(period.end, "end")),
    el("PublicationDate", fullDate(plan.published, "start")),
    el("Source", sourceUrl ? encodeURI(decodeURISafe(sourceUrl)) : undefined),
  ];
  const documentIdentifier = [str(docBag.identifier), documentId].find((c) => c !== undefined && isXsdId(c) && !used.has(c));
  const root =
    part === 2
      ? el(
          "PerformancePlanOrReport",
          [
            el("Name", str(plan.title) ?? documentId),
            el("Description", str(plan.description)),
            el("OtherInformation", str(docBag.otherInformation)),
            core,
            el("AdministrativeInformation", [el("Identifier", documentIdentifier ? claim(used, documentIdentifier) : undefined), ...dates]),
            contact(true),
          ],
          { xmlns: EXPORT_NAMESPACES[2], Type: oneOf(docBag.type, ["Strategic_Plan", "Performance_Plan", "Performance_Report"]) ?? "Strategic_Plan" },
        )
      : el(
          "StrategicPlan",
          [
            el("Name", str(plan.title) ?? documentId),
            el("Description", str(plan.description)),
            el("OtherInformation", str(docBag.otherInformation)),
            core,
            el("AdministrativeInformation", [...dates, contact(false)]),
          ],
          { xmlns: EXPORT_NAMESPACES[1] },
        );
  return { xml: renderXml(root), leftOut, identifiers };
}

function claim(used: Set<string>, id: string): string {
  used.add(id);
  return id;
}

function decodeURISafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** xsd:date wants a full day; a plan's "2015" or "2015-06" becomes the first (start) or last (end) day it stands for. */
function fullDate(value: unknown, side: "start" | "end"): string | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : undefined;
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{4}-\d{2}$/.test(text)) {
    if (side === "start") return `${text}-01`;
    const [year, month] = text.split("-").map(Number) as [number, number];
    return `${text}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  if (/^\d{4}$/.test(text)) return side === "start" ? `${text}-01-01` : `${text}-12-31`;
  return undefined;
}

/** An indicator's Relationships: those kept from import (referents renamed to what was written), then its `refs` not among them. */
function relationshipsOf(node: Json, bag: Json, exported: Map<string, string>, used: Set<string>, documentId: string): XmlNode[] {
  const out: XmlNode[] = [];
  const covered = new Set<string>();
  for (const kept of list(bag.relationships)) {
    const referents = (Array.isArray(kept.referentIdentifiers) ? kept.referentIdentifiers : []).map((r) => exported.get(String(r)) ?? String(r));
    referents.forEach((r) => covered.add(r));
    out.push(
      el(
        "Relationship",
        [el("Identifier", str(kept.identifier) && isXsdId(String(kept.identifier)) && !used.has(String(kept.identifier)) ? claim(used, String(kept.identifier)) : undefined), ...referents.map((r) => el("ReferentIdentifier", r)), el("Name", str(kept.name)), el("Description", str(kept.description))],
        { RelationshipType: oneOf(kept.type, ["Broader_Than", "Peer_To", "Narrower_Than"]) },
      ),
    );
  }
  for (const link of Array.isArray(node.refs) ? node.refs : []) {
    const ref = typeof link === "string" ? link : str((link as Json).ref);
    if (!ref) continue;
    const local = ref.startsWith(`${documentId}/`) ? ref.slice(documentId.length + 1) : ref;
    const referent = exported.get(local) ?? ref;
    if (covered.has(referent)) continue;
    covered.add(referent);
    out.push(el("Relationship", [el("ReferentIdentifier", referent), el("Name", typeof link === "object" ? str((link as Json).cite) : undefined)]));
  }
  return out;
}
