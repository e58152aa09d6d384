import { describe, expect, it } from "vitest";
import { fileSystemProblem, ioProblem } from "../../src/core/errors.js";
import { writeProblem } from "../../src/core/write-problem.js";

const failure = (code?: string) => Object.assign(new Error("failed"), code === undefined ? {} : { code });

describe("what a failed file-system call means to a user", () => {
  it.each([
    ["ENOENT", "no such file or directory", "its folder does not exist"],
    ["ENOTDIR", "no such file or directory", "its folder does not exist"],
    ["ELOOP", "symbolic link loop", "write failed (ELOOP)"],
    ["EACCES", "permission denied", "permission denied"],
    ["EPERM", "permission denied", "permission denied"],
    ["EISDIR", "is a directory", "is a directory"],
    ["EROFS", "cannot be read (EROFS)", "read-only file system"],
    ["ENOSPC", "cannot be read (ENOSPC)", "no space left on device"],
    ["EDQUOT", "cannot be read (EDQUOT)", "disk quota exceeded"],
    ["EBUSY", "cannot be read (EBUSY)", "write failed (EBUSY)"],
    [undefined, "cannot be read (unknown error)", "write failed (unknown error)"],
    // A code that is also a property of every object is no wording of the table.
    ["toString", "cannot be read (toString)", "write failed (toString)"],
  ])("%s: reading '%s', writing '%s'", (code, read, write) => {
    expect(ioProblem(failure(code))).toBe(read);
    expect(writeProblem(failure(code))).toBe(write);
    expect(fileSystemProblem(failure(code), "read")).toBe(read);
  });
});
