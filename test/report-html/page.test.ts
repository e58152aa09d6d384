import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { projectFrom, ROOT, STRATEGY, WORKPLAN } from "../helpers.js";
import { openProject } from "../../src/project/open.js";
import type { DiffInput } from "../../src/report/html/inputs.js";
import { embeddedData, reportOf } from "./report-helpers.js";

const DIFF: DiffInput = JSON.parse(readFileSync(path.join(ROOT, "test/report-html/fixtures/diff.json"), "utf8"));
const STRATEGY_WITH_HOLE = `${STRATEGY}  - id: g3
    label: "3"
    title: "Goal three </script><script>alert(1)</script>"
`;
const fixture = () => projectFrom({ "s.yaml": STRATEGY_WITH_HOLE, "w.yaml": WORKPLAN });

describe("ogp report's HTML page", () => {
  it("is the same bytes for the same plans (golden)", async () => {
    const first = await reportOf(fixture());
    expect(await reportOf(fixture())).toBe(first);
    expectGolden("report-fixture.html", first);
  });

  it("fetches nothing: no external URL, a policy that forbids fetching, everything inline", async () => {
    const html = await reportOf(fixture());
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toContain("default-src 'none'");
  });

  it("embeds the data as JSON that a title cannot break out of", async () => {
    const html = await reportOf(fixture());
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const data = embeddedData(html);
    expect(data.schemaVersion).toBe(1);
    expect(data.nodes.find((n: { ref: string }) => n.ref === "s/g3").title).toBe("Goal three </script><script>alert(1)</script>");
    expect(data.links).toContainEqual({ from: "w/d1", to: "s/g1", type: "advances", resolved: true, cite: "it says so" });
    expect(data.coverage.reports[0].summary.percent).toBe(66.7);
  });

  it("highlights holes in the heatmap and marks direct links", async () => {
    const html = await reportOf(fixture());
    expect(html).toMatch(/<tr class="row status-missing hole level-1"><th class="goal"><a href="#" data-ref="s\/g3">/);
    expect(html).toMatch(/<td class="via-direct" data-ref="w\/d1" data-row="s\/g1"[^>]*>●<\/td>/);
  });

  it("inlines one laid-out graph per document and per goal, nodes named by reference", async () => {
    const html = await reportOf(fixture());
    const figures = [...html.matchAll(/<figure class="graph" data-graph="([^"]+)"/g)].map((m) => m[1]);
    expect(figures).toEqual(["doc:s", "doc:w", "goal:s/g1", "goal:s/g2", "goal:s/g3"]);
    expect(html).toMatch(/<g class="node t-goal hole">\s*<title>s\/g3<\/title>/);
    expect(html).not.toMatch(/<!--|<\?xml| id="node\d+"/);
  });

  it("shows the diff page only when a diff is given, reworded text by word", async () => {
    expect(await reportOf(fixture())).not.toContain('id="diff"');
    const html = await reportOf(fixture(), DIFF);
    expect(html).toContain('<section id="diff">');
    expect(html).toContain("Goal <ins>number </ins>one");
    expect(html).toMatch(/<tr class="change type-removed breaking"/);
    expect(html).toContain("re-point to");
    expectGolden("report-diff-section.html", html.slice(html.indexOf('<section id="diff">'), html.indexOf("</section>", html.indexOf('<section id="diff">')) + 10));
  });

  it("keeps the shipped plans' report under 1 MB", async () => {
    const html = await reportOf(await openProject([path.join(ROOT, "plans")], ROOT));
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
    expect(embeddedData(html).documents).toHaveLength(7);
  });
});
