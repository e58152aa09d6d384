import type { LoadedFile } from "../load/loaded-file.js";
import { validateDocument } from "../validate/validate.js";
import { assembleChecked, type Project } from "./assemble.js";

export { MAX_FINDINGS_PER_FILE, unloadedFiles, type Project } from "./assemble.js";
export { openProject, type OpenOptions } from "./open-project.js";

/** Validates loaded files and builds the graph from them; separate from reading so tests and editors can pass text. */
export function assembleProject(files: LoadedFile[]): Project {
  return assembleChecked(files, validateDocument);
}
