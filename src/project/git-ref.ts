import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { UsageError } from "../core/errors.js";
import { PLAN_NAME } from "../load/files.js";
import { loadBytes } from "../load/load-file.js";
import type { LoadedFile } from "../load/loaded-file.js";
import { PLAN_FORMATS } from "./plan-formats.js";
import { assembleProject, type Project } from "./open.js";

// Plans as they were at a git revision, read with git itself (ls-tree, cat-file), so the working
// tree, the index and HEAD are never touched: what coverage's --baseline, diff's --git and
// `<ref>:<path>` arguments read.

const run = promisify(execFile);

/** Loads the plan files under `paths` (relative to `cwd`) as they are at `ref`; files are shown as '<ref>:<path>'. */
export async function openProjectAtRef(ref: string, paths: readonly string[], cwd = process.cwd()): Promise<Project> {
  return assembleProject(await loadFilesAtRef(ref, paths, cwd));
}

/** The plan files under `paths` at `ref`, parsed. A ref git does not know, or no plan file there, is a usage error. */
export async function loadFilesAtRef(ref: string, paths: readonly string[], cwd = process.cwd()): Promise<LoadedFile[]> {
  await git(["rev-parse", "--show-toplevel"], cwd, () => `${cwd}: not inside a git repository, so '${ref}' cannot be read`);
  const commit = (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd, () => `'${ref}': no such git revision (a branch, tag or commit)`)).trim();
  const listed = await git(["ls-tree", "-r", "-z", "--name-only", commit, "--", ...(paths.length > 0 ? paths : ["."])], cwd, () => `cannot list the files of '${ref}'`);
  const names = listed.split("\0").filter((name) => name && PLAN_NAME.test(name) && !/(^|\/)(node_modules|\.git)\//.test(name));
  // A single file named on the command line is read whatever its extension, as on disk.
  if (names.length === 0 && paths.length === 1 && !PLAN_NAME.test(paths[0] ?? "")) {
    const exact = listed.split("\0").filter(Boolean);
    const [onlyFile] = exact;
    if (exact.length === 1 && onlyFile) names.push(onlyFile);
  }
  if (names.length === 0) throw new UsageError(`'${ref}': no plan files (*.yaml, *.yml, StratML *.xml) at ${paths.length > 0 ? paths.join(", ") : "the top of the repository"}`);
  names.sort();
  const blobs = await catFiles(commit, names, cwd);
  // Read as a file on disk is: in its format by extension (StratML for .xml), within the size limit.
  return Promise.all(names.map((name, i) => {
    const file = `${ref}:${name}`;
    return loadBytes({ file, absolutePath: file }, blobs[i]!, PLAN_FORMATS);
  }));
}

async function git(args: string[], cwd: string, explain: () => string): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("git is not installed, and reading plans at a revision needs it");
    throw new UsageError(explain());
  }
}

/** Reads many blobs through one `git cat-file --batch` process (one `git show` per file would cost a process each). */
function catFiles(commit: string, names: readonly string[], cwd: string): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => {
      if (code !== 0) return reject(new UsageError(`git cat-file failed reading '${commit}'`));
      const out = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
      let offset = 0;
      for (const name of names) {
        const newline = out.indexOf(10, offset);
        const header = out.subarray(offset, newline).toString("utf8");
        const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!match) return reject(new UsageError(`cannot read '${name}' at '${commit}' (${header})`));
        const size = Number(match[1]);
        blobs.push(out.subarray(newline + 1, newline + 1 + size));
        offset = newline + 1 + size + 1; // the blob is followed by a newline
      }
      resolve(blobs);
    });
    // "./" makes git read the path relative to the working directory, as ls-tree listed it.
    child.stdin.end(names.map((name) => `${commit}:./${name}\n`).join(""));
  });
}
