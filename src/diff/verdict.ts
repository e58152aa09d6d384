import type { DiffResult } from "./model.js";

export type FailOn = "breaking" | "suspect" | "any";

/**
 * Whether the run fails: `--fail-on breaking` on an ERR change, `suspect` on ERR or WARN (oasdiff's
 * --fail-on WARN includes ERR), `any` or `--exit-code` (as git diff) on any change at all.
 */
export function diffFails(result: DiffResult, failOn: FailOn | undefined, exitCode: boolean): boolean {
  if (exitCode || failOn === "any") return result.changes.length > 0;
  if (failOn === "breaking") return result.changes.some((c) => c.breaking);
  if (failOn === "suspect") return result.changes.some((c) => c.breaking || c.suspect);
  return false;
}
