import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../golden.js";
import { projectFrom, ROOT, STRATEGY, WORKPLAN } from "../helpers.js";
import { openProject } from "../../src/project/open.js";
import { diff } from "../../src/diff/diff.js";
import type { DiffSide } from "../../src/diff/model.js";
import type { Project } from "../../src/project/open.js";
import { embeddedData, reportOf } from "./report-helpers.js";

const STRATEGY_WITH_HOLE = `${STRATEGY}  - id: g3
    label: "3"
    title: "Goal three </script><script>alert(1)</script>"
`;
const fixture = () => projectFrom({ "s.yaml": STRATEGY_WITH_HOLE, "w.yaml": WORKPLAN });
// Two versions of a plan for the Changes page: goal 1 reworded, goal 2 removed though deliverable 1
// advances it (a breaking change), goal 3 added.
const versionOf = (goals: string) => ({
  "s.yaml": `kind: strategy\nid: s\ntitle: A strategy\nstatus: approved\nperiod: { start: "2020", end: "2025" }\ngoals:\n${goals}`,
  "w.yaml": WORKPLAN,
});
const OLD_GOALS = `  - { id: g1, label: "1", title: Open contracting in every ministry }\n  - { id: g2, label: "2", title: Civic space protected by law }\n`;
const NEW_GOALS = `  - { id: g1, label: "1", title: Open contracting in every public ministry }\n  - { id: g3, label: "3", title: Beneficial ownership registers }\n`;
const sideOf = (project: Project, name: string): DiffSide => ({ graph: project.graph, name, documents: [...project.graph.documents.values()] });
const DIFF = diff(sideOf(projectFrom(versionOf(OLD_GOALS)), "HEAD:plans"), sideOf(projectFrom(versionOf(NEW_GOALS)), "plans"));

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
    const g3 = data.nodes.findIndex((row: unknown[]) => row[1] === "g3");
    expect(data.nodes[g3][4]).toBe("Goal three </script><script>alert(1)</script>");
    expect(data.types[data.nodes[g3][2]]).toBe("goal");
    const [d1, g1] = ["d1", "g1"].map((id) => data.nodes.findIndex((row: unknown[]) => row[1] === id));
    expect(data.links).toContainEqual([d1, g1, "advances", "it says so"]);
    expect(data.coverage.reports[0].rows[0].deliverables).toEqual([[d1, "direct"]]);
    expect(data.coverage.reports[0].summary.percent).toBe(66.67);
  });

  it("writes one node and one link per line, so that two reports diff line by line", async () => {
    const json = /<script type="application\/json" id="ogp-data">([\s\S]*?)<\/script>/.exec(await reportOf(fixture()))![1]!;
    const data = JSON.parse(json);
    expect(json.split("\n").filter((line) => line.startsWith("[")).length).toBe(data.nodes.length + data.links.length);
  });

  it("highlights holes in the heatmap and marks direct links", async () => {
    const html = await reportOf(fixture());
    expect(html).toMatch(/<tr class="row status-missing hole level-1"><th class="goal"><a href="#" data-ref="s\/g3">/);
    // Columns: deliverable d1 only; goal 1 is covered by it directly, goal 3 by nothing.
    // A column shows the deliverable's label over its short title, the whole caption as a tooltip.
    expect(html).toMatch(/<th title="1 [^"]+"><a href="#" data-node="\d+">1<br><small>[^<]+<\/small><\/a><\/th><\/tr><\/thead>/);
    expect(html).toMatch(/data-ref="s\/g1">1 Goal one<\/a><\/th><td class="status">covered<\/td><td class="num">1<\/td><td>●<\/tr>/);
    expect(html).toMatch(/<td class="status">missing<\/td><td class="num">0<\/td><td><\/tr>/);
  });

  it("opens with the plans' name, the date it is as of, and coverage per goal", async () => {
    const html = await reportOf(fixture());
    expect(html).toMatch(/<h1>A strategy <small>2 documents, \d+ nodes · as of 2026-01-31<\/small><\/h1>/);
    const overview = html.slice(html.indexOf('<section id="overview">'));
    expect(overview.indexOf("<h3>Coverage per goal</h3>")).toBeLessThan(overview.indexOf("<h3>Documents</h3>"));
    expect(overview).toMatch(/<tr class="status-missing"><td class="num">3<\/td><td><a href="#" data-ref="s\/g3">/);
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
    expect(html).toContain("Open contracting in every <ins>public </ins>ministry");
    expect(html).toMatch(/<tr class="change type-removed breaking"/);
    expect(html).toContain("review the 1 deliverable that advances it");
    expect(html).toMatch(/<h3>Coverage moved<\/h3>[\s\S]*Civic space protected by law<\/a><\/td><td class="num">1 → 0/);
    expectGolden("report-diff-section.html", html.slice(html.indexOf('<section id="diff">'), html.indexOf("</section>", html.indexOf('<section id="diff">')) + 10));
  });

  it("keeps the shipped plans' report under 1 MB", async () => {
    const html = await reportOf(await openProject([path.join(ROOT, "plans")], ROOT));
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
    expect(embeddedData(html).documents).toHaveLength(7);
  });
});
