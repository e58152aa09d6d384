import { nodeView } from "../../analyses/node-view.js";
import type { LintResult } from "../../lint/lint.js";
import type { Project } from "../../project/open.js";
import type { CoverageInput, DiffInput } from "./inputs.js";

// The data the report embeds as JSON: what its node panels, search and download buttons read.
// Kept lean for large plans: children and incoming links are not stored (the page derives them
// from `parent` and `links`), and a node's file is its document's.

export const REPORT_DATA_VERSION = 1;

export interface ReportDocument {
  id: string;
  kind: string;
  title?: string;
  status?: string;
  period?: { start?: string; end?: string };
  file: string;
}

export interface ReportNode {
  ref: string;
  document: string;
  type: string;
  label?: string;
  title?: string;
  description?: string;
  parent?: string;
  /** The line of the node in its document's file (1-based). */
  line: number;
}

export interface ReportLink {
  from: string;
  to: string;
  type: string;
  resolved: boolean;
  cite?: string;
}

export interface ReportFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

export interface ReportData {
  schemaVersion: number;
  tool: { name: "ogp"; version: string };
  documents: ReportDocument[];
  nodes: ReportNode[];
  /** Every link but containment (which is `parent`). */
  links: ReportLink[];
  findings: ReportFinding[];
  coverage: CoverageInput;
  diff?: DiffInput;
}

export function reportData(project: Project, lint: LintResult, coverage: CoverageInput, diff: DiffInput | undefined, version: string): ReportData {
  const { graph } = project;
  const documents: ReportDocument[] = [...graph.documents.values()].map((d) => ({
    id: d.id,
    kind: d.kind,
    ...(d.title ? { title: d.title } : {}),
    ...(d.status ? { status: d.status } : {}),
    ...(d.period ? { period: { ...d.period } } : {}),
    file: d.file,
  }));
  const nodes: ReportNode[] = [];
  const links: ReportLink[] = [];
  for (const document of graph.documents.values()) {
    for (const node of document.nodes) {
      // The node view is what `ogp show` prints: the panel shows the same text, place and links.
      const view = nodeView(project, node.ref);
      nodes.push({
        ref: node.ref,
        document: node.document,
        type: node.type,
        ...(node.label ? { label: node.label } : {}),
        ...(node.title ? { title: node.title } : {}),
        ...(view.node.description ? { description: view.node.description } : {}),
        ...(view.parent ? { parent: view.parent.ref } : {}),
        line: view.node.line,
      });
      for (const link of view.outgoing) links.push({ from: node.ref, to: link.ref, type: link.type, resolved: link.resolved, ...(link.cite ? { cite: link.cite } : {}) });
    }
  }
  const findings = lint.problems.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }));
  return { schemaVersion: REPORT_DATA_VERSION, tool: { name: "ogp", version }, documents, nodes, links, findings, coverage, ...(diff ? { diff } : {}) };
}
