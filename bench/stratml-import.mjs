// Times `ogp import stratml` and `ogp lint` on a generated 1.5 MB StratML plan, as a user runs
// them (whole processes, median of 5 after one warm-up): wall-clock time, and the CPU time
// (user + system, from /usr/bin/time), which a machine shared with other work inflates far less.
// `npm run build` first.
import { spawnSync } from "node:child_process";
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

function run(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync("/usr/bin/time", ["-f", "cpu %U %S", process.execPath, bin, ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  if (child.status !== 0 && child.status !== 1) throw new Error(`ogp ${args.join(" ")} failed: ${child.stderr}`);
  const stderr = child.stderr.toString();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return { wall, cpu: (Number(user) + Number(system)) * 1000 };
}

const middle = (values) => Math.round(values.sort((a, b) => a - b)[Math.floor(values.length / 2)]);

function median(args) {
  const runs = [];
  for (let i = 0; i < 6; i++) {
    const result = run(args);
    if (i > 0) runs.push(result);
  }
  return `${middle(runs.map((r) => r.wall))} ms wall, ${middle(runs.map((r) => r.cpu))} ms CPU`;
}

console.log(`plan: ${(xml.length / 1048576).toFixed(2)} MB, ${(xml.match(/<Objective>/g) ?? []).length} objectives`);
console.log(`ogp --version: ${median(["--version"])}`);
console.log(`ogp import stratml: ${median(["import", "stratml", "plan.xml", "--force"])}`);
console.log(`ogp lint plan.xml: ${median(["lint", "plan.xml"])}`);
