import type { Project } from "../project/open.js";

const UNLOADED = new Set(["invalid-file", "yaml-syntax", "yaml-duplicate-key", "not-a-plan"]);

/** Graph and show work on what could be loaded; files that could not be are named on stderr (exit 1). */
export function warnAboutUnloadedFiles(project: Project): boolean {
  const files = [...new Set(project.findings.filter((f) => UNLOADED.has(f.rule)).map((f) => f.at.file))];
  if (files.length === 0) return false;
  process.stderr.write(`ogp: ${files.length} file(s) could not be loaded and are missing from the graph: ${files.join(", ")} (run 'ogp lint' for details)\n`);
  return true;
}
