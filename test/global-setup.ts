/**
 * Before any test file runs: rebuild dist/ when what it is built from changed since the last build.
 * The end-to-end tests run bin/ogp.js, which loads dist/, not src/; without this, `npx vitest run
 * test/x.test.ts` after an edit would test the previous build and pass or fail for the wrong reason.
 * The check compares modification times (as make does), so it costs little when dist/
 * is current (about 10 ms), and the build's three seconds only when it is not.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Written last by scripts/build.mjs, so its time is when the whole build finished. */
const BUILD_STAMP = path.join(ROOT, "dist/code-hashes.json");
/** What the build reads: the sources, the schemas it compiles into validators, the build itself, and the version. */
const BUILD_INPUTS = ["src", "schemas", "scripts/build.mjs", "package.json"];

/** The newest modification time under a file or folder (0 when it does not exist). */
export function newestChange(target: string): number {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

/** Why dist/ must be rebuilt before the tests, or undefined when it is current. */
export function staleReason(root: string = ROOT): string | undefined {
  const built = newestChange(path.join(root, path.relative(ROOT, BUILD_STAMP)));
  if (built === 0) return "dist/ is not built";
  const changed = BUILD_INPUTS.find((input) => newestChange(path.join(root, input)) > built);
  return changed === undefined ? undefined : `${changed} changed since the last build`;
}

export default function setup(): void {
  const reason = staleReason();
  if (reason === undefined) return;
  process.stderr.write(`ogp tests: ${reason}; building first (npm run build)\n`);
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build.mjs")], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
}
