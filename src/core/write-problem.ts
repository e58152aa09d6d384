// Kept apart from the writer, so that the CLI's wiring (which words write errors) loads no crypto.
import { fileSystemProblem } from "./errors.js";

/** What a failed write means to a user, in a few words (the wording is errors.ts's table, shared with reads). */
export function writeProblem(error: unknown): string {
  return fileSystemProblem(error, "write");
}
