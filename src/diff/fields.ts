import common from "../../schemas/common.schema.json" with { type: "json" };
import deliverable from "../../schemas/deliverable.schema.json" with { type: "json" };
import strategy from "../../schemas/strategy.schema.json" with { type: "json" };
import workplan from "../../schemas/workplan.schema.json" with { type: "json" };
import type { PlanGraph } from "../graph/graph.js";
import type { PlanDocument, PlanNode } from "../graph/model.js";

// Which fields of a document or node the diff compares, read from the schemas (schemas/*.schema.json)
// rather than listed by hand: every property of the node's definition except the lists of child
// nodes (compared as nodes of their own), the links (compared as links) and what is not the plan's
// text (where it was transcribed from, editors' notes, content kept only for export).

/** Properties that are not the plan's content, or are compared on their own (identity, lineage, links). */
const NOT_COMPARED_AS_FIELDS = new Set(["kind", "id", "label", "title", "description", "derivedFrom", "source", "paragraph", "comments", "notes", "data"]);

type Schema = { [key: string]: unknown };
const DEFS = (common as Schema).$defs as Record<string, Schema>;
const KINDS: Record<string, Schema> = { strategy: strategy as Schema, workplan: workplan as Schema, deliverable: deliverable as Schema };

function defName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

/** A schema's properties, through its $ref and allOf parts. */
function propertiesOf(schema: Schema | undefined, seen = new Set<Schema>()): Map<string, Schema> {
  const found = new Map<string, Schema>();
  if (!schema || seen.has(schema)) return found;
  seen.add(schema);
  if (typeof schema.$ref === "string") for (const [k, v] of propertiesOf(DEFS[defName(schema.$ref)], seen)) found.set(k, v);
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) for (const [k, v] of propertiesOf(part, seen)) if (!found.has(k)) found.set(k, v);
  for (const [k, v] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) found.set(k, v);
  return found;
}

/** The definition a property's value (or each item of its list) follows, when it names one. */
function targetOf(property: Schema): Schema | undefined {
  const value = (property.items as Schema | undefined) ?? property;
  return typeof value.$ref === "string" ? DEFS[defName(value.$ref)] : undefined;
}

const isNodeList = (property: Schema) => property.type === "array" && propertiesOf(targetOf(property)).has("id");
const isLinks = (property: Schema) => typeof property.$ref === "string" && ["links", "link"].includes(defName(property.$ref));

/** The compared fields of a definition, in the schema's order. */
function comparedFields(schema: Schema): string[] {
  return [...propertiesOf(schema)].filter(([key, property]) => !NOT_COMPARED_AS_FIELDS.has(key) && !isNodeList(property) && !isLinks(property)).map(([key]) => key);
}

/**
 * Content another format keeps in `data` that is the plan's text (StratML's OtherInformation, an
 * indicator's unit): the text properties the schema describes under `data.<format>`, named by their
 * path in the file ('data.stratml.otherInformation'), but these two:
 * - the Identifier: a new edition of a StratML plan gives every element a new one, so compared it
 *   would mark every node of two editions changed, while the diff pairs nodes by meaning anyway;
 * - a stakeholder's type: StratML before ISO 17469-1 has no StakeholderTypeType, so every person of
 *   a plan moved to the ISO schema would be changed "(none) -> Person" (43 of SMLC's 2011 -> 2023).
 */
const NOT_PLAN_TEXT = new Set(["identifier", "stakeholderType"]);
const FORMAT_FIELDS: string[] = [...propertiesOf(DEFS.data)].flatMap(([format, schema]) =>
  [...propertiesOf(schema)].filter(([key, property]) => property.type === "string" && !NOT_PLAN_TEXT.has(key)).map(([key]) => `data.${format}.${key}`),
);

const byDefinition = new Map<Schema, { fields: string[]; children: Map<string, Schema> }>();

function shapeOf(schema: Schema) {
  let shape = byDefinition.get(schema);
  if (!shape) {
    const children = new Map<string, Schema>();
    for (const [key, property] of propertiesOf(schema)) if (isNodeList(property)) children.set(key, targetOf(property)!);
    // The schema's own fields, then the content other formats keep under `data` (FORMAT_FIELDS).
    shape = { fields: [...comparedFields(schema), ...FORMAT_FIELDS], children };
    byDefinition.set(schema, shape);
  }
  return shape;
}

/** The fields compared on a document of this kind (vision, mission, status, period, ...). */
export function documentFields(document: PlanDocument): string[] {
  const schema = KINDS[document.kind];
  return schema ? shapeOf(schema).fields : [];
}

/** The fields compared on a node (an indicator's baseline, target and actuals; a deliverable's owner and due date; ...), found by following its ancestors' definitions. */
export function nodeFields(graph: PlanGraph, node: PlanNode): string[] {
  const schema = definitionOf(graph, node);
  return schema ? shapeOf(schema).fields : [];
}

/** Each format field's path, split once (fieldValue runs for every field of every pair). */
const FORMAT_PATHS = new Map(FORMAT_FIELDS.map((field) => [field, field.split(".")]));

/** A field's value in a node's or document's data: a property, or a path into another format's content ('data.stratml.otherInformation'). */
export function fieldValue(data: Record<string, unknown>, field: string): unknown {
  const path = FORMAT_PATHS.get(field);
  if (!path) return data[field];
  let value: unknown = data;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function definitionOf(graph: PlanGraph, node: PlanNode): Schema | undefined {
  const document = graph.document(node.document);
  if (!document) return undefined;
  if (node.ref === document.id) return KINDS[document.kind];
  const parent = graph.parent(node);
  const parentSchema = parent ? definitionOf(graph, parent) : KINDS[document.kind];
  return parentSchema ? shapeOf(parentSchema).children.get(node.level) : undefined;
}
