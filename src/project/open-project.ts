import path from "node:path";
import { findingFrom } from "../core/messages.js";
import { cacheKey, ParseCache } from "../load/cache.js";
import { displayPath, expandPaths } from "../load/files.js";
import { unreadFile, type LoadedFile, type SchemaResult } from "../load/loaded-file.js";
import { INVALID_FILE_MESSAGES } from "../load/messages.js";
import { assembleChecked, type Project } from "./assemble.js";
import { loadPlanFile } from "./plan-formats.js";

export interface OpenOptions {
  /**
   * Keep what is fixed for a file's content in a cache file (`ogp lint --cache`); `configKey`
   * (of the effective config) joins the cache key. The caller saves it (`project.cache.save()`)
   * once positions have been asked, so that they are kept too.
   */
  cache?: { location: string; toolVersion: string; configKey?: string };
}

/**
 * Reads, parses and checks plan files, and builds their graph. The schema validators and the
 * parsers are loaded only when a file needs them: a run served wholly by the cache loads neither.
 */
export async function openProject(paths: readonly string[], cwd = process.cwd(), options: OpenOptions = {}): Promise<Project> {
  const unloadable: LoadedFile[] = [];
  const absolutePaths = await expandPaths(paths, cwd, (absolute, reason) => {
    const file = displayPath(absolute, cwd);
    unloadable.push(unreadFile({ file, absolutePath: absolute }, [findingFrom("invalid-file", INVALID_FILE_MESSAGES, reason, {}, { file, position: { line: 1, column: 1 } })]));
  });
  const cache = options.cache ? await ParseCache.open(path.resolve(cwd, options.cache.location), cacheKey(options.cache.toolVersion, options.cache.configKey)) : undefined;
  const files = await Promise.all(absolutePaths.map((p) => loadPlanFile(p, displayPath(p, cwd), cache)));
  const checked = await checkSchemas(files, cache);
  const project = assembleChecked([...files, ...unloadable], (file) => checked.get(file) ?? { findings: [] });
  if (cache) project.cache = cache;
  return project;
}

/** The schema check of each file the cache did not hold one for (kept in the cache for the next run); the validators are loaded only when a file needs them. */
async function checkSchemas(files: readonly LoadedFile[], cache: ParseCache | undefined): Promise<Map<string, SchemaResult>> {
  const checked = new Map<string, SchemaResult>();
  const unchecked = files.filter((f) => !f.schema && f.data !== undefined);
  if (unchecked.length === 0) return checked;
  const { validateDocument } = await import("../validate/validate.js");
  for (const file of unchecked) {
    const { kind, findings } = validateDocument(file.file, file.data);
    const schema: SchemaResult = { ...(kind ? { kind } : {}), findings };
    checked.set(file.file, schema);
    if (file.cacheEntry && cache) cache.recordSchema(file.cacheEntry, schema);
  }
  return checked;
}
