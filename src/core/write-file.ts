import { randomBytes } from "node:crypto";
import { link, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./errors.js";

/** What a failed write means to a user, in a few words. */
export function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "its folder does not exist";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EISDIR":
      return "is a directory";
    default:
      return `write failed (${code ?? "unknown error"})`;
  }
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, which then
 * takes the target's name in one step, so an interrupted run leaves the old file whole (or none).
 * Without `force` an existing file is never replaced: the temporary file is hard-linked to the
 * target name, which fails if the name exists, so even a file created meanwhile is safe.
 */
export async function writeFileAtomic(target: string, content: string, options: { force?: boolean; shown?: string } = {}): Promise<void> {
  const shown = options.shown ?? target;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, content, { flag: "wx" });
  } catch (error) {
    throw new UsageError(`${shown}: cannot write (${writeProblem(error)}); check that the folder exists and is writable`);
  }
  try {
    if (options.force) await rename(temporary, target);
    else {
      await link(temporary, target);
      await unlink(temporary);
    }
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(`${shown}: already exists; use --force to overwrite it`);
    throw new UsageError(`${shown}: cannot write (${writeProblem(error)})`);
  }
}
