import type { Finding } from "../core/problem.js";
import { findingFrom } from "../core/messages.js";
import { buildGraph, type GraphInput } from "../graph/build.js";
import type { PlanGraph } from "../graph/graph.js";
import type { ParseCache } from "../load/cache.js";
import type { LoadedFile, SchemaResult } from "../load/loaded-file.js";
import { CAP_MESSAGES } from "../load/messages.js";
import { SourceIndex } from "../load/source-index.js";
import { DOCUMENT_KINDS, type DocumentKind } from "../validate/kinds.js";
import { itemAt } from "../core/item-at.js";

/** Everything one load of a set of plan files yields: what lint, graph, show (and later coverage, diff) read. */
export interface Project {
  files: LoadedFile[];
  graph: PlanGraph;
  index: SourceIndex;
  /** Problems found while reading, parsing and validating files (before the graph). */
  findings: Finding[];
  /** With `ogp lint --cache`: the cache the files came from, saved once the run has asked its positions. */
  cache?: ParseCache;
}

/** A file's schema check: the kind it was checked as (when known) and what it found. */
export type SchemaCheck = (file: string, data: unknown) => SchemaResult;

/**
 * Problems from loading and the schema listed per file: past this, one more problem counts the
 * rest, so that one broken file (40,000 wrong list items) cannot flood the report or the run.
 */
export const MAX_FINDINGS_PER_FILE = 100;

function capped(file: string, found: readonly Finding[]): readonly Finding[] {
  if (found.length <= MAX_FINDINGS_PER_FILE) return found;
  const rest = found.length - MAX_FINDINGS_PER_FILE;
  const more = findingFrom(itemAt(found, MAX_FINDINGS_PER_FILE).rule, CAP_MESSAGES, "moreProblems", { rest: rest.toLocaleString("en"), noun: rest === 1 ? "problem" : "problems", cap: MAX_FINDINGS_PER_FILE }, { file, position: { line: 1, column: 1 } });
  return [...found.slice(0, MAX_FINDINGS_PER_FILE), more];
}

/**
 * Builds the graph from loaded files: each file's schema result is its own (`LoadedFile.schema`,
 * from the cache) or `check`'s. Separate from reading so tests and editors can pass text.
 */
export function assembleChecked(files: LoadedFile[], check: SchemaCheck): Project {
  const findings: Finding[] = [];
  const members: { file: LoadedFile; kind?: string }[] = [];
  for (const file of files) {
    if (!file.hasData) {
      for (const finding of capped(file.file, file.findings)) findings.push(finding);
      continue;
    }
    const result = file.schema ?? check(file.file, file.data);
    // A loop, not push(...all): a spread of a million findings overflows the call stack.
    for (const finding of capped(file.file, [...file.findings, ...result.findings])) findings.push(finding);
    members.push({ file, ...(result.kind ? { kind: result.kind } : {}) });
  }
  // Built on first use: a warm `ogp lint --cache` over unchanged files reads neither the data nor the graph.
  let graph: PlanGraph | undefined;
  return {
    files,
    get graph() {
      return (graph ??= buildGraph(graphInputs(members)));
    },
    index: new SourceIndex(files),
    findings,
  };
}

/**
 * Schema-invalid documents still join the graph when their kind is known, so that one typo
 * does not turn every reference to the document into a second, misleading problem.
 */
function graphInputs(members: readonly { file: LoadedFile; kind?: string }[]): GraphInput[] {
  const inputs: GraphInput[] = [];
  for (const { file, kind: checked } of members) {
    const kind = kindOf(checked) ?? kindOf((file.data as { kind?: unknown } | null)?.kind);
    if (kind) inputs.push({ file: file.file, kind, data: file.data as Record<string, unknown> });
  }
  return inputs;
}

function kindOf(kind: unknown): DocumentKind | undefined {
  return typeof kind === "string" && (DOCUMENT_KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : undefined;
}

/** Files that are not in the graph: unreadable as YAML, or not a plan. Graph and show work without them. */
export function unloadedFiles(project: Project): string[] {
  const inGraph = new Set([...project.graph.documents.values()].map((d) => d.file));
  return project.files.map((f) => f.file).filter((file) => !inGraph.has(file));
}
