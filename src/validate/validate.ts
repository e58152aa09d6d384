import { impossibleDate } from "../core/dates.js";
import { findingFrom, renderMessage, type MessageData } from "../core/messages.js";
import type { DocPath, Finding } from "../core/problem.js";
import { NOT_A_PLAN_MESSAGES } from "../load/messages.js";
import { closestMatches } from "../core/suggest.js";
import type { SchemaError, ValidateFunction } from "../generated/validate-function.js";
import type { PlanDocument as PlanDocumentData } from "../generated/plan-types.js";
import * as validators from "../generated/validators.js";
import { SCHEMA_MESSAGES, SCHEMA_PHRASES, type SchemaPhraseId } from "./messages.js";

type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;

export type { PlanDocumentData };

import { DOCUMENT_KINDS, type DocumentKind } from "./kinds.js";

export { DOCUMENT_KINDS, type DocumentKind };

const byKind: Record<DocumentKind, ValidateFunction> = {
  strategy: validators.strategy,
  workplan: validators.workplan,
  deliverable: validators.deliverable,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Checks one parsed file against the schema of its kind. Returns findings with document paths;
 * `valid` is true only when the graph can trust the data's shape.
 */
export type ValidationResult =
  | { valid: true; kind: DocumentKind; document: PlanDocumentData; findings: Finding[] }
  | { valid: false; kind?: DocumentKind; findings: Finding[] };

export function validateDocument(file: string, data: unknown): ValidationResult {
  // A file of only `---` (or `~`) holds nothing, as an empty file or one of only comments does.
  if (data === null) return { valid: false, findings: [findingFrom("not-a-plan", NOT_A_PLAN_MESSAGES, "emptyFile", {}, { file, path: [] })] };
  if (!isRecord(data)) {
    const got = Array.isArray(data) ? phrase("fileList") : FILE_HOLDS[typeof data] ? phrase(FILE_HOLDS[typeof data]!) : phrase("fileOther", { type: typeof data });
    return { valid: false, findings: [findingFrom("not-a-plan", NOT_A_PLAN_MESSAGES, "notMapping", { got }, { file, path: [] })] };
  }
  const kind = data.kind;
  // YAML of another tool (a GitHub workflow, a docker-compose or Kubernetes file) is named once as
  // such, not judged key by key against a plan schema it never meant to follow.
  if ((typeof kind !== "string" || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) && !PLAN_KEYS.some((key) => key in data)) {
    const keys = Object.keys(data);
    const shown = keys.slice(0, 5).map((key) => `'${key}'`).join(", ") + (keys.length > 5 ? ", ..." : "");
    return { valid: false, findings: [findingFrom("not-a-plan", NOT_A_PLAN_MESSAGES, "notAPlanFile", { keys: shown }, { file, path: [] })] };
  }
  if (kind === undefined) {
    return { valid: false, findings: [findingFrom("not-a-plan", NOT_A_PLAN_MESSAGES, "noKind", {}, { file, path: [] })] };
  }
  if (typeof kind !== "string" || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    const near = typeof kind === "string" ? suggestion(kind, DOCUMENT_KINDS) : undefined;
    const finding = near
      ? findingFrom("schema", SCHEMA_MESSAGES, "unknownKindSuggest", { kind: JSON.stringify(kind), suggestion: near }, { file, path: ["kind"] })
      : findingFrom("schema", SCHEMA_MESSAGES, "unknownKind", { kind: JSON.stringify(kind) }, { file, path: ["kind"] });
    return { valid: false, findings: [finding] };
  }
  const validate = byKind[kind as DocumentKind];
  // The generated types follow from the same schemas, so a document that passed is one of them.
  const shapeOk = validate(data);
  const findings = shapeOk ? [] : describeErrors(file, kind as DocumentKind, data, validate.errors ?? []);
  // The schema's date pattern accepts 2025-02-30; the calendar is checked here, where the schema is not already reporting the value.
  const reported = new Set(findings.map((f) => (f.at.path ?? []).join("/")));
  findings.push(...calendarFindings(file, data).filter((f) => !reported.has((f.at.path ?? []).join("/"))));
  if (findings.length === 0) return { valid: true, kind: kind as DocumentKind, document: data as unknown as PlanDocumentData, findings };
  return { valid: false, kind: kind as DocumentKind, findings };
}

/** Characters that do not show in an editor: zero-width spaces and joiners, bidi marks, a BOM, the soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** A phrase of SCHEMA_PHRASES, rendered. */
const phrase = (id: SchemaPhraseId, data?: MessageData) => renderMessage(SCHEMA_PHRASES[id], data);

/** What a file holds that is a scalar, not a mapping, by the value's JavaScript type. */
const FILE_HOLDS: Partial<Record<string, SchemaPhraseId>> = { string: "fileString", number: "fileNumber", boolean: "fileBoolean" };

/** Keys whose values are dates wherever they appear (with 'start' and 'end' under a 'period'). */
const DATE_KEYS = new Set(["due", "date", "published"]);
const PERIOD_KEYS = new Set(["start", "end"]);

/** Every date of the document (periods, publication, due dates, targets', baselines' and actuals' dates, progress notes) with its path. */
function datesOf(data: Record<string, unknown>): [DocPath, string][] {
  const dates: [DocPath, string][] = [];
  const stack: [unknown, DocPath][] = [[data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (isRecord(value)) {
      const inPeriod = path[path.length - 1] === "period";
      for (const [key, child] of Object.entries(value)) {
        if (typeof child === "string" && (DATE_KEYS.has(key) || (inPeriod && PERIOD_KEYS.has(key)))) dates.push([[...path, key], child]);
        else if (typeof child === "object" && child !== null) stack.push([child, [...path, key]]);
      }
    }
  }
  return dates;
}

/** Dates anywhere in the document that match the pattern (months 01-12, days 01-31) but not the calendar. */
function calendarFindings(file: string, data: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  for (const [path, value] of datesOf(data)) {
    const problem = impossibleDate(value);
    if (problem === "noSuchDay") {
      const [year, month] = value.split("-").map(Number) as [number, number];
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      findings.push(findingFrom("schema", SCHEMA_MESSAGES, "noSuchDay", { place: describePlace(path), value: JSON.stringify(value), monthName: phrase(`month${month}` as SchemaPhraseId), year, days }, { file, path }));
    }
  }
  return findings;
}

/** Keys every plan document has: a mapping with none of them (and no plan kind) is some other tool's YAML. */
const PLAN_KEYS = ["id", "title", "status"] as const;

/** Schema messages offer the single nearest value or key, as a message's {{suggestion}}; undefined when none is near. */
const suggestion = (value: string, candidates: readonly string[]): string | undefined => closestMatches(value, candidates, 1)[0];

function pathOf(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: DocPath): unknown {
  let value = data;
  for (const segment of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  return value;
}

function describePlace(path: DocPath): string {
  const last = path[path.length - 1];
  if (typeof last === "string") return phrase("placeKey", { key: last });
  if (path.length === 0) return phrase("placeDocument");
  return phrase("placeItem", { number: Number(last) + 1, list: String(path[path.length - 2]) });
}

/** Turns ajv's errors into messages a plan editor can act on, one per place, at the key or value at fault. */
/** Places described in full per document; well over the 100 problems listed per file. */
const DESCRIBED_PLACES = 1_000;

function describeErrors(file: string, kind: DocumentKind, data: unknown, errors: SchemaError[]): Finding[] {
  const findings = new Map<string, Finding>();
  const add = (path: DocPath, messageId: SchemaMessageId, data: MessageData, atKey = false) => {
    const key = `${path.join("/")}|${atKey}`;
    if (!findings.has(key)) findings.set(key, findingFrom("schema", SCHEMA_MESSAGES, messageId, data, { file, path, atKey }));
  };
  // Past DESCRIBED_PLACES places, errors are counted, not described: only the first 100 problems
  // of a file are listed (with a count of the rest), and describing a million wrong items held
  // the CPU for half a minute. The count is of places (a path, and an unknown key's name), as
  // described problems are, skipping what is surely a wrong anyOf branch (the cheap half of wrongBranch).
  const counted = new Set<string>();
  const placeOf = (error: SchemaError) => `${error.instancePath}|${String(error.params.unevaluatedProperty ?? error.params.additionalProperty ?? "")}`;
  for (const error of errors) {
    if (findings.size >= DESCRIBED_PLACES) {
      if (error.keyword !== "anyOf" && !error.schemaPath.includes("/anyOf/")) counted.add(placeOf(error));
      continue;
    }
    if (wrongBranch(error, errors)) continue;
    counted.add(placeOf(error));
    const path = pathOf(error.instancePath);
    const value = valueAt(data, path);
    const place = describePlace(path);
    const params = error.params;
    switch (error.keyword) {
      case "unevaluatedProperties":
      case "additionalProperties": {
        const key = String(params.unevaluatedProperty ?? params.additionalProperty);
        const [messageId, messageData] = unknownKey(key, kind, path);
        add([...path, key], messageId, messageData, true);
        break;
      }
      case "required":
        add(path, "missingKey", { place, key: String(params.missingProperty) });
        break;
      case "type": {
        const expected = describeTypes(String(params.type).split(","));
        const got = describeValue(value);
        const wantsString = String(params.type).includes("string");
        if (typeof value === "number" && wantsString) add(path, "numberForString", { place, expected, got, value: yamlNumber(value) });
        else if ((value instanceof Date || value instanceof Uint8Array) && wantsString) add(path, "taggedForString", { place, expected, got });
        else add(path, "wrongType", { place, expected, got });
        break;
      }
      case "enum": {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const near = typeof value === "string" ? suggestion(value, allowed) : undefined;
        const shown = { place, allowed: allowed.join(", "), value: JSON.stringify(value) };
        if (near) add(path, "notInEnumSuggest", { ...shown, suggestion: near });
        else add(path, "notInEnum", shown);
        break;
      }
      case "const":
        add(path, "notConst", { place, value: JSON.stringify(params.allowedValue) });
        break;
      case "pattern": {
        const messageId = patternMessage(path);
        const rewritten = messageId === "badDate" && typeof value === "string" ? isoFromDayFirst(value) : undefined;
        if (rewritten) add(path, "badDateSuggest", { place, value: JSON.stringify(value), suggestion: rewritten });
        else add(path, messageId, { place, value: JSON.stringify(value) });
        break;
      }
      case "minimum":
      case "maximum":
        add(path, "outOfRange", { place, value: String(value), limit: error.message ?? error.keyword });
        break;
      case "minLength":
        add(path, "empty", { place });
        break;
      case "minProperties":
        add(path, "emptyMapping", { place });
        break;
      default:
        add(path, "other", { place, detail: error.message ?? `fails the schema rule '${error.keyword}'` });
    }
  }
  const described = [...findings.values()];
  // The rest stand in as copies of the last one described: the cap lists none of them, it counts them.
  const uncounted = Math.max(0, counted.size - findings.size);
  const last = described.at(-1);
  for (let i = 0; last && i < uncounted; i++) described.push(last);
  return described;
}

/**
 * A value that may take one of several forms (an indicator's target: text, or { value, date })
 * and whose form is right but whose content is wrong: the errors of the other forms ("must be a
 * string", "must match a schema in anyOf") would mislead, the errors inside it say what is wrong.
 */
function wrongBranch(error: SchemaError, errors: readonly SchemaError[]): boolean {
  if (error.keyword !== "anyOf" && !error.schemaPath.includes("/anyOf/")) return false;
  if (error.keyword !== "anyOf" && error.keyword !== "type") return false;
  // A form's own complaints (an unknown or missing key, a value inside it) sit at the value or below it.
  const inside = (other: SchemaError) => other.instancePath === error.instancePath || other.instancePath.startsWith(`${error.instancePath}/`);
  return errors.some((other) => other.keyword !== "type" && other.keyword !== "anyOf" && inside(other));
}

/** The schema definition a place in the document follows, found by walking the schema skeleton along the path. */
function definitionAt(kind: DocumentKind, path: DocPath): string | undefined {
  let name: string | undefined = kind;
  for (const segment of path) {
    const definition: (typeof validators.skeleton)[string] | undefined = name ? validators.skeleton[name] : undefined;
    if (!definition) return undefined;
    name = typeof segment === "number" ? (definition.item ?? name) : definition.children[segment];
  }
  return name;
}

/** The mapping an unknown key sits in, by schema definition (definitions not named here go without). */
const PLACE_NAMES: Partial<Record<string, SchemaPhraseId>> = {
  strategy: "inStrategy", workplan: "inWorkplan", deliverable: "inDeliverable",
  goal: "inGoal", indicator: "inIndicator", deliverableBody: "inDeliverableBody", action: "inAction",
  strategicApproach: "inStrategicApproach", box: "inBox", stakeholder: "inStakeholder", item: "inItem",
  link: "inLink", source: "inSource", period: "inPeriod", altTitle: "inAltTitle",
};

/** "unknown key" with the nearest allowed key at that place, or the list of allowed keys when none is near. */
function unknownKey(key: string, kind: DocumentKind, path: DocPath): [SchemaMessageId, MessageData] {
  const invisible = [...key].filter((char) => INVISIBLE.test(char));
  if (invisible.length > 0) {
    const characters = invisible.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(", ");
    return ["invisibleInKey", { key, characters, visible: [...key].filter((char) => !INVISIBLE.test(char)).join("") }];
  }
  const name = definitionAt(kind, path);
  const allowed = name ? validators.skeleton[name]?.keys : undefined;
  if (!allowed) {
    const near = suggestion(key, validators.propertyNames);
    return near ? ["unknownKeySuggest", { key, suggestion: near }] : ["unknownKey", { key }];
  }
  const placeId = PLACE_NAMES[name!];
  const placeName = placeId ? phrase(placeId) : undefined;
  const near = suggestion(key, allowed);
  if (near) return placeName ? ["unknownKeyHere", { key, placeName, suggestion: near }] : ["unknownKeySuggest", { key, suggestion: near }];
  return placeName ? ["unknownKeyAllowed", { key, placeName, allowed: allowed.join(", ") }] : ["unknownKeyAllowedAnywhere", { key, allowed: allowed.join(", ") }];
}

/** A value as a plan editor wrote it: YAML's .inf and .nan, and values a YAML tag turned into something else. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return phrase("gotList");
  if (value === null) return phrase("gotNull");
  if (value instanceof Date) return phrase("gotTimestamp");
  if (value instanceof Uint8Array) return phrase("gotBinary");
  if (typeof value === "object") return phrase("gotMapping");
  if (typeof value === "number") return phrase("gotNumber", { value: yamlNumber(value) });
  if (typeof value === "string") return phrase("gotString", { value: JSON.stringify(value) });
  if (typeof value === "boolean") return phrase("gotBoolean", { value: JSON.stringify(value) });
  return phrase("gotOther", { type: typeof value, value: String(JSON.stringify(value)) });
}

/** A number as YAML writes it (JSON has no infinity or NaN: JSON.stringify gives "null"). */
function yamlNumber(value: number): string {
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  return String(value);
}

/** JSON Schema type names, with an article ("a string") and bare ("string", after "or"). */
const TYPE_PHRASES: Record<string, [SchemaPhraseId, SchemaPhraseId]> = {
  string: ["typeString", "bareString"], array: ["typeArray", "bareArray"], object: ["typeObject", "bareObject"],
  integer: ["typeInteger", "bareInteger"], number: ["typeNumber", "bareNumber"], boolean: ["typeBoolean", "bareBoolean"], null: ["typeNull", "bareNull"],
};

/** What a value must be, from the schema's one or two types: "a string", "a string or mapping". */
function describeTypes(types: readonly string[]): string {
  const named = (type: string, bare: boolean) => (TYPE_PHRASES[type] ? phrase(TYPE_PHRASES[type]![bare ? 1 : 0]) : phrase("typeOther", { type }));
  const [first = "", ...others] = types;
  let text = named(first, false);
  for (const other of others) text = phrase("eitherType", { first: text, second: named(other, true) });
  return text;
}

/** A date written day first ('31/05/2025', '31.05.2025') as YYYY-MM-DD, when it is a real date. */
function isoFromDayFirst(value: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  return impossibleDate(iso) ? undefined : iso;
}

function patternMessage(path: DocPath): SchemaMessageId {
  const last = path[path.length - 1];
  const field = typeof last === "number" ? path[path.length - 2] : last;
  if (field === "id") return "badId";
  if (field === "start" || field === "end" || field === "published" || field === "due" || field === "date") return "badDate";
  return "badReference";
}
