import type { ParseCache } from "../load/cache.js";
import type { PlanFormat, TextReader } from "../load/formats.js";
import { loadFile } from "../load/load-file.js";
import type { LoadedFile } from "../load/loaded-file.js";
import { YAML_FORMAT } from "../load/yaml-format.js";

// The formats plan files are read in, registered with the loader here, above both: the load
// layer knows YAML alone and never imports StratML.

type StratmlModule = typeof import("../stratml/load-stratml.js");
let stratml: StratmlModule | undefined;
/** The StratML import, loaded when the first .xml file is read. */
const stratmlModule = async (): Promise<StratmlModule> => (stratml ??= await import("../stratml/load-stratml.js"));

/** StratML files (.xml): decoded in the encoding the XML declares, read by the import `ogp import stratml` runs; never cached. */
export const STRATML_FORMAT: PlanFormat = {
  matches: (absolutePath) => /\.xml$/i.test(absolutePath),
  decode: async (name, bytes) => (await stratmlModule()).decodeStratml(name, bytes),
  reader: async (): Promise<TextReader> => (await stratmlModule()).STRATML_READER,
  loadedReader: () => stratml?.STRATML_READER,
  cacheable: false,
};

/** Every format a plan file may be in; a file in none of them (a single file named on the command line) is read as YAML. */
export const PLAN_FORMATS: readonly PlanFormat[] = [STRATML_FORMAT, YAML_FORMAT];

/** Reads and parses one plan file in its format; with a `cache`, a file whose content was parsed before is not parsed again. */
export function loadPlanFile(absolutePath: string, file: string, cache?: ParseCache): Promise<LoadedFile> {
  return loadFile({ file, absolutePath }, PLAN_FORMATS, cache);
}
