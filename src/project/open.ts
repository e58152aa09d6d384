import type { Finding } from "../core/problem.js";
import { buildGraph, type GraphInput } from "../graph/build.js";
import type { PlanGraph } from "../graph/graph.js";
import { displayPath, expandPaths } from "../load/files.js";
import { loadFile, type LoadedFile } from "../load/load-file.js";
import { SourceIndex } from "../load/source-index.js";
import { validateDocument, DOCUMENT_KINDS, type DocumentKind } from "../validate/validate.js";

/** Everything one load of a set of plan files yields: what lint, graph, show (and later coverage, diff) read. */
export interface Project {
  files: LoadedFile[];
  graph: PlanGraph;
  index: SourceIndex;
  /** Problems found while reading, parsing and validating files (before the graph). */
  findings: Finding[];
}

export async function openProject(paths: readonly string[], cwd = process.cwd()): Promise<Project> {
  const absolutePaths = await expandPaths(paths, cwd);
  const files = await Promise.all(absolutePaths.map((p) => loadFile(p, displayPath(p, cwd))));
  return assembleProject(files);
}

/** Validates loaded files and builds the graph from them; separate from reading so tests and editors can pass text. */
export function assembleProject(files: LoadedFile[]): Project {
  const findings: Finding[] = [];
  const inputs: GraphInput[] = [];
  for (const file of files) {
    findings.push(...file.findings);
    if (file.data === undefined) continue;
    const result = validateDocument(file.file, file.data);
    findings.push(...result.findings);
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
