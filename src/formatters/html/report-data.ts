import { nodeView } from "../../analyses/node-view.js";
import type { Problem } from "../../core/problem.js";
import type { LintResult } from "../../lint/lint.js";
import type { Project } from "../../project/open.js";
import type { DiffResult } from "../../diff/model.js";
import type { CoverageInput, CoverageReport, CoverageVia } from "./inputs.js";
import { itemAt } from "../../core/item-at.js";

// The data the report embeds as JSON: what its node panels, search and download buttons read.
// Compact, so that a 10,000-deliverable plan stays within the size budget: one row (an array) per
// node and per link, node references as indexes, and coverage naming deliverables by reference
// only (their labels and titles are in `nodes`). The page's JSON download expands it into plain
// objects. The same plans give the same rows in the same order.

export const REPORT_DATA_VERSION = 1;

export interface ReportDocument {
  id: string;
  kind: string;
  title?: string;
  status?: string;
  period?: { start?: string; end?: string };
  file: string;
}

/**
 * A node as a row: [document index, id within the document ("" for a deliverable document's own
 * node), type index (into `types`), label, title, parent node index (-1 for none), line in the file, description?].
 */
export type NodeRow = [number, string, number, string, string, number, number, string?];

/** A link as a row: [from node index, to node index (or the reference as written when it names no node), type, cite?]. */
export type LinkRow = [number, number | string, string, string?];

/** A lint problem without its end position and related places. */
export type ReportFinding = Pick<Problem, "file" | "line" | "column" | "severity" | "rule" | "message">;

/** A deliverable as embedded coverage names it: its node index (or reference, when it is no node of the graph). */
export type NodeKey = number | string;

/** Coverage as embedded: the contract's shape with each deliverable reduced to [node, path] (its label and title are in `nodes`). */
export interface EmbeddedCoverageReport extends Omit<CoverageReport, "rows" | "unlinked"> {
  rows: (Omit<CoverageReport["rows"][number], "deliverables"> & { deliverables: [NodeKey, CoverageVia][] })[];
  unlinked: NodeKey[];
}

export interface ReportData {
  schemaVersion: number;
  tool: { name: "ogp"; version: string };
  documents: ReportDocument[];
  /** The node types that occur, in order of first occurrence (nodes name theirs by index). */
  types: string[];
  nodes: NodeRow[];
  /** Every link but containment (which is the parent column). */
  links: LinkRow[];
  findings: ReportFinding[];
  coverage: { reports: EmbeddedCoverageReport[] };
  /** The semantic diff, as `ogp diff --format json` gives it (without its schemaVersion and tool). */
  diff?: DiffResult;
}

export function reportData(project: Project, lint: LintResult, coverage: CoverageInput, diff: DiffResult | undefined, version: string): ReportData {
  const { graph } = project;
  const documentIndex = new Map<string, number>();
  const documents: ReportDocument[] = [...graph.documents.values()].map((d, i) => {
    documentIndex.set(d.id, i);
    return { id: d.id, kind: d.kind, ...(d.title ? { title: d.title } : {}), ...(d.status ? { status: d.status } : {}), ...(d.period ? { period: { ...d.period } } : {}), file: d.file };
  });
  const nodeIndex = new Map<string, number>();
  for (const document of graph.documents.values()) for (const node of document.nodes) nodeIndex.set(node.ref, nodeIndex.size);
  const types: string[] = [];
  const typeIndex = (type: string) => {
    if (!types.includes(type)) types.push(type);
    return types.indexOf(type);
  };
  const nodes: NodeRow[] = [];
  const links: LinkRow[] = [];
  for (const document of graph.documents.values()) {
    for (const node of document.nodes) {
      // The node view is what `ogp show` prints: the panel shows the same text, place and links.
      const view = nodeView(project, node.ref);
      const id = node.ref === document.id ? "" : node.ref.slice(document.id.length + 1);
      const row: NodeRow = [documentIndex.get(document.id)!, id, typeIndex(node.type), node.label ?? "", node.title ?? "", view.parent ? nodeIndex.get(view.parent.ref)! : -1, view.node.line];
      if (view.node.description) row.push(view.node.description);
      nodes.push(row);
      const from = nodeIndex.get(node.ref)!;
      for (const link of view.outgoing) {
        const row: LinkRow = [from, link.resolved && nodeIndex.has(link.ref) ? nodeIndex.get(link.ref)! : link.ref, link.type];
        if (link.cite) row.push(link.cite);
        links.push(row);
      }
    }
  }
  const findings = lint.problems.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
  return { schemaVersion: REPORT_DATA_VERSION, tool: { name: "ogp", version }, documents, types, nodes, links, findings, coverage: embedCoverage(coverage, (ref) => nodeIndex.get(ref) ?? ref), ...(diff ? { diff } : {}) };
}

function embedCoverage(coverage: CoverageInput, key: (ref: string) => NodeKey): ReportData["coverage"] {
  return {
    reports: coverage.reports.map((r) => ({
      workplan: r.workplan,
      strategy: r.strategy,
      rows: r.rows.map(({ ref, label, title, level, status, deliverables }) => ({ ref, ...(label ? { label } : {}), ...(title ? { title } : {}), level, status, deliverables: deliverables.map((d): [NodeKey, CoverageVia] => [key(d.ref), d.via]) })),
      unlinked: r.unlinked.map((d) => key(d.ref)),
      summary: { ...r.summary },
    })),
  };
}

/** The reference of a node row, as the graph names it. */
export function refOf(data: ReportData, row: NodeRow): string {
  const document = itemAt(data.documents, row[0]).id;
  return row[1] ? `${document}/${row[1]}` : document;
}

/** The data as JSON, one node or link per line, so that two reports diff line by line. */
export function serializeReportData(data: ReportData): string {
  const rows = (list: readonly unknown[]) => (list.length ? `[\n${list.map((row) => JSON.stringify(row)).join(",\n")}\n]` : "[]");
  const parts = Object.entries(data).map(([key, value]) => `${JSON.stringify(key)}:${key === "nodes" || key === "links" ? rows(value as unknown[]) : JSON.stringify(value)}`);
  return `{${parts.join(",\n")}}`;
}
