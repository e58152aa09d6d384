/** A mistake in how the command was called (bad option, missing path): exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
