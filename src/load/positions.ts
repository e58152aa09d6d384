import type { Location } from "../core/problem.js";
import { loadParser, needsParser } from "./load-file.js";
import type { SourceIndex } from "./source-index.js";

/**
 * Loads the parser before positions are resolved when one of `locations` needs it: a file served
 * by the cache holds the positions its findings had when the cache was filled, and a location it
 * does not hold (a graph check found something new in it) is resolved by parsing the file.
 */
export async function preparePositions(index: SourceIndex, locations: readonly Location[]): Promise<void> {
  for (const at of locations) {
    if (at.position || !at.path) continue;
    const file = index.file(at.file);
    if (file && needsParser(file, at.path, at.atKey ?? false)) {
      await loadParser();
      return;
    }
  }
}
