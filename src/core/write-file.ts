import { promises as fsp } from "node:fs";
import path from "node:path";
import { crypto } from "./crypto.js";
import { UsageError } from "./errors.js";
import { writeProblem } from "./write-problem.js";

export { writeProblem };

// fs.promises is reached through `fsp` at the call, not imported by name: loading it costs about
// 2 ms, which a run that writes nothing (a warm `ogp lint --cache`) should not pay.

/**
 * Writes a file atomically, creating its folder if missing: the content goes to a temporary file beside the target, which then
 * takes the target's name in one step, so an interrupted run leaves the old file whole (or none).
 * Without `force` an existing file is never replaced: the temporary file is hard-linked to the
 * target name, which fails if the name exists, so even a file created meanwhile is safe.
 */
export async function writeFileAtomic(target: string, content: string, options: { force?: boolean; shown?: string } = {}): Promise<void> {
  const shown = options.shown ?? target;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto().randomBytes(4).toString("hex")}.tmp`);
  // The folder is created when missing ('--output reports/ogp.sarif' in a fresh checkout).
  await fsp.mkdir(path.dirname(target), { recursive: true }).catch(() => undefined);
  try {
    await fsp.writeFile(temporary, content, { flag: "wx" });
  } catch (error) {
    throw new UsageError(`${shown}: cannot write (${writeProblem(error)}); check that the folder exists and is writable`);
  }
  try {
    if (options.force) await fsp.rename(temporary, target);
    else {
      await fsp.link(temporary, target);
      await fsp.unlink(temporary);
    }
  } catch (error) {
    await fsp.unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(`${shown}: already exists; use --force to overwrite it`);
    throw new UsageError(`${shown}: cannot write (${writeProblem(error)})`);
  }
}
