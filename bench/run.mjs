// `npm run bench`: whole-process timings of ogp's commands against their floors (node's start, a
// bare YAML parse of the same files) and against peer tools, on the shipped plans and synthetic
// corpora. Commands of one corpus run interleaved, round by round; medians of CPU and wall time.
// Flags: --quick (few rounds, small corpora), --no-peers, --write (refresh BENCHMARKS.md's table),
// --only=<corpus key,...> (e.g. --only=shipped,problems), --rounds=N (the same number of rounds for every corpus).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpora } from "./corpora.mjs";
import { interleave } from "./measure.mjs";
import { SUITES } from "./suites/index.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const node = process.execPath;
const quick = process.argv.includes("--quick");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");

/** The peers live in bench/node_modules, installed here on first use: never by the project's `npm ci`. */
function installPeers() {
  if (existsSync(path.join(here, "node_modules/.bin/ajv")) && existsSync(path.join(here, "node_modules/.bin/spectral"))) return true;
  console.log("installing peer tools into bench/node_modules (once) ...");
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], { cwd: here, stdio: "inherit" });
  return result.status === 0;
}

/** A schema with the shared definitions inlined, for peers that do not resolve our relative $refs. */
function inlineSchema(kind) {
  const common = JSON.parse(readFileSync(path.join(root, "schemas/common.schema.json"), "utf8"));
  const schema = JSON.parse(readFileSync(path.join(root, `schemas/${kind}.schema.json`), "utf8").replaceAll('"common.schema.json#/$defs/', '"#/$defs/'));
  delete schema.$id;
  schema.$defs = common.$defs;
  return schema;
}

const peers = !process.argv.includes("--no-peers") && installPeers();
if (peers) {
  mkdirSync(path.join(here, "peer-config"), { recursive: true });
  writeFileSync(path.join(here, "peer-config/workplan.schema.json"), JSON.stringify(inlineSchema("workplan")));
  writeFileSync(
    path.join(here, "peer-config/.spectral.json"),
    JSON.stringify({ rules: { "workplan-schema": { given: "$", severity: "error", then: { function: "schema", functionOptions: { schema: inlineSchema("workplan"), dialect: "draft2020-12", allErrors: true } } } } }),
  );
}

const rows = [];
const log = (line) => process.stderr.write(`${line}\n`);

// Start-up: what loading the bundle costs over node's own start.
{
  const bin = path.join(root, "bin/ogp.js");
  const startup = interleave(
    [
      { label: 'node -e "" (floor of any Node CLI)', command: node, args: ["-e", ""], floor: true },
      { label: "ogp --version", command: node, args: [bin, "--version"] },
      { label: "ogp --help", command: node, args: [bin, "--help"] },
    ],
    quick ? 5 : 15,
  );
  for (const r of startup) rows.push({ ...r, corpus: "-", ratio: r.cpu / startup[0].cpu, unit: "x node" });
  log(`start-up measured`);
}

const rounds = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9)) || undefined;
const corpora = buildCorpora(root, here, { quick })
  .filter((c) => !only || only.includes(c.key))
  .map((c) => (rounds ? { ...c, rounds } : c));
for (const corpus of corpora) {
  const workplans = readdirSync(corpus.dir, { recursive: true }).filter((f) => /workplan.*\.yaml$/.test(f)).map((f) => path.join(corpus.dir, f));
  const context = { root, here, node, peers, workplans };
  const floor = { label: "bare YAML parse (yaml parseDocument)", command: node, args: [path.join(here, "parse-only.mjs"), corpus.dir], floor: true };
  const commands = [floor, ...SUITES.flatMap((suite) => suite.commands(corpus, context).map((c) => ({ ...c, suite: suite.name })))];
  const results = interleave(commands.map((c) => ({ ...c, cwd: c.cwd ?? root })), corpus.rounds);
  const floorCpu = results[0].cpu;
  // A command may be measured against another of the same corpus (coverage against lint) rather than the floor.
  const against = (r) => (r.ratioTo ? results.find((x) => x.label === r.ratioTo)?.cpu : undefined);
  for (const r of results) rows.push({ ...r, corpus: corpus.label, corpusKey: corpus.key, size: corpus.size, ratio: r.cpu / (against(r) ?? floorCpu), unit: against(r) ? r.unit : "x parse" });
  log(`${corpus.label}: measured (${corpus.rounds} rounds)`);
}

const fmt = (n) => n.toFixed(0);
const cpuModel = os.cpus()[0]?.model ?? "unknown CPU";
const lines = [
  `Machine: ${cpuModel}, ${os.cpus().length} cores, ${(os.totalmem() / 1073741824).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC${quick ? " (--quick)" : ""}`,
  "",
  "| command | corpus | CPU ms | wall ms | CPU ratio | peak MB | exit |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...rows.map((r) => `| ${r.label} | ${r.corpus} | ${fmt(r.cpu)} | ${fmt(r.wall)} | ${r.floor ? "floor" : `${r.ratio.toFixed(2)} ${r.unit}`} | ${fmt(r.mb)} | ${r.status} |`),
];
// Growth: ogp lint's CPU time at the generated sizes, per 1,000 deliverables (flat means linear).
const growth = rows.filter((r) => r.size && r.label === "ogp lint");
if (growth.length > 1) {
  const floors = rows.filter((r) => r.size && r.floor);
  lines.push("", "| deliverables | ogp lint CPU ms | per 1,000 | parse floor CPU ms | per 1,000 |", "|---:|---:|---:|---:|---:|");
  for (const r of growth) {
    const f = floors.find((x) => x.size === r.size);
    lines.push(`| ${r.size.toLocaleString("en")} | ${fmt(r.cpu)} | ${fmt((r.cpu / r.size) * 1000)} | ${fmt(f.cpu)} | ${fmt((f.cpu / r.size) * 1000)} |`);
  }
}
console.log(lines.join("\n"));
if (process.argv.includes("--write")) {
  const file = path.join(root, "BENCHMARKS.md");
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const marker = "<!-- bench:results -->";
  const end = "<!-- bench:end -->";
  const before = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : "# Benchmarks\n\n";
  const after = previous.includes(end) ? previous.slice(previous.indexOf(end)) : `${end}\n`;
  writeFileSync(file, `${before}${marker}\n${lines.join("\n")}\n${after}`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}
