/** A mistake in how the command was called (bad option, missing path): exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** What a failed file-system call means to a user, in a few words. */
export function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file or directory";
    case "ELOOP":
      return "symbolic link loop";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return `cannot be read (${code ?? "unknown error"})`;
  }
}
