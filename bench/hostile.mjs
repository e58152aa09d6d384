// `node bench/hostile.mjs`: CPU seconds (user + sys), peak memory, exit code and output size of
// one `ogp` process per hostile shape (bench/hostile-shapes.mjs), as BENCHMARKS.md's "Hostile
// input" table gives them, and the shapes just under the size limit (LIMITS.maxBytes, read from
// src/load/limits.ts, or --limit=<bytes>). Flags: --full (the sizes; default the catalogue's),
// --bin=<path to an ogp.js> (time another build, e.g. a copy of the one before a change),
// --only=<words in the shape's name>, --timeout=<seconds> (default 120).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { shapes } from "./hostile-shapes.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const bin = flag("bin") ?? path.join(root, "bin/ogp.js");
const only = flag("only");
const timeout = Number(flag("timeout") ?? 120);
const full = process.argv.includes("--full");
/** The size limit as src/load/limits.ts writes it (`maxBytes: 512 * 1024,`): the near-limit shapes follow it. */
function sourceLimit() {
  const written = /^\s*maxBytes:\s*([\d_ *]+),/m.exec(readFileSync(path.join(root, "src/load/limits.ts"), "utf8"))?.[1];
  if (!written) throw new Error("bench/hostile.mjs: no maxBytes in src/load/limits.ts; pass --limit=<bytes>");
  return written.split("*").reduce((product, factor) => product * Number(factor.replaceAll("_", "").trim()), 1);
}
const limit = Number(flag("limit") ?? sourceLimit());

console.log("| shape | size | CPU s (user+sys) | peak MB | exit | output bytes | first line of output |");
console.log("|---|---:|---:|---:|---:|---:|---|");
console.error(`size limit: ${limit} bytes`);
for (const shape of shapes(limit)) {
  if (only && !shape.name.includes(only)) continue;
  const { files, args } = (full ? shape.full : shape.catalogue)();
  const dir = mkdtempSync(path.join(os.tmpdir(), "ogp-hostile-"));
  let bytes = 0;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  const result = spawnSync("/usr/bin/time", ["-f", "%U %S %M", "timeout", String(timeout), process.execPath, bin, ...args, "--format", args[0] === "diff" ? "text" : "stylish"], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1" },
  });
  rmSync(dir, { recursive: true, force: true });
  // /usr/bin/time's line is the last of stderr: what ogp wrote is before it.
  const stderrLines = result.stderr.trim().split("\n");
  const timing = stderrLines.pop().split(" ").map(Number);
  const [user, sys, kb] = timing;
  const code = result.status === 124 ? `timeout ${timeout}s` : String(result.status);
  const first = (result.stdout.split("\n").find((l) => l.trim() && !/^\S+\.(yaml|xml)$/.test(l)) ?? stderrLines[0] ?? "").trim().slice(0, 100).replaceAll("|", "\\|");
  console.log(`| ${shape.name} | ${(bytes / 1024).toFixed(0)} KB | ${(user + sys).toFixed(2)} | ${(kb / 1024).toFixed(0)} | ${code} | ${result.stdout.length} | ${first} |`);
}
