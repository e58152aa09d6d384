import { existsSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import { displayPath, expandPaths, isFile, walkFolder } from "../load/files.js";
import { findConfig, loadConfig, type ProjectConfig } from "./config.js";
import { examplePlansPath } from "./default-paths.js";
import { loadPicomatch, type Picomatch } from "./globs.js";

/** What the user asked to read. */
export interface PlanRequest {
  /** Paths named on the command line. */
  paths: readonly string[];
  /** --examples: the OGP plans shipped with ogp. */
  examples?: boolean;
  /** --config: this config file instead of the nearest ogp.config.yaml. */
  config?: string;
  /** false with --no-project: read only the named paths, even inside a project. */
  project?: boolean;
}

/** What to load, and what to report on. */
export interface ResolvedPlans {
  /** Paths to load (files, folders). */
  load: string[];
  /** Files to report on, as lint names them (relative to the working directory); undefined: all loaded. */
  reportOn?: Set<string>;
  config?: ProjectConfig;
}

/**
 * Decides which files make up the run. Inside a project (a config file, or a ./plans folder),
 * named files are reported on while the whole project is loaded for context, so a reference
 * into a file not named still resolves (a pre-commit hook passes only the changed files).
 * There is no fallback: with nothing named and no project, it is a usage error.
 */
export async function resolvePlans(request: PlanRequest, cwd = process.cwd()): Promise<ResolvedPlans> {
  if (request.examples) {
    if (request.paths.length > 0) throw new UsageError("--examples reads the shipped OGP plans: give either paths or --examples, not both");
    return { load: [examplePlansPath()] };
  }
  const configFile = request.config ?? findConfig(cwd);
  const config = configFile ? await loadConfig(configFile, cwd) : undefined;
  const projectPaths = config ? await configuredPlans(config, cwd) : existsSync(path.join(cwd, "plans")) ? ["plans"] : undefined;
  if (request.paths.length === 0) {
    if (!projectPaths) {
      throw new UsageError(
        "no plans to check: there is no ogp.config.yaml here or in a parent folder, and no ./plans folder; " +
          "name the plan files or folders (ogp lint path/to/plans), start a plan repository with 'ogp init', " +
          "or try the shipped OGP examples with --examples",
      );
    }
    return { load: projectPaths, config };
  }
  if (request.project === false || !projectPaths) return { load: [...request.paths], config };
  const named = await expandPaths(request.paths, cwd);
  // A named path the project already loads is loaded once ('ogp report plans' in a project of ./plans).
  const load = [...new Set([...projectPaths, ...request.paths].map((entry) => path.normalize(entry)))];
  return { load, reportOn: new Set(named.map((file) => displayPath(file, cwd))), config };
}

/** The config's `plans` entries as paths to load: globs expanded (each must match something), plain paths kept. */
async function configuredPlans(config: ProjectConfig, cwd: string): Promise<string[]> {
  const shown = displayPath(config.file, cwd);
  const paths: string[] = [];
  const picomatch = await loadPicomatch();
  for (const entry of config.plans) {
    if (!isDynamicPattern(entry, picomatch)) {
      const absolute = path.resolve(config.dir, entry);
      if (!existsSync(absolute)) throw new UsageError(`${shown}: plans: '${entry}' does not exist (paths are relative to the config file's folder)`);
      paths.push(path.relative(cwd, absolute) || ".");
      continue;
    }
    const matches = await globFiles(entry, config.dir, picomatch);
    if (matches.length === 0) throw new UsageError(`${shown}: plans: '${entry}' matches no files (globs are relative to the config file's folder)`);
    paths.push(...matches.sort().map((match) => path.relative(cwd, match)));
  }
  return paths;
}

/** Whether a config entry is a glob (rather than a path): `*`, `?`, `[...]`, `{a,b}`, `!(...)` and the like. */
function isDynamicPattern(entry: string, picomatch: Picomatch): boolean {
  return picomatch.scan(entry).isGlob;
}

/**
 * The files a glob matches under `dir` (absolute paths), as globby matched them: files only,
 * hidden names only where the pattern spells the dot, never inside node_modules or .git. The
 * walk starts at the pattern's fixed part (`plans` of `plans/**`) and is the loader's
 * own (walkFolder), so that one folder walker remains.
 */
async function globFiles(pattern: string, dir: string, picomatch: Picomatch): Promise<string[]> {
  if (pattern.startsWith("!")) return []; // a negation alone matches nothing, as in globby
  const isMatch = picomatch(pattern);
  const { base } = picomatch.scan(pattern);
  const start = path.resolve(dir, base);
  const relative = (full: string) => path.relative(dir, full).split(path.sep).join("/");
  const candidates = await walkFolder(start, {
    enter: (name) => name !== "node_modules" && name !== ".git",
    keep: (_, full) => isMatch(relative(full)),
  });
  const files: string[] = [];
  for (const candidate of candidates) if (isFile(candidate)) files.push(candidate);
  return files;
}
