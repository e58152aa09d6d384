import type { DocPath, Finding } from "../core/problem.js";
import { didYouMean } from "../core/suggest.js";
import type { SchemaError, ValidateFunction } from "../generated/validate-function.js";
import type { PlanDocument as PlanDocumentData } from "../generated/plan-types.js";
import * as validators from "../generated/validators.js";

export type { PlanDocumentData };

export const DOCUMENT_KINDS = ["strategy", "workplan", "deliverable"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

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
  if (!isRecord(data)) {
    const got = Array.isArray(data) ? "a list" : `a ${data === null ? "null" : typeof data} value`;
    return { valid: false, findings: [{ rule: "not-a-plan", message: `not an ogp plan: the file holds ${got}, not a mapping with 'kind', 'id', 'title' and 'status'`, at: { file, path: [] } }] };
  }
  const kind = data.kind;
  if (kind === undefined) {
    return { valid: false, findings: [{ rule: "not-a-plan", message: "not an ogp plan: no 'kind' key (expected kind: strategy, workplan or deliverable)", at: { file, path: [] } }] };
  }
  if (typeof kind !== "string" || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    const hint = typeof kind === "string" ? suggestion(kind, DOCUMENT_KINDS) : "";
    return { valid: false, findings: [{ rule: "schema", message: `unknown kind ${JSON.stringify(kind)}: use strategy, workplan or deliverable${hint}`, at: { file, path: ["kind"] } }] };
  }
  const validate = byKind[kind as DocumentKind];
  // The generated types follow from the same schemas, so a document that passed is one of them.
  if (validate(data)) return { valid: true, kind: kind as DocumentKind, document: data as unknown as PlanDocumentData, findings: [] };
  return { valid: false, kind: kind as DocumentKind, findings: describeErrors(file, kind as DocumentKind, data, validate.errors ?? []) };
}

/** Schema messages offer the single nearest value or key. */
const suggestion = (value: string, candidates: readonly string[]) => didYouMean(value, candidates, 1);

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
  return typeof last === "string" ? `'${last}'` : path.length === 0 ? "the document" : `item ${Number(last) + 1} of '${String(path[path.length - 2])}'`;
}

/** Turns ajv's errors into messages a plan editor can act on, one per place, at the key or value at fault. */
function describeErrors(file: string, kind: DocumentKind, data: unknown, errors: SchemaError[]): Finding[] {
  const findings = new Map<string, Finding>();
  const add = (path: DocPath, message: string, atKey = false) => {
    const key = `${path.join("/")}|${atKey}`;
    if (!findings.has(key)) findings.set(key, { rule: "schema", message, at: { file, path, atKey } });
  };
  for (const error of errors) {
    const path = pathOf(error.instancePath);
    const value = valueAt(data, path);
    const place = describePlace(path);
    const params = error.params;
    switch (error.keyword) {
      case "unevaluatedProperties":
      case "additionalProperties": {
        const key = String(params.unevaluatedProperty ?? params.additionalProperty);
        add([...path, key], unknownKeyMessage(key, kind, path), true);
        break;
      }
      case "required":
        add(path, `${place} is missing the required key '${String(params.missingProperty)}'`);
        break;
      case "type": {
        const expected = String(params.type).replace(",", " or ");
        const got = Array.isArray(value) ? "a list" : value === null ? "empty (null)" : typeof value === "object" ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
        const quoteHint = typeof value === "number" && String(params.type).includes("string") ? `: quote it, e.g. "${String(value)}" (unquoted, YAML reads it as a number)` : "";
        add(path, `${place} must be ${article(expected)}, not ${got}${quoteHint}`);
        break;
      }
      case "enum": {
        const allowed = (params.allowedValues as unknown[]).map(String);
        add(path, `${place} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}${typeof value === "string" ? suggestion(value, allowed) : ""}`);
        break;
      }
      case "const":
        add(path, `${place} must be ${JSON.stringify(params.allowedValue)}`);
        break;
      case "pattern":
        add(path, `${place} ${JSON.stringify(value)} ${patternHint(path)}`);
        break;
      case "minimum":
      case "maximum":
        add(path, `${place} ${String(value)} is out of range (${error.message ?? error.keyword})`);
        break;
      case "minLength":
        add(path, `${place} must not be empty`);
        break;
      case "minProperties":
        add(path, `${place} must not be empty: give at least one of its keys`);
        break;
      default:
        add(path, `${place} ${error.message ?? `fails the schema rule '${error.keyword}'`}`);
    }
  }
  return [...findings.values()];
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

const PLACE_NAMES: Record<string, string> = {
  strategy: "a strategy document", workplan: "a workplan document", deliverable: "a deliverable document",
  goal: "a goal or sub-goal", indicator: "an indicator", deliverableBody: "a deliverable", action: "an action",
  strategicApproach: "a strategic approach", box: "a box", stakeholder: "a stakeholder", item: "this item",
  link: "a link", source: "a source", period: "a period", altTitle: "an altTitles entry",
};

/** "unknown key" with the nearest allowed key at that place, or the list of allowed keys when none is near. */
function unknownKeyMessage(key: string, kind: DocumentKind, path: DocPath): string {
  const name = definitionAt(kind, path);
  const allowed = name ? validators.skeleton[name]?.keys : undefined;
  if (!allowed) return `unknown key '${key}'${suggestion(key, validators.propertyNames)}`;
  const place = PLACE_NAMES[name!] ? ` in ${PLACE_NAMES[name!]}` : "";
  const near = suggestion(key, allowed);
  return near ? `unknown key '${key}'${place}${near}` : `unknown key '${key}'${place}; allowed here: ${allowed.join(", ")}`;
}

function article(expected: string): string {
  const words = expected.replace("object", "mapping").replace("array", "list");
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}

function patternHint(path: DocPath): string {
  const last = path[path.length - 1];
  const field = typeof last === "number" ? path[path.length - 2] : last;
  if (field === "id") return "is not a valid id: use letters, digits, '.', '_' and '-', starting with a letter or digit";
  if (field === "start" || field === "end" || field === "published") return "is not a date: write YYYY, YYYY-MM or YYYY-MM-DD";
  return "is not a valid reference: write '<document-id>/<node-id>', or a bare '<node-id>' in the same document";
}
