import { describe, expect, it } from "vitest";
import { strategyInForce } from "../../src/analyses/plan-name.js";
import { graphsSection } from "../../src/formatters/html/graphs-section.js";
import { projectFrom } from "../helpers.js";

const graph = (id: string, kind: "document" | "goal" = "document") => ({ id, kind, title: id, svg: "<svg></svg>" });

describe("the report's plan graphs", () => {
  it("show the graph asked for first (picked in the picker, the others hidden), else the first", () => {
    const html = graphsSection([graph("doc:d1"), graph("doc:s"), graph("goal:s/g1", "goal")], "doc:s");
    expect(html).toContain('<option value="doc:s" selected>');
    expect([...html.matchAll(/<figure class="graph" data-graph="([^"]+)">/g)].map((m) => m[1])).toEqual(["doc:s"]);
    expect(graphsSection([graph("doc:d1"), graph("doc:s")], "doc:nothing")).toContain('<figure class="graph" data-graph="doc:d1">');
  });

  it("the strategy in force is the one that ends last, approved before draft", () => {
    const strategy = (id: string, status: string, end: string) => `kind: strategy\nid: ${id}\ntitle: ${id}\nstatus: ${status}\nperiod: { start: "2020", end: "${end}" }\n`;
    const { graph: g } = projectFrom({ "a.yaml": strategy("old", "approved", "2022"), "b.yaml": strategy("draft", "draft", "2028"), "c.yaml": strategy("new", "approved", "2028") });
    expect(strategyInForce(g)?.id).toBe("new");
  });
});
