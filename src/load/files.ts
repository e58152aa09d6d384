import { stat } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../core/errors.js";

const PLAN_FILE = /\.ya?ml$/i;

/**
 * Expands the paths a user gave into the plan files to load, in a stable order.
 * A missing path is a usage error (exit 2); a directory is searched for *.yaml and *.yml.
 */
export async function expandPaths(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ELOOP") throw new UsageError(`${input}: symbolic link loop`);
      throw new UsageError(`${input}: no such file or directory`);
    }
    if (info.isDirectory()) {
      const { globby } = await import("globby");
      const matches = await globby(["**/*.yaml", "**/*.yml"], {
        cwd: absolute,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        gitignore: false,
        ignore: ["**/node_modules/**", "**/.git/**"],
      });
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

export function isPlanFileName(name: string): boolean {
  return PLAN_FILE.test(name);
}

/** The path shown to users and written into reports: relative to the working directory, with '/' separators. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join("/");
}
