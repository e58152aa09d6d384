import { existsSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError, ioProblem } from "./errors.js";

/**
 * Writes a file whole or not at all (a temporary file beside it, then a rename), so a reader never
 * sees half a report and an interrupted run leaves the old file. Refuses to replace an existing
 * file unless `force`.
 */
export async function writeFileAtomically(file: string, text: string, { force = false, option = "--out" } = {}): Promise<void> {
  if (!force && existsSync(file)) throw new UsageError(`'${file}' already exists; pass --force to overwrite it, or choose another ${option}`);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(`cannot write '${file}': ${ioProblem(error)}`);
  }
}
