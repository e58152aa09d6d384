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
  const writer = new StratmlWriter(plan, part);
  // The order of the steps is the order Identifiers are claimed in: goals first, then the document's own.
  const goals = list(plan.goals).map((goal) => writer.goal(goal));
  if (goals.length === 0) throw new Error("StratML requires at least one goal, and this plan has none: add a goal before exporting");
  const core = el("StrategicPlanCore", [
    ...writer.organizations(),
    writer.statement("Vision", plan.vision, writer.docBag.visionIdentifier),
    writer.statement("Mission", plan.mission, writer.docBag.missionIdentifier),
    ...list(plan.values).map((value) => el("Value", [el("Name", str(value.title)), el("Description", str(value.description))])),
    ...goals,
  ]);
  return { xml: renderXml(writer.root(core)), leftOut: writer.leftOut, identifiers: writer.identifiers };
}

/** One export's state: what was left out, and the Identifiers written so far (each written once). */
class StratmlWriter {
  readonly leftOut: string[] = [];
  /** Node id -> written Identifier. */
  readonly identifiers = new Map<string, string>();
  readonly docBag: Json;
  private readonly documentId: string;
  private readonly used = new Set<string>();
  /** Original Identifier or node id -> written Identifier. */
  private readonly exported = new Map<string, string>();

  constructor(
    private readonly plan: Json,
    private readonly part: StratmlPart,
  ) {
    this.documentId = String(plan.id);
    this.docBag = bagOf(plan);
    for (const [key, name] of Object.entries(NO_PLACE_IN_STRATML)) {
      const items = list(plan[key]);
      if (items.length > 0) this.leftOut.push(`${items.length} ${name} (StratML has no place for them)`);
    }
  }

  /** The Identifier a node is written with: its kept one, else its id, else a stable UUID (see exportStratml). */
  private identifier(node: Json, key: string): string {
    const kept = str(bagOf(node).identifier);
    const candidates = [kept, str(node.id)].filter((c): c is string => c !== undefined && isXsdId(c) && !this.used.has(c));
    let chosen = candidates[0] ?? stableUuidId(`${this.documentId}/${key}`);
    while (this.used.has(chosen)) chosen = stableUuidId(`${chosen}/again`);
    this.used.add(chosen);
    if (kept) this.exported.set(kept, chosen);
    if (str(node.id)) {
      this.exported.set(String(node.id), chosen);
      this.identifiers.set(String(node.id), chosen);
    }
    return chosen;
  }

  /** A kept Identifier claimed when it is a valid xsd:ID no element holds yet; else none. */
  private keptIdentifier(value: unknown): string | undefined {
    return str(value) && isXsdId(String(value)) && !this.used.has(String(value)) ? claim(this.used, String(value)) : undefined;
  }

  // A Relationship lives only in a PerformanceIndicator (see export-workplan.ts): a goal's or objective's own links have no place.
  private linksWithoutPlace(what: string, node: Json): void {
    const refs = (Array.isArray(node.refs) ? node.refs : []).map((l) => (typeof l === "string" ? l : str((l as Json).ref))).filter((r): r is string => r !== undefined);
    if (refs.length > 0) this.leftOut.push(`${what} ${str(node.label) ?? String(node.id)}: its refs ${refs.map((r) => `'${r}'`).join(", ")} (StratML writes a Relationship only from a performance indicator)`);
  }

  private stakeholder(node: Json): XmlNode {
    const bag = bagOf(node);
    const keptRoles = list(bag.roles);
    const keptText = keptRoles.map((r) => str(r.name) ?? (r.roleTypes as string[] | undefined)?.join(" and ")).filter(Boolean).join("; ");
    const roles = this.part === 1 ? [] : str(node.role) === (keptText || undefined) ? keptRoles : str(node.role) ? [{ name: node.role }] : [];
    if (this.part === 1 && str(node.role)) this.leftOut.push(`stakeholder '${str(node.title) ?? String(node.id)}': its role (Part 1 has no Role; use --part 2)`);
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
  }

  private indicator(node: Json): XmlNode {
    const bag = bagOf(node);
    const unit = str(bag.unitOfMeasurement);
    return el(
      "PerformanceIndicator",
      [
        el("SequenceIndicator", str(node.label)),
        el("MeasurementDimension", str(node.title) ?? str(node.label) ?? String(node.id)),
        el("UnitOfMeasurement", unit ?? "Not specified"),
        el("Identifier", this.identifier(node, String(node.id))),
        // Written once every Identifier is known: a referent may come later in the plan.
        () => relationshipsOf(node, bag, this.exported, this.used, this.documentId),
        ...measurementInstances(node, bag, unit).map((m) => el("MeasurementInstance", [...(m.targetResults ?? []).map((r) => result("TargetResult", r)), ...(m.actualResults ?? []).map((r) => result("ActualResult", r))])),
        el("OtherInformation", str(bag.otherInformation)),
      ],
      {
        ValueChainStage: oneOf(bag.valueChainStage, ["Outcome", "Output_Processing", "Output", "Input_Processing", "Input"]),
        PerformanceIndicatorType: oneOf(bag.indicatorType, ["Quantitative", "Qualitative"]),
      },
    );
  }

