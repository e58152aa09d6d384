import { beforeAll, describe, expect, it } from "vitest";
import type { CoverageReport } from "../../src/coverage/model.js";
import { openProject, type Project } from "../../src/project/open.js";
import { ROOT } from "../helpers.js";
import { coverageVersions } from "../../src/pairing/coverage-versions.js";
import { coverageOf } from "./fixtures.js";

// The real cases of issue 11, on the shipped OGP plans.

let project: Project;
beforeAll(async () => {
  project = await openProject(["plans"], ROOT);
});
const reportOf = (workplan: string, strategy?: string, depth = 1): CoverageReport => coverageOf(project, { workplan, strategy, depth }).reports[0]!;
const coveringLabels = (report: CoverageReport, label: string) => report.rows.find((r) => r.label === label)!.items.filter((i) => !i.broken).map((i) => i.label);

describe("ogp-workplan-2023 against ogp-strategy-2023", () => {
  it("covers all five goals, each by the deliverables whose sentences name it", () => {
    const report = reportOf("ogp-workplan-2023");
    expect(report.strategy.id).toBe("ogp-strategy-2023");
    expect(report.rows.map((r) => `${r.label} ${r.status}`)).toEqual(["1 covered", "2 covered", "3 covered", "4 covered", "5 covered"]);
    expect(report.summary).toMatchObject({ covered: 5, total: 5, percent: 100 });
    expect(Object.fromEntries(report.rows.map((r) => [r.label, coveringLabels(report, r.label!).join(",")]))).toEqual({
      1: "1,2,3,5,7",
      2: "1,2,3,5,7",
      3: "3,4,7",
      4: "1,2,3,4,7",
      5: "1,3,5,7",
    });
  });

  it("the civic-space goal is covered by deliverables 3, 4 and 7, not by the Summit deliverable", () => {
    const report = reportOf("ogp-workplan-2023");
    const civicSpace = report.rows.find((r) => r.ref === "ogp-strategy-2023/civic-space")!;
    expect(civicSpace.items.map((i) => i.label)).toEqual(["3", "4", "7"]);
    expect(civicSpace.items.map((i) => i.ref)).not.toContain("ogp-workplan-2023/global-summit");
  });

  it("lists the fundraising deliverable as advancing nothing", () => {
    expect(reportOf("ogp-workplan-2023").unlinked).toEqual([{ ref: "ogp-workplan-2023/fundraising", label: "6", title: expect.stringMatching(/fundraising/i), advances: [] }]);
  });

  it("against the draft strategy through derivedFrom alone: no link maps (no source sentence states the lineage)", () => {
    const report = reportOf("ogp-workplan-2023", "ogp-strategy-2023-draft", 2);
    expect(report.rows.filter((r) => r.status !== "missing")).toEqual([]);
    expect(report.unmapped.map((n) => n.label).sort()).toEqual(["1", "2", "3", "4", "5"]);
    expect(report.notes.join("\n")).toMatch(/measured against draft strategy 'ogp-strategy-2023-draft'.*\(derivedFrom\)/);
  });

  it("against the draft strategy through the pairs ogp diff finds: all four draft goals covered, each mapped row naming its pairs", () => {
    const options = { workplan: "ogp-workplan-2023", strategy: "ogp-strategy-2023-draft" };
    const report = coverageOf(project, { ...options, depth: 2, versions: coverageVersions(project.graph, options) }).reports[0]!;
    const goals = report.rows.filter((r) => r.level === 1);
    // By the sources: deliverables 1, 2, 3, 5 and 7 advance approved goal 1, which continues draft goal 1; and so on.
    expect(goals.map((r) => `${r.label} ${r.status} ${coveringLabels(report, r.label!).join(",")}`)).toEqual(["1 covered 1,2,3,5,7", "2 covered 1,2,3,5,7", "3 covered 1,2,3,4,7", "4 covered 1,3,5,7"]);
    const pairs = (label: string) => report.rows.find((r) => r.label === label)!.mapped!.map((p) => `${p.from.ref} -> ${p.to.label} ${p.by}`);
    expect(pairs("1")).toEqual(["ogp-strategy-2023/community -> 1 id"]);
    expect(pairs("3")).toEqual(["ogp-strategy-2023/collective-progress -> 3 meaning", "ogp-strategy-2023/civic-space -> 3.4 id"]);
    expect(report.rows.find((r) => r.label === "3.4")!.items[0]!.paths[0]).toMatchObject({ target: "ogp-strategy-2023/civic-space", mappedTo: "ogp-strategy-2023-draft/civic-space", pairedBy: "id" });
    expect(report.rows.filter((r) => r.level === 2 && r.status !== "missing").map((r) => r.label)).toEqual(["3.4"]);
    expect(report.unmapped).toEqual([]);
    expect(report.notes.join("\n")).toMatch(/derivedFrom first, then the pairs ogp diff finds/);
  });
});

