import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The date a report is "as of", so that the same plans give the same bytes (no clock): --date when
 * given; else SOURCE_DATE_EPOCH (reproducible builds' convention); else the date of the last git
 * commit that touched the plans; else none (outside git, the report shows no date).
 */
export async function asOfDate(paths: readonly string[], option: string | undefined, cwd = process.cwd()): Promise<string | undefined> {
  if (option) return option;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const { stdout } = await run("git", ["log", "-1", "--format=%cs", "--", ...paths], { cwd, encoding: "utf8" });
    return /^\d{4}-\d{2}-\d{2}$/.test(stdout.trim()) ? stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}
