// The library entry: what an editor server, a CI integration or a later command builds on.
// One load (openProject or assembleProject) gives the graph and the source index; analyses read the graph.
export { openProject, assembleProject, type Project } from "./project/open.js";
// loadFile: one plan file read in its format (YAML or StratML), as the commands read it.
export { loadPlanFile as loadFile } from "./project/plan-formats.js";
export type { FileName, LoadedFile } from "./load/loaded-file.js";
export { parseText } from "./load/parse-text.js";
export { SourceIndex } from "./load/source-index.js";
export { validateDocument, type PlanDocumentData, type ValidationResult } from "./validate/validate.js";
export { buildGraph, type GraphInput } from "./graph/build.js";
export { PlanGraph } from "./graph/graph.js";
export type { Edge, EdgeType, NodeType, PlanDocument, PlanNode } from "./graph/model.js";
export { lint, type LintResult } from "./lint/lint.js";
export { RULES } from "./lint/rules.js";
export type { Rule } from "./lint/rule.js";
export { graphView, type GraphView } from "./analyses/graph-view.js";
export { nodeView, type NodeView } from "./analyses/node-view.js";
export { analyseCoverage, type CoverageOptions } from "./coverage/analyse.js";
export type { CoverageReport, CoverageResult, CoverageRow, MappedPair, RowStatus } from "./coverage/model.js";
export { lineagePairs, VersionMap, type PairedBy, type VersionPair } from "./graph/versions.js";
export { coverageVersions } from "./pairing/coverage-versions.js";
export type { Finding, Location, Position, Problem, Severity } from "./core/problem.js";
export type * from "./generated/plan-types.js";
export { importStratml, type StratmlImport } from "./stratml/import.js";
export { exportStratml, type StratmlExport, type StratmlPart } from "./stratml/export.js";
export { exportWorkplanStratml } from "./stratml/export-workplan.js";
export { loadStratmlText } from "./stratml/load-stratml.js";
export { diff, type DiffOptions } from "./diff/diff.js";
export type { Change, DiffResult, DiffSide } from "./diff/model.js";
export { buildReport, type HtmlReportOptions, type ReportAnalyses } from "./formatters/html/build.js";
export type { CoverageInput } from "./formatters/html/inputs.js";
