import { slug } from "./identifiers.js";
import { ElementReader, type ImportContext } from "./import-context.js";
import { compact, dateOf, dropEmpty, hasAnyContent, stratmlData, type Json } from "./import-helpers.js";
import { resultText, type MeasurementInstance, type ResultData } from "./results.js";
import type { XmlElement } from "./xml.js";

// Part 2's performance indicators: measurement instances with target and actual results, and Relationships.

/** `scope` is the id of the objective the indicator measures; `fallback` its id by place, for an indicator without number or name. */
export function readIndicator(element: XmlElement, scope: string, fallback: string, context: ImportContext): Json | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const sequence = reader.text("SequenceIndicator");
  const dimension = reader.text("MeasurementDimension");
  const unit = reader.text("UnitOfMeasurement");
  const identifierElement = reader.first("Identifier");
  // MeasurementDimension is required in StratML: an indicator without one is named by its unit, so that export reads back the same.
  const title = dimension.value ?? unit.value ?? "Unnamed indicator";
  if (!dimension.value) context.change("defaulted", dimension.element ?? element, "unnamedIndicator", { title });
  // Readable and stable across versions: the sequence indicator, else the name within its objective (the
  // name export writes, so that an export reads back to the same id), else the place.
  const readable = sequence.value ? `pi-${slug(sequence.value)}` : slug(title) ? `${scope}-pi-${slug(title)}` : fallback;
  const { id, original, idElement } = context.nodeId(identifierElement, readable, { nodeKind: "indicator", name: sequence.value ?? dimension.value });
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
  if (element.attributes.IndicatorType !== undefined) context.change("renamed-element", element, "legacyAttribute", { attribute: "IndicatorType", isoName: "PerformanceIndicatorType" });
  const target = instances.flatMap((m) => m.targetResults ?? []).map((r) => resultText(r, unit.value)).filter(Boolean).join("; ");
  const actual = instances.flatMap((m) => m.actualResults ?? []).map((r) => resultText(r, unit.value)).filter(Boolean).join("; ");
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
  context.place(node, element, { id: idElement, label: sequence.element, title: dimension.element });
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
export function resolveRelationships(context: ImportContext): void {
  for (const [node, pending] of context.relationships) {
    const refs: Json[] = [];
    for (const relationship of pending) {
      for (const referent of relationship.referents) {
        const target = context.identifiers.get(referent.value);
        if (target) refs.push(compact({ ref: target.id, cite: (relationship.data.name as string | undefined) ?? (relationship.data.type as string | undefined) }));
        else context.change("unresolved-relationship", referent.element, "unresolvedReferent", { referent: referent.value });
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