describe("ogp-workplan-2020 against ogp-3yp-2020, through the strategic approaches", () => {
  it("reaches each Collective Result only through the approach that serves it", () => {
    const report = reportOf("ogp-workplan-2020");
    expect(report.rows.map((r) => `${r.label} ${r.status}`)).toEqual(["1 covered", "2 covered", "3 covered", "4 covered"]);
    for (const row of report.rows) {
      for (const item of row.items) {
        expect(item.via).toBe("approach");
        expect(item.paths.every((p) => p.via === "approach" && p.served === row.ref)).toBe(true);
      }
    }
    const deliverablesOf = (label: string) => report.rows.find((r) => r.label === label)!.items.map((i) => i.ref.split("/")[1]).filter((id) => !id!.startsWith("platform-"));
    expect(deliverablesOf("1")).toEqual(["commitments-universal-services", "commitments-focus"]);
    expect(deliverablesOf("4")).toEqual(["global-leadership", "global-thematic-fora", "global-events", "global-communications"]);
  });

  it("the universal platform's four activities advance every result, through approach #1 ('five complementary strategic approaches through which OGP participants can advance the Collective Results')", () => {
    const report = reportOf("ogp-workplan-2020");
    expect(report.unlinked).toEqual([]);
    for (const row of report.rows) {
      const platform = row.items.filter((i) => i.ref.startsWith("ogp-workplan-2020/platform-"));
      expect(platform.map((i) => `${i.label} ${i.paths.map((p) => p.target).join(",")}`)).toEqual(["1", "2", "3", "4"].map((label) => `${label} ogp-3yp-2020/approach-universal-platform`));
    }
  });

  it("says the 2020 plan is a draft", () => {
    expect(reportOf("ogp-workplan-2020").notes).toEqual([expect.stringMatching(/advances goals of draft strategy 'ogp-3yp-2020'/)]);
  });
});

describe("--of indicators on the 2015 strategy", () => {
  it("finds the objectives with performance indicators and those without", () => {
    const [report] = coverageOf(project, { of: "indicators", strategy: "ogp-strategy-2015", depth: 2 }).reports;
    const withIndicators = report!.rows.filter((r) => r.level === 2 && r.status === "covered").map((r) => r.label);
    expect(withIndicators).toEqual(["1.3", "1.4", "2.2", "2.4", "3.1", "3.2", "3.3", "4.2", "4.5"]);
    expect(report!.rows.filter((r) => r.level === 1).map((r) => `${r.label} ${r.status}`)).toEqual(["1 partial", "2 partial", "3 covered", "4 partial"]);
  });
});

describe("no row is covered without a link in the graph that makes it so", () => {
  it("every counted item of every row of every report has a resolved advances link from the deliverable (or its action) to the row's subtree or a serving approach", () => {
    const { graph } = project;
    for (const depth of [1, 2, 3]) {
      for (const report of coverageOf(project, { depth }).reports) {
        for (const row of report.rows) {
          const beneath = new Set([...graph.subtree(graph.node(row.ref)!)].map((n) => n.ref));
          if (row.status === "covered") expect(row.items.some((i) => !i.broken)).toBe(true);
          for (const item of row.items) {
            for (const path of item.paths) {
              const edge = graph.outgoing(path.from, "advances").find((e) => e.to === path.target && e.resolved);
              expect(edge, `${row.ref} <- ${path.from}`).toBeDefined();
              const from = graph.node(path.from)!;
              expect(from.ref === item.ref || from.parent === item.ref).toBe(true);
              if (path.via === "approach") expect(graph.outgoing(path.target, "serves").some((e) => e.to === path.served && beneath.has(e.to))).toBe(true);
              else expect(beneath.has(path.target)).toBe(true);
            }
          }
        }
      }
    }
  });
});
