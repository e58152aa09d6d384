import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, tempDir } from "../helpers.js";

// Which of dist/'s chunks a run of the built binary loads: each command's runner must load only
// when that command runs, so that `ogp --help` compiles no more than the definitions.
const RUNNERS = ["runLint", "runGraph", "runShow", "runLsp", "runCoverage", "runDiff", "runImportStratml", "runExportStratml", "runInit", "runSchema", "runReport"];

/** Preloaded into the run: records every module file required, into the file TRACE_OUT names. */
const TRACE = `const Module = require("node:module");
const load = Module._load;
const seen = new Set();
Module._load = function (request, parent) {
  try { seen.add(Module._resolveFilename(request, parent)); } catch {}
  return load.apply(this, arguments);
};
process.on("exit", () => require("node:fs").writeFileSync(process.env.TRACE_OUT, JSON.stringify([...seen])));
`;

/** The source of every chunk of dist/ that `ogp <args>` loads (without the code cache, so that plain require loads them). */
function loadedCode(args: string[]): string {
  const dir = tempDir({ "trace.cjs": TRACE });
  const out = path.join(dir, "loaded.json");
  execFileSync(process.execPath, ["-r", path.join(dir, "trace.cjs"), BIN, ...args], { cwd: ROOT, env: { ...process.env, OGP_CODE_CACHE: "0", NO_COLOR: "1", TRACE_OUT: out }, stdio: "pipe" });
  const files = (JSON.parse(readFileSync(out, "utf8")) as string[]).filter((file) => file.startsWith(path.join(ROOT, "dist")));
  return files.map((file) => readFileSync(file, "utf8")).join("\n");
}

const defined = (code: string) => RUNNERS.filter((runner) => code.includes(`function ${runner}(`));

describe("lazy loading (built binary)", () => {
  it("ogp --help loads no command's runner and no YAML parser", () => {
    const code = loadedCode(["--help"]);
    expect(defined(code)).toEqual([]);
    expect(code).not.toContain("YAMLParseError");
  });

  it("a command loads its own runner only", () => {
    expect(defined(loadedCode(["schema"]))).toEqual(["runSchema"]);
  });
});

/** Preloaded into the run: writes the Node built-ins loaded (process.moduleLoadList) into the file TRACE_OUT names. */
const BUILTINS = `process.on("exit", () => require("node:fs").writeFileSync(process.env.TRACE_OUT, JSON.stringify(process.moduleLoadList)));`;

/** The Node built-ins `ogp <args>` loads that a bare Node process does not, its standard output a pipe. */
function builtinsLoaded(args: string[], cwd: string): string[] {
  const dir = tempDir({ "trace.cjs": BUILTINS });
  const out = path.join(dir, "loaded.json");
  const bare = JSON.parse(execFileSync(process.execPath, ["-e", "process.stdout.write(JSON.stringify(process.moduleLoadList))"], { encoding: "utf8" })) as string[];
  execFileSync(process.execPath, ["-r", path.join(dir, "trace.cjs"), BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", TRACE_OUT: out }, stdio: "pipe" });
  return (JSON.parse(readFileSync(out, "utf8")) as string[]).filter((name) => !bare.includes(name)).map((name) => name.replace(/^NativeModule /, ""));
}

describe("a warm `ogp lint --cache` over unchanged files (built binary)", () => {
  it("loads neither node:crypto, fs/promises, nor the streams of a piped standard output", () => {
    // The shipped plans: checked out more than 2 seconds before the run, so their stamps are kept.
    const cacheFile = path.join(tempDir(), "ogp-cache.json");
    const args = ["lint", "plans", "--cache-location", cacheFile];
    builtinsLoaded(args, ROOT);
    const loaded = builtinsLoaded(args, ROOT);
    expect(loaded.filter((name) => ["crypto", "fs/promises", "net", "tty"].includes(name))).toEqual([]);
  });
});
