import type picomatch from "picomatch";

/** picomatch's matcher factory (with `scan`). */
export type Picomatch = typeof picomatch;

/**
 * picomatch, loaded when a config asks for globs (its plans or overrides): about 60 KB of code
 * that a run without a config (a warm `ogp lint --cache` over ./plans) then never compiles.
 */
export async function loadPicomatch(): Promise<Picomatch> {
  return (await import("picomatch")).default;
}
