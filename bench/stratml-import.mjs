// Times `ogp import stratml` and `ogp lint` on a generated 1.5 MB StratML plan, as a user runs
// them (whole processes, median of 5 after one warm-up). `npm run build` first.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildStratmlPlan } from "./stratml-fixture.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, "bin/ogp.js");
const dir = mkdtempSync(path.join(tmpdir(), "ogp-stratml-bench-"));
const xml = buildStratmlPlan(1.5 * 1024 * 1024);
const file = path.join(dir, "plan.xml");
writeFileSync(file, xml);

function median(args) {
  const times = [];
  for (let i = 0; i < 6; i++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [bin, ...args], { cwd: dir, stdio: "pipe" });
    } catch (error) {
      if (error.status !== 1) throw error;
    }
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

console.log(`plan: ${(xml.length / 1048576).toFixed(2)} MB, ${(xml.match(/<Objective>/g) ?? []).length} objectives`);
console.log(`node -e "": ${median(["--version"])} ms (ogp --version)`);
console.log(`ogp import stratml: ${median(["import", "stratml", "plan.xml", "--force", "--format", "json"])} ms`);
console.log(`ogp lint plan.xml: ${median(["lint", "plan.xml"])} ms`);
