import { writeStderr } from "../core/stdout.js";
import { unloadedFiles, type Project } from "../project/assemble.js";

/** Names on stderr the files that are missing from the graph; true when there are any (exit 1). */
export function warnAboutUnloadedFiles(project: Project): boolean {
  const files = unloadedFiles(project);
  if (files.length === 0) return false;
  writeStderr(`ogp: ${files.length} file(s) could not be loaded and are missing from the graph: ${files.join(", ")} (run 'ogp lint' for details)\n`);
  return true;
}
