import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ioProblem, UsageError } from "../core/errors.js";

// Synchronous calls: node:fs/promises costs about 2 ms to load, a warm `ogp lint --cache` spends
// under 40 ms over Node's own start-up, and a folder search is a few small calls.

/** Called for a file the search found but cannot load: its name, as well as it can be shown, and why. */
export type OnUnloadable = (absolutePath: string, reason: "nonUtf8Name") => void;

/**
 * Expands the paths a user gave into the plan files to load, in a stable order.
 * A missing path is a usage error (exit 2); a directory is searched for *.yaml, *.yml and StratML *.xml
 * (any case), skipping hidden files and folders (names starting with '.') and node_modules.
 * A plan file whose name is not valid UTF-8 goes to `onUnloadable`, never skipped in silence.
 */
export async function expandPaths(inputs: readonly string[], cwd = process.cwd(), onUnloadable?: OnUnloadable): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw new UsageError(`${input}: ${ioProblem(error)}`);
    }
    if (info.isDirectory()) {
      const candidates = await searchFolder(absolute, onUnloadable);
      const matches: string[] = [];
      for (const candidate of candidates) {
        // A folder named x.yaml, a dangling link or a link loop is not a plan file: skip it.
        if (isFile(candidate)) matches.push(candidate);
      }
      if (matches.length === 0) throw new UsageError(`${input}: no plan files (*.yaml, *.yml, StratML *.xml) in this directory`);
      matches.sort();
      for (const match of matches) found.add(path.normalize(match));
    } else if (info.isFile()) {
      // A file named on the command line is linted whatever its extension: the user asked for it.
      found.add(absolute);
    } else {
      throw new UsageError(`${input}: not a regular file or directory`);
    }
  }
  return [...found];
}

/** Whether a path is a file (through links): not a folder, a dangling link or a link loop. */
export function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** A plan file's name, as a folder is searched for them (on disk and at a git revision): *.yaml, *.yml and StratML *.xml. */
export const PLAN_NAME = /\.(ya?ml|xml)$/i;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The plan-file candidates under a folder: hidden files and folders and node_modules are skipped,
 * a plan name that is not UTF-8 goes to `onUnloadable`.
 */
function searchFolder(root: string, onUnloadable?: OnUnloadable): Promise<string[]> {
  return walkFolder(root, {
    enter: (name) => !name.startsWith(".") && name !== "node_modules",
    keep: (name) => !name.startsWith(".") && PLAN_NAME.test(name),
    onNonUtf8Name: (shown) => {
      if (PLAN_NAME.test(shown)) onUnloadable?.(shown, "nonUtf8Name");
    },
  });
}

/**
 * The one folder walker (plan folders, and the config's globs: src/project/resolve.ts), by Node's
 * own readdir (globby cost about 36 ms of import and search). Folders are not entered through
 * links, which rules out loops; links are offered to `keep` like files, so a linked plan is read
 * like the file it points at (callers check that what they keep is a file). A folder that cannot
 * be read is left out.
 */
export async function walkFolder(
  root: string,
  options: {
    /** Whether to enter a folder (its name, its full path). */
    enter: (name: string, full: string) => boolean;
    /** Whether to keep a file (or link). */
    keep: (name: string, full: string) => boolean;
    /** A name that is not valid UTF-8, as well as it can be shown (full path): never skipped in silence. */
    onNonUtf8Name?: (shown: string) => void;
  },
): Promise<string[]> {
  const found: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries;
    try {
      // Names as bytes, so a name that is not UTF-8 is seen as such rather than silently mangled.
      entries = readdirSync(folder, { withFileTypes: true, encoding: "buffer" });
    } catch {
      continue; // a folder we may not read is left out, as globby did
    }
    for (const entry of entries) {
      const bytes = entry.name as unknown as Buffer;
      let name: string;
      try {
        name = utf8.decode(bytes);
      } catch {
        options.onNonUtf8Name?.(path.join(folder, new TextDecoder("utf-8").decode(bytes)));
        continue;
      }
      const full = path.join(folder, name);
      if (entry.isDirectory()) {
        if (options.enter(name, full)) folders.push(full);
      } else if (options.keep(name, full)) found.push(full);
    }
  }
  return found;
}

/** The path shown to users and written into reports: relative to the working directory, with '/' separators. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join("/");
}
