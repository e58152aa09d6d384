import type { Location } from "../core/problem.js";
import type { SourceIndex } from "./source-index.js";

/**
 * Loads what resolving `locations` needs before positions are resolved: a file served by the
 * cache holds the positions its findings had when the cache was filled, and a location it does
 * not hold (a graph check found something new in it) is resolved by its format's reader, which
 * is loaded first (`LoadedFile.preparePosition`).
 */
export async function preparePositions(index: SourceIndex, locations: readonly Location[]): Promise<void> {
  for (const at of locations) {
    if (at.position || !at.path) continue;
    const pending = index.file(at.file)?.preparePosition?.(at.path, at.atKey ?? false);
    if (pending) {
      await pending;
      return;
    }
  }
}
