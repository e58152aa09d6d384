import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package's own folder (where the shipped plans and schemas live), found from this module's location. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "ogp") return dir;
      } catch {
        // not ours; keep looking upward
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the ogp package folder");
    dir = up;
  }
}

/**
 * The paths to load when none are given: ./plans if the working directory has one,
 * else the plans shipped with ogp (the Open Government Partnership's own).
 */
export function defaultPlanPaths(cwd = process.cwd()): string[] {
  const local = path.join(cwd, "plans");
  if (existsSync(local)) return ["plans"];
  return [path.join(packageRoot(), "plans")];
}
