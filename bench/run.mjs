// `npm run bench`: whole-process timings of `ogp lint` against its floors (node start, a bare
// YAML parse of the same files) and against peer tools, on the shipped plans and synthetic corpora.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./generate.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const node = process.execPath;
const quick = process.argv.includes("--quick");

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

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time and peak resident memory of a whole process over `runs` runs (after one warm-up). */
function measure(command, args, runs) {
  const times = [];
  let peak = 0;
  let status;
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    status = result.status;
    const kb = Number(result.stderr.trim().split("\n").pop());
    if (i > 0) times.push(ms);
    if (Number.isFinite(kb)) peak = Math.max(peak, kb);
  }
  return { ms: median(times), mb: peak / 1024, status };
}

const corpora = [{ name: "shipped plans", dir: path.join(root, "plans"), runs: quick ? 3 : 10 }];
const corpusRoot = path.join(here, "corpus");
for (const [name, deliverables, runs] of quick ? [["1,000 deliverables", 1000, 3]] : [["1,000 deliverables", 1000, 5], ["10,000 deliverables", 10000, 3]]) {
  const dir = path.join(corpusRoot, String(deliverables));
  const { files, bytes } = generateCorpus(dir, { deliverables });
  corpora.push({ name: `${name} (${files} files, ${(bytes / 1048576).toFixed(1)} MB)`, dir, runs });
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
const floorNode = measure(node, ["-e", ""], quick ? 3 : 10);
rows.push(["node -e \"\" (floor of any Node CLI)", "-", floorNode, 1]);
for (const corpus of corpora) {
  const workplans = readdirSync(corpus.dir, { recursive: true }).filter((f) => /workplan.*\.yaml$/.test(f)).map((f) => path.join(corpus.dir, f));
  const parse = measure(node, [path.join(here, "parse-only.mjs"), corpus.dir], corpus.runs);
  const lint = measure(node, [path.join(root, "bin/ogp.js"), "lint", corpus.dir, "--format", "json"], corpus.runs);
  rows.push([`bare YAML parse (yaml parseDocument)`, corpus.name, parse, parse.ms / floorNode.ms]);
  rows.push([`ogp lint`, corpus.name, lint, lint.ms / parse.ms, "x parse"]);
  if (corpus.dir.startsWith(corpusRoot)) {
    // Coverage shares lint's load; issue 11 allows it at most 1.2 times a cold lint of the same files.
    const coverage = measure(node, [path.join(root, "bin/ogp.js"), "coverage", corpus.dir, "--format", "json"], corpus.runs);
    rows.push([`ogp coverage`, corpus.name, coverage, coverage.ms / lint.ms, "x lint"]);
  }
  if (peers) {
    const ajv = measure(path.join(here, "node_modules/.bin/ajv"), ["validate", "--spec=draft2020", "--strict=false", "--all-errors", "-c", "ajv-formats", "-s", path.join(here, "peer-config/workplan.schema.json"), ...workplans.flatMap((f) => ["-d", f])], corpus.runs);
    rows.push([`ajv-cli validate (workplans, schema only)`, corpus.name, ajv, ajv.ms / parse.ms, "x parse"]);
    const spectral = measure(path.join(here, "node_modules/.bin/spectral"), ["lint", "--quiet", "--ruleset", path.join(here, "peer-config/.spectral.json"), ...workplans], corpus.runs);
    rows.push([`spectral lint (workplans, schema rule)`, corpus.name, spectral, spectral.ms / parse.ms, "x parse"]);
  }
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const lines = [
  `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1073741824).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  "",
  "| command | corpus | median ms | ratio | peak MB | exit |",
  "|---|---|---:|---:|---:|---:|",
  ...rows.map(([name, corpus, m, ratio, unit]) => `| ${name} | ${corpus} | ${m.ms.toFixed(0)} | ${ratio.toFixed(2)}${unit ? ` ${unit}` : " x node"} | ${m.mb.toFixed(0)} | ${m.status} |`),
];
console.log(lines.join("\n"));
if (process.argv.includes("--write")) {
  const file = path.join(root, "BENCHMARKS.md");
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const marker = "<!-- bench:results -->";
  const body = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : "# Benchmarks\n\n";
  writeFileSync(file, `${body}${marker}\n${lines.join("\n")}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}
