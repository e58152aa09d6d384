import { rename, unlink, writeFile } from "node:fs/promises";
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
 * Writes a file whole or not at all: a temporary file beside it, renamed over it once complete,
 * so a reader (or a CI step uploading it) never sees half a report. A failure is a usage error
 * in one line (exit 2), and the temporary file is removed.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(`cannot write ${file}: ${writeProblem(error)}`);
  }
}
