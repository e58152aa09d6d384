import type { ImportSummary } from "../stratml/import-summary.js";
import type { Formatter } from "./formatter.js";

const KIND_SUMMARY: Record<string, (n: number) => string> = {
  "dropped-empty": (n) => `${n} empty ${n === 1 ? "element" : "elements"} dropped`,
  "new-id": (n) => `${n} ${n === 1 ? "Identifier" : "Identifiers"} generated or not usable as ids (GUIDs, '_...'): replaced by readable ids (kind and sequence indicator, else name), kept for export`,
  "renamed-element": (n) => `${n} legacy ${n === 1 ? "name" : "names"} read as ISO names`,
  "kept-in-data": (n) => `${n} ${n === 1 ? "element" : "elements"} with no place in the plan model kept under data.stratml`,
  defaulted: (n) => `${n} required ${n === 1 ? "value" : "values"} filled in`,
};

/**
 * The import summary for a terminal: per file, what was written, every slip of the source at its
 * line:column (as lint shows them), and the routine changes counted with the elements concerned.
 */
export const formatImportText: Formatter<ImportSummary> = (report, { colors }) => {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error) {
      const where = file.error.line ? `:${file.error.line}:${file.error.column}` : "";
      lines.push(`${colors.underline(file.file)}${where}  ${colors.red("not imported")}  ${file.error.message}`, "");
      continue;
    }
    const d = file.document!;
    lines.push(`${colors.underline(file.file)}  ${file.version}  ->  ${file.output ?? "(not written)"}`);
    lines.push(`  strategy '${d.id}': ${d.goals} goals, ${d.objectives} objectives, ${d.indicators} indicators, ${d.stakeholders} stakeholders, ${d.values} values`);
    const problems = file.changes.filter((c) => c.problem);
    const width = Math.max(0, ...problems.map((c) => `${c.line}:${c.column}`.length));
    for (const change of problems) {
      lines.push(`  ${`${change.line}:${change.column}`.padEnd(width)}  ${colors.yellow("warning")}  ${change.message}  ${colors.dim(change.kind)}`);
      for (const related of change.related ?? []) lines.push(`  ${" ".repeat(width)}  ${colors.dim(`${related.line}:${related.column} ${related.message}`)}`);
    }
    const routine = new Map<string, Map<string, number>>();
    for (const change of file.changes.filter((c) => !c.problem)) {
      const byElement = routine.get(change.kind) ?? new Map<string, number>();
      byElement.set(change.element, (byElement.get(change.element) ?? 0) + 1);
      routine.set(change.kind, byElement);
    }
    for (const [kind, byElement] of routine) {
      const total = [...byElement.values()].reduce((a, b) => a + b, 0);
      const elements = [...byElement.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, n]) => `${name} ${n}`);
      const shown = elements.length > 6 ? [...elements.slice(0, 6), "..."] : elements;
      lines.push(`  ${colors.dim("-")} ${(KIND_SUMMARY[kind] ?? ((n: number) => `${n} ${kind}`))(total)} (${shown.join(", ")})`);
    }
    lines.push("");
  }
  const warnings = report.files.reduce((n, f) => n + f.changes.filter((c) => c.problem).length, 0);
  const summary = `${report.written} ${report.written === 1 ? "plan" : "plans"} written, ${warnings} ${warnings === 1 ? "slip" : "slips"} of the sources reported${report.failed ? `, ${report.failed} ${report.failed === 1 ? "file" : "files"} not imported` : ""}`;
  lines.push(report.failed ? colors.red(`✖ ${summary}`) : `✔ ${summary}`);
  lines.push("(--format json lists every change with its place)");
  return `${lines.join("\n")}\n`;
};
