import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { LIMITS, maxFileBytes } from "../../src/load/limits.js";
import { runOgp, STRATEGY, tempDir } from "../helpers.js";

describe("the size limit of a plan file (OGP_MAX_FILE_SIZE)", () => {
  it("is LIMITS.maxBytes unless the variable gives a size, in bytes or with KiB or MiB", () => {
    expect(maxFileBytes({})).toBe(LIMITS.maxBytes);
    expect(maxFileBytes({ OGP_MAX_FILE_SIZE: "" })).toBe(LIMITS.maxBytes);
    expect(maxFileBytes({ OGP_MAX_FILE_SIZE: "300000" })).toBe(300_000);
    expect(maxFileBytes({ OGP_MAX_FILE_SIZE: "512KiB" })).toBe(512 * 1024);
    expect(maxFileBytes({ OGP_MAX_FILE_SIZE: " 2 mib " })).toBe(2 * 1024 * 1024);
  });

  it.each(["2MB", "-1", "0", "1.5MiB", "lots"])("refuses %j with a usage error naming the variable", (value) => {
    expect(() => maxFileBytes({ OGP_MAX_FILE_SIZE: value })).toThrowError(UsageError);
    expect(() => maxFileBytes({ OGP_MAX_FILE_SIZE: value })).toThrowError(/OGP_MAX_FILE_SIZE is '.*': give a size in bytes, or with KiB or MiB, such as 2MiB/);
  });

  it("end to end: a 300 KB plan is refused by default, read with OGP_MAX_FILE_SIZE=1MiB, and a bad value exits 2", async () => {
    const padding = `# ${"x".repeat(98)}\n`.repeat(3000);
    const dir = tempDir({ "plans/strategy.yaml": `${STRATEGY}${padding}` });
    const refused = await runOgp(["lint", "plans"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("over the 256 KiB limit for a plan file; split it (deliverables can have files of their own), or raise the limit with OGP_MAX_FILE_SIZE");
    const raised = await runOgp(["lint", "plans"], { cwd: dir, env: { OGP_MAX_FILE_SIZE: "1MiB" } });
    expect(raised.stdout).not.toContain("invalid-file");
    const wrong = await runOgp(["lint", "plans"], { cwd: dir, env: { OGP_MAX_FILE_SIZE: "1MB" } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("OGP_MAX_FILE_SIZE is '1MB'");
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });
});
