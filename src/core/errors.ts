/** A mistake in how the command was called (bad option, missing path): exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Whether a failed file-system call was reading or writing: the same code can mean different things to the user. */
export type FileAccess = "read" | "write";

/**
 * What each error code of a failed file-system call means to a user, in a few words, reading or
 * writing (one wording for both where it is the same). A code without wording for the access is
 * named in the fallback ("cannot be read (EBUSY)").
 */
const ERRNO_WORDS: Readonly<Record<string, Readonly<Partial<Record<FileAccess, string>>>>> = {
  ENOENT: { read: "no such file or directory", write: "its folder does not exist" },
  ENOTDIR: { read: "no such file or directory", write: "its folder does not exist" },
  ELOOP: { read: "symbolic link loop" },
  EACCES: { read: "permission denied", write: "permission denied" },
  EPERM: { read: "permission denied", write: "permission denied" },
  EISDIR: { read: "is a directory", write: "is a directory" },
  EROFS: { write: "read-only file system" },
  ENOSPC: { write: "no space left on device" },
  EDQUOT: { write: "disk quota exceeded" },
};

const FALLBACK: Readonly<Record<FileAccess, string>> = { read: "cannot be read", write: "write failed" };

/** What a failed file-system call means to a user, in a few words. */
export function fileSystemProblem(error: unknown, access: FileAccess): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words = code !== undefined && Object.hasOwn(ERRNO_WORDS, code) ? ERRNO_WORDS[code]?.[access] : undefined;
  return words ?? `${FALLBACK[access]} (${code ?? "unknown error"})`;
}

/** What a failed read means to a user, in a few words. */
export function ioProblem(error: unknown): string {
  return fileSystemProblem(error, "read");
}
