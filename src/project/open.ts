import type { Finding } from "../core/problem.js";
import { buildGraph, type GraphInput } from "../graph/build.js";
import type { PlanGraph } from "../graph/graph.js";
import path from "node:path";
import { cacheKey, ParseCache } from "../load/cache.js";
import { displayPath, expandPaths } from "../load/files.js";
import { loadFile, type LoadedFile } from "../load/load-file.js";
import { SourceIndex } from "../load/source-index.js";
import { findingFrom } from "../core/messages.js";
import { CAP_MESSAGES, INVALID_FILE_MESSAGES } from "../load/messages.js";
import { validateDocument, DOCUMENT_KINDS, type DocumentKind } from "../validate/validate.js";

/** Everything one load of a set of plan files yields: what lint, graph, show (and later coverage, diff) read. */
export interface Project {
  files: LoadedFile[];
  graph: PlanGraph;
  index: SourceIndex;
  /** Problems found while reading, parsing and validating files (before the graph). */
  findings: Finding[];
}

export interface OpenOptions {
  /** Keep parse results in a cache file (`ogp lint --cache`); `configHash` joins the cache key (issue 13's config). */
  cache?: { location: string; toolVersion: string; configHash?: string };
}

export async function openProject(paths: readonly string[], cwd = process.cwd(), options: OpenOptions = {}): Promise<Project> {
  const unloadable: LoadedFile[] = [];
  const absolutePaths = await expandPaths(paths, cwd, (absolute, reason) => {
    const file = displayPath(absolute, cwd);
    unloadable.push({ file, absolutePath: absolute, findings: [findingFrom("invalid-file", INVALID_FILE_MESSAGES, reason, {}, { file, position: { line: 1, column: 1 } })] });
  });
  const cache = options.cache ? await ParseCache.open(path.resolve(cwd, options.cache.location), cacheKey(options.cache.toolVersion, options.cache.configHash)) : undefined;
  const files = await Promise.all(absolutePaths.map((p) => loadFile(p, displayPath(p, cwd), cache)));
  await cache?.save().catch(() => undefined); // a cache that cannot be written costs speed only
  return assembleProject([...files, ...unloadable]);
}

/**
 * Problems from loading and the schema listed per file: past this, one more problem counts the
 * rest, so that one broken file (40,000 wrong list items) cannot flood the report or the run.
 */
export const MAX_FINDINGS_PER_FILE = 100;

function capped(file: string, found: readonly Finding[]): readonly Finding[] {
  if (found.length <= MAX_FINDINGS_PER_FILE) return found;
  const rest = found.length - MAX_FINDINGS_PER_FILE;
  const more = findingFrom(found[MAX_FINDINGS_PER_FILE]!.rule, CAP_MESSAGES, "moreProblems", { rest: rest.toLocaleString("en"), noun: rest === 1 ? "problem" : "problems", cap: MAX_FINDINGS_PER_FILE }, { file, position: { line: 1, column: 1 } });
  return [...found.slice(0, MAX_FINDINGS_PER_FILE), more];
}

/** Validates loaded files and builds the graph from them; separate from reading so tests and editors can pass text. */
export function assembleProject(files: LoadedFile[]): Project {
  const findings: Finding[] = [];
  const inputs: GraphInput[] = [];
  for (const file of files) {
    if (file.data === undefined) {
      for (const finding of capped(file.file, file.findings)) findings.push(finding);
      continue;
    }
    const result = validateDocument(file.file, file.data);
    // A loop, not push(...all): a spread of a million findings overflows the call stack.
    for (const finding of capped(file.file, [...file.findings, ...result.findings])) findings.push(finding);
    // Schema-invalid documents still join the graph when their kind is known, so that one typo
    // does not turn every reference to the document into a second, misleading problem.
    const kind = result.kind ?? kindOf(file.data);
    if (kind) inputs.push({ file: file.file, kind, data: file.data as Record<string, unknown> });
  }
  return { files, graph: buildGraph(inputs), index: new SourceIndex(files), findings };
}

function kindOf(data: unknown): DocumentKind | undefined {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return typeof kind === "string" && (DOCUMENT_KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : undefined;
}

/** Files that are not in the graph: unreadable as YAML, or not a plan. Graph and show work without them. */
export function unloadedFiles(project: Project): string[] {
  const inGraph = new Set([...project.graph.documents.values()].map((d) => d.file));
  return project.files.map((f) => f.file).filter((file) => !inGraph.has(file));
}
