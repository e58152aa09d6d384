import { stat } from "node:fs/promises";
import path from "node:path";
import { ioProblem, UsageError } from "../core/errors.js";

/**
 * Expands the paths a user gave into the plan files to load, in a stable order.
 * A missing path is a usage error (exit 2); a directory is searched for *.yaml, *.yml and StratML *.xml.
 */
export async function expandPaths(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw new UsageError(`${input}: ${ioProblem(error)}`);
    }
    if (info.isDirectory()) {
      const { globby } = await import("globby");
      const candidates = await globby(["**/*.yaml", "**/*.yml", "**/*.xml"], {
        cwd: absolute,
        absolute: true,
        // Folders (and links to folders) are not descended into through links, which rules out loops;
        // links to files are kept and checked below, so a linked plan is read like the file it points at.
        onlyFiles: false,
        followSymbolicLinks: false,
        caseSensitiveMatch: false,
        gitignore: false,
        ignore: ["**/node_modules/**", "**/.git/**"],
      });
      const matches: string[] = [];
      for (const candidate of candidates) {
        // A folder named x.yaml, a dangling link or a link loop is not a plan file: skip it.
        if (await stat(candidate).then((s) => s.isFile(), () => false)) matches.push(candidate);
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

/** The path shown to users and written into reports: relative to the working directory, with '/' separators. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  return relative.split(path.sep).join("/");
}
