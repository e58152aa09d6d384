// `npm run bench:report`: how long `ogp report` takes on the shipped plans and on the
// 10,000-deliverable synthetic corpus, how large the file is against its budget (1 MB and 15 MB),
// and, when Chromium is installed, how soon the page is interactive when opened from disk.
// Separate from bench/run.mjs, which times lint against its floors and peers.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCorpus } from "./generate.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const runs = process.argv.includes("--quick") ? 1 : 3;
const out = mkdtempSync(path.join(os.tmpdir(), "ogp-bench-report-"));
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall and CPU (user + system) time and peak memory of `ogp <args>`: CPU time says more than wall time on a shared machine. */
function timeOgp(args, before = () => {}) {
  const times = [];
  const cpu = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    before();
    const start = process.hrtime.bigint();
    const result = spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, path.join(root, "bin/ogp.js"), ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && args[0] === "report") throw new Error(`ogp report failed: ${result.stderr}`);
    const [user, system, kb] = result.stderr.trim().split("\n").pop().split(" ").map(Number);
    cpu.push((user + system) * 1000);
    peak = Math.max(peak, kb / 1024);
  }
  return { ms: median(times), cpu: median(cpu), mb: peak };
}

/** Milliseconds from navigation to the load event (the page's script has run: search and panels work). */
async function timeOpen(file) {
  if (!chromium) return undefined;
  const puppeteer = await import("puppeteer-core");
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 120_000 });
      times.push(await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd));
      await page.close();
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

const corpusDir = path.join(here, "corpus", "10000");
if (!existsSync(path.join(corpusDir, "strategy.yaml"))) generateCorpus(corpusDir, { deliverables: 10000 });
const rows = [];
for (const [name, corpus, budget] of [["shipped plans", path.join(root, "plans"), 1], ["10,000 deliverables (101 files, 12.7 MB)", corpusDir, 15]]) {
  const file = path.join(out, `${rows.length}.html`);
  const report = timeOgp(["report", corpus, "--out", file], () => rmSync(file, { force: true }));
  const lint = timeOgp(["lint", corpus, "--format", "json"]);
  const size = statSync(file).size / 1e6;
  const open = await timeOpen(file);
  rows.push(`| ${name} | ${report.ms.toFixed(0)} | ${report.cpu.toFixed(0)} | ${lint.cpu.toFixed(0)} | ${report.mb.toFixed(0)} | ${size.toFixed(2)} (budget ${budget}) | ${open === undefined ? "no Chromium" : open.toFixed(0)} |`);
}
rmSync(out, { recursive: true, force: true });
console.log(`Machine: ${os.cpus()[0]?.model.split(" ")[0] ?? "?"}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}, median of ${runs}\n`);
console.log("| corpus | ogp report wall ms | report CPU ms | lint CPU ms | peak MB | file MB | load in Chromium ms |\n|---|---:|---:|---:|---:|---:|---:|");
console.log(rows.join("\n"));
