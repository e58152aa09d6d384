import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runOgp, tempDir } from "../helpers.js";

// The report in a real browser: Debian's Chromium, headless, driven by puppeteer-core (no browser
// download is possible here). Locally the test is skipped when Chromium is missing; under CI it
// fails instead, since .ci/run installs the browser.

// OGP_CHROMIUM names the browser to use, and then no other is looked for.
const CANDIDATES = process.env.OGP_CHROMIUM ? [process.env.OGP_CHROMIUM] : ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const CHROMIUM = CANDIDATES.find((p) => existsSync(p));
const IN_CI = Boolean(process.env.CI) && process.env.CI !== "false";
export const ARTIFACTS = path.join(ROOT, "test-artifacts/report");

if (!CHROMIUM && IN_CI) {
  describe("ogp report in Chromium", () => {
    it("needs Chromium, which CI installs", () => {
      throw new Error(`no Chromium at ${CANDIDATES.join(", ")}: install it (apt-get install -y chromium) or set OGP_CHROMIUM`);
    });
  });
}

describe.skipIf(!CHROMIUM)("ogp report in Chromium", () => {
  let browser: import("puppeteer-core").Browser;
  let page: import("puppeteer-core").Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let url = "";

  beforeAll(async () => {
    const file = path.join(tempDir(), "report.html");
    const run = await runOgp(["report", "--out", file, "--diff", "ogp-strategy-2023-draft", "ogp-strategy-2023"]);
    expect(run.code, run.stderr).toBe(0);
    url = pathToFileURL(file).href;
    mkdirSync(ARTIFACTS, { recursive: true });
    const puppeteer = await import("puppeteer-core");
    browser = await puppeteer.launch({ executablePath: CHROMIUM!, headless: true, args: ["--no-sandbox", "--disable-gpu"], timeout: 120_000, protocolTimeout: 120_000 });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 860 });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: "load" });
  }, 180_000); // Building the report and starting a browser on a busy 2-core machine: no timing is asserted.

  afterAll(async () => {
    await browser?.close();
  });

  it("loads from file:// with no console error and no request but the page itself", async () => {
    // The plans' name, and the date of their last commit (never the clock's).
    expect(await page.title()).toMatch(/^OGP’s 2023–2028 Strategy( · as of \d{4}-\d{2}-\d{2})?$/);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: path.join(ARTIFACTS, "overview.png") });
  });

  it("opens a deliverable's panel from a heatmap cell", async () => {
    // Deliverable 4 of the 2023 work plan advances goal 3, civic space.
    const cell = await page.evaluateHandle(() => {
      const table = document.querySelector("#cov-ogp-workplan-2023 table")! as HTMLTableElement;
      // A column is headed by its label, then its short title on a line of its own.
      const column = [...table.tHead!.rows[0]!.cells].findIndex((th) => th.querySelector("a")?.firstChild?.textContent === "4");
      const row = [...table.tBodies[0]!.rows].find((tr) => tr.querySelector('[data-ref="ogp-strategy-2023/civic-space"]'))!;
      return row.cells[column]!;
    });
    expect(await cell.evaluate((td) => td.textContent)).toBe("●");
    await (cell as import("puppeteer-core").ElementHandle<Element>).click();
    const heading = await page.$eval("#panel h3", (h) => h.textContent);
    expect(heading).toMatch(/^4 /);
    expect(await page.$eval("#panel", (p) => (p as HTMLElement).hidden)).toBe(false);
    expect(await page.$eval("#panel", (p) => p.textContent)).toContain("Links out");
    expect(await page.$eval("#panel .note", (p) => p.textContent)).toBe("covers 3 Protect and expand civic space. (direct)");
    await page.screenshot({ path: path.join(ARTIFACTS, "heatmap-panel.png") });
  });

  it("shows a goal's graph and opens a node's panel from a click on it", async () => {
    await page.select("#graph-picker", "goal:ogp-strategy-2023/civic-space");
    const figure = 'figure[data-graph="goal:ogp-strategy-2023/civic-space"]';
    expect(await page.$eval(figure, (f) => (f as HTMLElement).hidden)).toBe(false);
    const nodes = await page.$$(`${figure} g.node`);
    const titles = await Promise.all(nodes.map((n) => n.$eval("title", (t) => t.textContent)));
    await nodes[titles.indexOf("ogp-strategy-2023/civic-space")]!.click();
    expect(await page.$eval("#panel h3", (h) => h.textContent)).toBe("3 Protect and expand civic space.");
    expect(await page.$eval("#panel", (p) => p.textContent)).toContain("Links in");
    await page.screenshot({ path: path.join(ARTIFACTS, "graph-panel.png") });
  });

  it("shows the Changes page, and opens the panel of a goal promoted from a strategy", async () => {
    await page.click('a[href="#diff"]');
    const promoted = 'tr.change.type-promoted a[data-ref="ogp-strategy-2023/civic-space"]';
    expect(await page.$eval("#diff", (section) => section.querySelectorAll("tr.change").length)).toBeGreaterThan(5);
    await page.click(promoted);
    expect(await page.$eval("#panel h3", (h) => h.textContent)).toBe("3 Protect and expand civic space.");
    await page.screenshot({ path: path.join(ARTIFACTS, "changes.png") });
  });

  it("finds nodes by words of their titles", async () => {
    await page.type("#search", "civic space");
    const found = await page.$$eval("#search-results a", (links) => links.map((a) => a.getAttribute("data-ref")));
    expect(found).toContain("ogp-strategy-2023/civic-space");
  });

  it("downloads the data as JSON that its published schema accepts, and coverage as CSV", async () => {
    // Catch the blobs the buttons hand to the browser's download.
    await page.evaluate(() => {
      const caught: Blob[] = ((window as unknown as { caught: Blob[] }).caught = []);
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => (caught.push(blob as Blob), original(blob));
    });
    await page.click("#download-json");
    await page.click("#download-coverage-csv");
    const [json, csv] = await page.evaluate(() => Promise.all((window as unknown as { caught: Blob[] }).caught.map((b) => b.text())));
    const data = JSON.parse(json!);
    const Ajv = (await import("ajv/dist/2020.js")).Ajv2020;
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, "schemas/report-data.schema.json"), "utf8")));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.nodes).toHaveLength(348);
    expect(data.nodes.find((n: { ref: string }) => n.ref === "ogp-strategy-2023/civic-space")).toMatchObject({ document: "ogp-strategy-2023", type: "goal", label: "3" });
    expect(csv!.split("\r\n")[0]).toBe("workplan,strategy,row,row_label,row_title,status,deliverable,deliverable_label,via");
    expect(csv).toContain("\r\nogp-workplan-2023,ogp-strategy-2023,ogp-strategy-2023/civic-space,3,Protect and expand civic space.,covered,ogp-workplan-2023/thematic-priorities,4,direct\r\n");
  });

  it("still has no console error and made no request (downloads are blob: URLs made in the page)", () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith("blob:"))).toEqual([url]);
  });
});
