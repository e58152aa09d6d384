import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../core/errors.js";

/**
 * The package's own folder (where the shipped plans and schemas live), found from this module's
 * location: the nearest package.json upward that declares the `ogp` binary. Keyed on the binary,
 * not the package name, so that the npm name can change without breaking this lookup.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin?: unknown }).bin;
        if (bin && typeof bin === "object" && "ogp" in bin) return dir;
      } catch {
        // not ours; keep looking upward
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the folder of the installed ogp package");
    dir = up;
  }
}

/** The Open Government Partnership's plans shipped with ogp: read only when asked for (`--examples`). */
export function examplePlansPath(): string {
  return path.join(packageRoot(), "plans");
}

/**
 * The paths to load when none are given: ./plans if the working directory has one. There is no
 * fallback: linting something other than the user's plans would be a false pass in CI.
 */
export function defaultPlanPaths(cwd = process.cwd()): string[] {
  if (existsSync(path.join(cwd, "plans"))) return ["plans"];
  throw new UsageError(
    "no plans to check: there is no ./plans folder here; " +
      "name the plan files or folders (ogp lint path/to/plans), start a plan repository with 'ogp init', " +
      "or try the shipped OGP examples with --examples",
  );
}
