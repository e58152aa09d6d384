import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { BIN, ROOT, runOgp, tempDir } from "../helpers.js";

describe("CI formats on the shipped plans (golden)", () => {
  it.each([
    ["github", "lint-shipped.github.txt"],
    ["junit", "lint-shipped.junit.xml"],
    ["sarif", "lint-shipped.sarif"],
  ])("--format %s", async (format, golden) => {
    const { code, stdout, stderr } = await runOgp(["lint", "plans", "--format", format]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    // The SARIF log names the working directory as %SRCROOT%: keep the golden file independent of where the clone is.
    expectGolden(golden, stdout.replace(pathToFileURL(ROOT + path.sep).href, "file:///repo/"));
  });

  it("GITHUB_ACTIONS picks the github format when none is given; an explicit --format wins", async () => {
    const inActions = await runOgp(["lint"], { env: { GITHUB_ACTIONS: "true" } });
    expect(inActions.stdout).toMatch(/^::warning file=plans\/2015\/strategy\.yaml,line=782,/);
    const explicit = await runOgp(["lint", "--format", "stylish"], { env: { GITHUB_ACTIONS: "true" } });
    expect(explicit.stdout).toMatch(/^plans\/2015\/strategy\.yaml\n/);
  });
});

describe("--output", () => {
  it("writes the report to the file whole while the terminal gets the stylish view", async () => {
    const dir = tempDir();
    const report = path.join(dir, "ogp.sarif");
    const { code, stdout } = await runOgp(["lint", "plans", "--format", "sarif", "--output", report]);
    expect(code).toBe(0);
    expect(stdout).toContain("✖ 6 problems (0 errors, 6 warnings)");
    expect((JSON.parse(readFileSync(report, "utf8")) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(6);
    expect(readdirSync(dir)).toEqual(["ogp.sarif"]);
  });

  it("creates the report's folder when it is missing", async () => {
    const dir = tempDir();
    const { code } = await runOgp(["lint", "plans", "-f", "junit", "-o", path.join(dir, "missing/deeper/report.xml")]);
    expect(code).toBe(0);
    expect(readdirSync(path.join(dir, "missing/deeper"))).toEqual(["report.xml"]);
  });

  it("a report that cannot be written is one line and exit 2, and leaves no temporary file", async () => {
    const dir = tempDir({ blocker: "a file, not a folder\n" });
    const { code, stderr } = await runOgp(["lint", "plans", "-f", "junit", "-o", path.join(dir, "blocker/report.xml")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^ogp: ${path.join(dir, "blocker/report.xml").replace(/[/.]/g, "\\$&")}: cannot write \\(.*\\); check that the folder exists and is writable\n$`));
    expect(readdirSync(dir)).toEqual(["blocker"]);
  });
});

describe("output failures", () => {
  it("a closed pipe ends quietly", async () => {
    const child = spawn(process.execPath, [BIN, "graph", "--examples", "--format", "json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk on standard output is one line and exit 2", async () => {
    const full = openSync("/dev/full", "w");
    const child = spawn(process.execPath, [BIN, "graph", "--examples", "--format", "json"], { cwd: ROOT, stdio: ["ignore", full, "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    closeSync(full);
    expect(stderr).toBe("ogp: cannot write the output: no space left on device\n");
    expect(code).toBe(2);
  });
});
