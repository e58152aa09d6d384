import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
