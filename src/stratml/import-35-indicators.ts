import { slug } from "./identifiers.js";
import { ElementReader, type ImportContext } from "./import-context.js";
import { compact, dateOf, dropEmpty, hasAnyContent, stratmlData, type Json } from "./import-helpers.js";
import type { References } from "./references-35.js";
import { resultText, type MeasurementInstance, type ResultData } from "./results.js";
import type { XmlElement } from "./xml.js";

// StratML 3.5's performance indicators: Quantitative (units), Qualitative (descriptors) and
// QualitativeScored (scores), each with Target and Actual results. The plan's `target` and
// `actual` read as Part 2's do; the results are kept as Part 2's measurement instances, so that
// export writes them back.

const INDICATOR_TYPE: Record<string, string> = {
  QuantitativePerformanceIndicator: "Quantitative",
  QualitativePerformanceIndicator: "Qualitative",
  QualitativeScoredPerformanceIndicator: "Qualitative",
};

/** What a 3.5 Goal, Objective and indicator each begin with: identifiers, name, description, sequence indicator. */
export function numberedParts35(reader: ElementReader) {
  return {
    identifierElement: reader.first("Identifier"),
    referenceIdentifier: reader.text("ReferenceIdentifier"),
    name: reader.text("Name"),
    description: reader.text("Description"),
    sequence: reader.text("SequenceIndicator"),
  };
}

export function readIndicator35(element: XmlElement, scope: string, fallback: string, context: ImportContext, references: References): Json | undefined {
  if (!hasAnyContent(element)) return dropEmpty(element, context);
  const reader = new ElementReader(element, context);
  const { identifierElement, referenceIdentifier, name, description, sequence } = numberedParts35(reader);
  const dimension = baseOf(reader.first("MeasurementDimension"), context, references);
  const unit = baseOf(reader.first("UnitOfMeasurement"), context, references);
  const stage = reader.text("ValueChainStage");
  const targets = results(reader.first("Target"), context);
  const actuals = results(reader.first("Actual"), context);
  const instances: MeasurementInstance[] = targets.length + actuals.length > 0 ? [compact({ targetResults: targets, actualResults: actuals })] : [];
  // The indicator's Name, else what it measures, else its unit: StratML's MeasurementDimension, which export writes from the title.
  const title = name.value ?? references.nameOf(element) ?? dimension.name ?? unit.name ?? "Unnamed indicator";
  if (!name.value && !references.nameOf(element)) context.change("defaulted", element, "unnamedIndicator", { title });
  const readable = sequence.value ? `pi-${slug(sequence.value)}` : slug(title) ? `${scope}-pi-${slug(title)}` : fallback;
  const { id, original, idElement } = context.nodeId(identifierElement, readable, { nodeKind: "indicator", name: sequence.value ?? title });
  const target = targets.map((r) => resultText(r, unit.name)).filter(Boolean).join("; ");
  const actual = actuals.map((r) => resultText(r, unit.name)).filter(Boolean).join("; ");
  const other = reader.text("OtherInformation");
  const node = compact({
    id,
    label: sequence.value,
    title,
    description: description.value,
    target: target || undefined,
    actual: actual || undefined,
    data: stratmlData({
      identifier: original,
      referenceIdentifier: referenceIdentifier.value,
      element: element.name,
      indicatorType: INDICATOR_TYPE[element.name],
      measurementDimension: dimension.kept,
      unitOfMeasurement: unit.name,
      unit: unit.kept,
      valueChainStage: stage.value,
      measurementInstances: instances,
      otherInformation: other.value,
      other: reader.rest(),
    }),
  });
  context.place(node, element, { id: idElement, label: sequence.element, title: name.element, description: description.element });
  return node;
}

/** A 3.5 "Base" element (a dimension, a unit): its name, resolved when it only refers to one, and everything it holds. */
function baseOf(element: XmlElement | undefined, context: ImportContext, references: References): { name?: string; kept?: Json } {
  if (!element) return {};
  const reader = new ElementReader(element, context);
  const kept = compact({
    identifier: reader.text("Identifier").value,
    referenceIdentifier: reader.text("ReferenceIdentifier").value,
    name: reader.text("Name").value,
    description: reader.text("Description").value,
    other: reader.rest(),
  });
  return { name: references.nameOf(element), kept: Object.keys(kept).length > 0 ? kept : undefined };
}

/** The Results of a Target or Actual, as Part 2's results (dates, units, descriptor), with their maps and scores kept. */
function results(element: XmlElement | undefined, context: ImportContext): (ResultData & { other?: unknown })[] {
  if (!element) return [];
  const outer = new ElementReader(element, context);
  const out: (ResultData & { other?: unknown })[] = outer.all("Result").map((result) => {
    const reader = new ElementReader(result, context);
    const bag: Json = {};
    const descriptorElement = reader.first("Descriptor");
    const descriptor = descriptorElement ? new ElementReader(descriptorElement, context) : undefined;
    const descriptorData = descriptor ? compact({ name: descriptor.text("Name").value, value: descriptor.text("Value").value, other: descriptor.rest() }) : undefined;
    return compact({
      identifier: reader.text("Identifier").value,
      startDate: dateOf(reader.text("StartDate"), context, bag, "startDate").value,
      endDate: dateOf(reader.text("EndDate"), context, bag, "endDate").value,
      numberOfUnits: reader.text("NumberOfUnits").value,
      descriptor: descriptorData && Object.keys(descriptorData).length > 0 ? (descriptorData as ResultData["descriptor"]) : undefined,
      ...bag,
      other: reader.rest(),
    });
  });
  const rest = outer.rest();
  if (rest) out.push({ other: rest });
  return out.filter((r) => Object.keys(r).length > 0);
}
