// Makes docs/report.png, the README's picture of `ogp report`: the shipped plans' report in
// headless Chromium, the 2023 work plan's heatmap and civic space's graph, a node's panel open.
// Usage: npm run build && node scripts/report-screenshot.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const file = path.join(mkdtempSync(path.join(os.tmpdir(), "ogp-shot-")), "report.html");
execFileSync(process.execPath, [path.join(root, "bin/ogp.js"), "report", "--out", file], { cwd: root, stdio: "inherit" });
const browser = await puppeteer.launch({ executablePath: process.env.OGP_CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 760 });
await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
await page.select("#graph-picker", "goal:ogp-strategy-2023/civic-space");
await page.evaluate(() => document.querySelector("#cov-ogp-workplan-2023")?.scrollIntoView());
await page.evaluate(() => window.scrollBy(0, -60));
const node = await page.evaluateHandle(() => [...document.querySelectorAll('figure:not([hidden]) g.node')].find((g) => g.querySelector("title")?.textContent === "ogp-workplan-2023/thematic-priorities"));
await node.asElement()?.evaluate((g) => g.dispatchEvent(new MouseEvent("click", { bubbles: true })));
await page.screenshot({ path: path.join(root, "docs/report.png") });
await browser.close();
