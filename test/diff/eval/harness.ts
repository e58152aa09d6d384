import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import type { DiffSide } from "../../../src/diff/model.js";
import type { LoadedFile } from "../../../src/load/loaded-file.js";
import { parseText } from "../../../src/load/parse-text.js";
import { assembleProject, type Project } from "../../../src/project/open.js";
import { importStratml } from "../../../src/stratml/import.js";

// Builds the two sides of an evaluation case from plan texts, the shipped plans or StratML files,
// optionally with the new side's ids scrambled and its derivedFrom links dropped, so that every
// pair has to be found by meaning (the scrambling lives here, never in plans/).

/** The repository; OGP_EVAL_ROOT when this code runs bundled elsewhere (bench/diff-eval.mjs). */
export const ROOT = process.env.OGP_EVAL_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** This folder: truths, fixtures, floors. */
export const EVAL_DIR = path.join(ROOT, "test/diff/eval");
export const SHARED = path.resolve(ROOT, "../shared");

export interface EvalCase {
  name: string;
  oldSide: DiffSide;
  newSide: DiffSide;
  /** The new side's ids as the truth names them -> as the diff sees them (the identity when not scrambled). */
  newId: (id: string) => string;
  /** A new side's ref as the truth names it (undoes the scrambling), for reading misses. */
  readable: (ref: string) => string;
}

/** A plan document as data: a shipped plan by path under the repository, or a StratML file imported. */
export function planData(file: string): Record<string, unknown> {
  const absolute = path.isAbsolute(file) ? file : path.join(ROOT, file);
  const text = readFileSync(absolute, "utf8");
  if (absolute.endsWith(".xml")) return importStratml(text, path.basename(absolute)).data;
  return parse(text) as Record<string, unknown>;
}

export function projectOf(files: Record<string, unknown>): Project {
  const loaded: LoadedFile[] = Object.entries(files).map(([file, data]) => parseText({ file, absolutePath: file }, stringify(data, { lineWidth: 0 })));
  return assembleProject(loaded);
}

export function sideOf(project: Project, documentId: string): DiffSide {
  const document = project.graph.document(documentId);
  if (!document) throw new Error(`no document '${documentId}' in the evaluation case`);
  return { graph: project.graph, name: documentId, documents: [document] };
}

/** A stable meaningless id for an id: the same input always scrambles the same. */
export function scrambledId(id: string): string {
  return `n${createHash("sha1").update(id).digest("hex").slice(0, 10)}`;
}

/**
 * The document with every node id renamed (references inside it follow) and every derivedFrom
 * link dropped. The document's own id is kept: a two-document diff pairs the documents anyway.
 */
export function scrambled(document: Record<string, unknown>): { data: Record<string, unknown>; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const collect = (value: unknown, top: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item) => collect(item, false));
    if (!value || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (!top && typeof record.id === "string") ids.set(record.id, scrambledId(record.id));
    for (const [key, child] of Object.entries(record)) if (key !== "data") collect(child, false);
  };
  collect(document, true);
  const docId = String(document.id);
  const mapRef = (ref: string): string => {
    if (ids.has(ref)) return ids.get(ref)!;
    const [doc, id] = ref.split("/");
    return doc === docId && id !== undefined && ids.has(id) ? `${doc}/${ids.get(id)}` : ref;
  };
  const rewrite = (value: unknown, top: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, false));
    if (!value || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === "derivedFrom") continue;
      if (key === "id" && !top && typeof child === "string") out[key] = ids.get(child) ?? child;
      else if (key === "ref" && typeof child === "string") out[key] = mapRef(child);
      else if (key === "data") out[key] = child;
      else out[key] = rewrite(child, false);
    }
    return out;
  };
  return { data: rewrite(document, true) as Record<string, unknown>, ids };
}

/** A case from two plan documents (data), the new one scrambled when asked. */
export function caseOf(name: string, oldData: Record<string, unknown>, newData: Record<string, unknown>, scramble: boolean): EvalCase {
  const { data, ids } = scramble ? scrambled(newData) : { data: newData, ids: new Map<string, string>() };
  if (oldData.id === newData.id) throw new Error(`case '${name}': both sides are document '${String(oldData.id)}'; give the new side another id`);
  const project = projectOf({ "old.yaml": oldData, "new.yaml": data });
  const back = new Map([...ids].map(([original, scrambledTo]) => [scrambledTo, original]));
  const readable = (ref: string) => ref.replace(/[^/]+$/, (id) => back.get(id) ?? id);
  return { name, oldSide: sideOf(project, String(oldData.id)), newSide: sideOf(project, String(newData.id)), newId: (id) => ids.get(id) ?? id, readable };
}
