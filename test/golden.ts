import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ROOT } from "./helpers.js";

/**
 * Compares output with a golden file under test/golden/. Run with UPDATE_GOLDEN=1 to rewrite
 * the files after an intended change, then review the diff before committing it.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(ROOT, "test/golden", name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npm test and commit it`);
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
