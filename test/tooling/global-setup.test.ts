/** The check that keeps end-to-end tests from running a stale dist/ (test/global-setup.ts). */
import { utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staleReason } from "../global-setup.js";
import { tempDirsRemovedAfterAll } from "../helpers.js";

const tempDir = tempDirsRemovedAfterAll();

/** A checkout with a build stamp and one source file, each given its modification time in seconds. */
function checkout(times: { built?: number; source: number; schema?: number }): string {
  const files: Record<string, string> = { "src/cli/main.ts": "", "schemas/common.schema.json": "{}", "scripts/build.mjs": "", "package.json": "{}" };
  if (times.built !== undefined) files["dist/code-hashes.json"] = "{}";
  const root = tempDir(files);
  const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
  for (const file of Object.keys(files)) at(file, 1_000);
  for (const folder of ["src", "src/cli", "schemas", "scripts"]) at(folder, 1_000);
  at("src/cli/main.ts", times.source);
  if (times.schema !== undefined) at("schemas/common.schema.json", times.schema);
  if (times.built !== undefined) at("dist/code-hashes.json", times.built);
  return root;
}

describe("staleReason", () => {
  it("asks for a build when dist/ was never built", () => {
    expect(staleReason(checkout({ source: 1_000 }))).toBe("dist/ is not built");
  });

  it("is satisfied when the build is newer than every input", () => {
    expect(staleReason(checkout({ built: 2_000, source: 1_500, schema: 1_500 }))).toBeUndefined();
  });

  it("names the sources when a file deep in src/ changed after the build", () => {
    expect(staleReason(checkout({ built: 2_000, source: 2_500 }))).toBe("src changed since the last build");
  });

  it("names the schemas when one changed after the build (they are compiled into validators)", () => {
    expect(staleReason(checkout({ built: 2_000, source: 1_500, schema: 2_500 }))).toBe("schemas changed since the last build");
  });
});