  private objectives(parent: Json): XmlNode[] {
    const out: XmlNode[] = [];
    for (const key of SUB_LEVELS) {
      for (const child of list(parent[key])) {
        const childIndicators = list(child.indicators);
        this.linksWithoutPlace("objective", child);
        if (this.part === 1 && childIndicators.length > 0) this.leftOut.push(`objective ${str(child.label) ?? String(child.id)}: ${childIndicators.length} performance indicator(s) (Part 1 has none; use --part 2)`);
        out.push(
          el("Objective", [
            el("Name", str(child.title)),
            el("Description", str(child.description)),
            el("Identifier", this.identifier(child, String(child.id))),
            el("SequenceIndicator", str(child.label)),
            ...list(child.stakeholders).map((s) => this.stakeholder(s)),
            el("OtherInformation", str(bagOf(child).otherInformation)),
            ...(this.part === 2 ? childIndicators.map((i) => this.indicator(i)) : []),
          ]),
        );
        // StratML objectives do not nest: deeper levels follow their parent, their depth in the dotted label.
        out.push(...this.objectives(child));
      }
    }
    return out;
  }

  goal(goal: Json): XmlNode {
    const goalIndicators = list(goal.indicators);
    this.linksWithoutPlace("goal", goal);
    if (goalIndicators.length > 0) this.leftOut.push(`goal ${str(goal.label) ?? String(goal.id)}: ${goalIndicators.length} performance indicator(s) (StratML gives indicators to objectives only)`);
    const name = str(goal.title) ?? unnamedGoal(str(goal.label));
    return el("Goal", [
      el("Name", name),
      // Description is required in a Goal; a goal without one repeats its name rather than leave an empty element.
      el("Description", str(goal.description) ?? name),
      el("Identifier", this.identifier(goal, String(goal.id))),
      el("SequenceIndicator", str(goal.label)),
      ...list(goal.stakeholders).map((s) => this.stakeholder(s)),
      el("OtherInformation", str(bagOf(goal).otherInformation)),
      ...this.objectives(goal),
    ]);
  }

  /** The plan's organization (with the plan's stakeholders), then the other organizations kept from import. */
  organizations(): XmlNode[] {
    const organization = (this.plan.organization as Json | undefined) ?? {};
    return [
      el("Organization", [
        el("Name", str(organization.name)),
        el("Acronym", str(organization.acronym)),
        el("Identifier", this.keptIdentifier(this.docBag.organizationIdentifier)),
        el("Description", str(organization.description)),
        ...list(this.plan.stakeholders).map((s) => this.stakeholder(s)),
      ]),
      ...list(this.docBag.otherOrganizations).map((o) => el("Organization", [el("Name", str(o.name)), el("Acronym", str(o.acronym)), el("Description", str(o.description))])),
    ];
  }

  /** A Vision or Mission, when the plan has one: its text and an Identifier (the kept one, else a stable UUID). */
  statement(name: string, text: unknown, kept: unknown): XmlNode | undefined {
    if (!str(text)) return undefined;
    return el(name, [el("Description", str(text)), el("Identifier", this.keptIdentifier(kept) ?? claim(this.used, stableUuidId(`${this.documentId}/${name}`)))]);
  }

  /** The document element around the core: Part 2's PerformancePlanOrReport or Part 1's StrategicPlan. */
  root(core: XmlNode): XmlNode {
    const { plan, docBag, documentId } = this;
    const period = (plan.period as Json | undefined) ?? {};
    const sourceUrl = str((plan.source as Json | undefined)?.url);
    const dates = [
      el("StartDate", fullDate(period.start, "start")),
      el("EndDate", fullDate(period.end, "end")),
      el("PublicationDate", fullDate(plan.published, "start")),
      el("Source", sourceUrl ? encodeURI(decodeURISafe(sourceUrl)) : undefined),
    ];
    const heading = [el("Name", str(plan.title) ?? documentId), el("Description", str(plan.description)), el("OtherInformation", str(docBag.otherInformation)), core];
    if (this.part === 1) return el("StrategicPlan", [...heading, el("AdministrativeInformation", [...dates, this.submitter(false)])], { xmlns: EXPORT_NAMESPACES[1] });
    const documentIdentifier = [str(docBag.identifier), documentId].find((c) => c !== undefined && isXsdId(c) && !this.used.has(c));
    return el(
      "PerformancePlanOrReport",
      [...heading, el("AdministrativeInformation", [el("Identifier", documentIdentifier ? claim(this.used, documentIdentifier) : undefined), ...dates]), this.submitter(true)],
      { xmlns: EXPORT_NAMESPACES[2], Type: oneOf(docBag.type, ["Strategic_Plan", "Performance_Plan", "Performance_Report"]) ?? "Strategic_Plan" },
    );
  }

  /** The Submitter kept from import; Part 1's has no Identifier. */
  private submitter(withIdentifier: boolean): XmlNode {
    const submitter = (this.docBag.submitter as Json | undefined) ?? {};
    return el("Submitter", [
      withIdentifier ? el("Identifier", this.keptIdentifier(submitter.identifier)) : undefined,
      el("GivenName", str(submitter.givenName)),
      el("Surname", str(submitter.surname)),
      el("PhoneNumber", str(submitter.phoneNumber)),
      el("EmailAddress", str(submitter.emailAddress)),
    ]);
  }
}

/** An indicator's measurement instances: the kept ones while the plan's target and actual still say what they said; an edited text wins. */
function measurementInstances(node: Json, bag: Json, unit: string | undefined): MeasurementInstance[] {
  const kept = list(bag.measurementInstances) as MeasurementInstance[];
  const keptText = (key: "targetResults" | "actualResults") => kept.flatMap((m) => m[key] ?? []).map((r) => resultText(r, unit)).filter(Boolean).join("; ") || undefined;
  if (keptText("targetResults") === str(node.target) && keptText("actualResults") === str(node.actual)) return kept;
  return [{ targetResults: str(node.target) ? [{ description: String(node.target) }] : [], actualResults: str(node.actual) ? [{ description: String(node.actual) }] : [] }];
}

function result(name: string, r: ResultData): XmlNode {
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
