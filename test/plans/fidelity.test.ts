import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { graphView } from "../../src/analyses/graph-view.js";
import type { PlanGraph } from "../../src/graph/graph.js";
import { openProject } from "../../src/project/open.js";
import { ROOT } from "../helpers.js";

const SEEDS = path.resolve(ROOT, "../shared/seeds");
const SOURCE_OF: Record<string, string> = {
  "ogp-strategy-2015": "003_06617adf5980562b.txt",
  "ogp-3yp-2020": "002_55ca738b0b5fe126.txt",
  "ogp-workplan-2020": "002_55ca738b0b5fe126.txt",
  "ogp-strategy-2023-draft": "001_9d079c323610a0fd.txt",
  "ogp-strategy-2023-consultation": "004_332a88464592ead4.txt",
  "ogp-strategy-2023": "000_88ea96c75a33400a.txt",
  "ogp-workplan-2023": "000_88ea96c75a33400a.txt",
};

let graph: PlanGraph;
beforeAll(async () => {
  graph = (await openProject(["plans"], ROOT)).graph;
});

/** Labels as the `ogp graph` JSON contract gives them, in source order. */
const labels = (document: string, type?: string) =>
  graphView(graph).nodes.filter((n) => n.document === document && n.label && (!type || n.type === type)).map((n) => n.label!);
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describe("the shipped plans hold every numbered item of their sources", () => {
  it("loads the seven documents", () => {
    expect([...graph.documents.keys()].sort()).toEqual(Object.keys(SOURCE_OF).sort());
  });

  it("2015: four goals, objectives 1.1 to 4.5.x as numbered (4.2.3 under 4.5), 15 indicators", () => {
    expect(labels("ogp-strategy-2015", "goal")).toEqual(["1", "2", "3", "4"]);
    expect(labels("ogp-strategy-2015", "objective")).toEqual([
      "1.1", "1.2", "1.3", "1.4", "1.5", "1.5.1", "1.5.2", "1.5.3",
      "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3",
      "4.1", "4.2", "4.3", "4.4", "4.5", "4.5.1", "4.5.2", "4.2.3",
    ]);
    expect(graph.node("ogp-strategy-2015/awards")?.parent).toBe(graph.document("ogp-strategy-2015")!.nodes.find((n) => n.label === "4.5" && n.type === "objective")!.ref);
    expect(labels("ogp-strategy-2015", "indicator")).toEqual([
      "1.3.1", "1.3.2", "1.4.1", "2.2.1", "2.2.2", "2.2.3", "2.4.1", "3.1.1", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2", "4.2.1", "4.5.1",
    ]);
  });

  it("2020: four Collective Results, five Strategic Approaches, the universal platform's four numbered activities", () => {
    expect(graph.roots("ogp-3yp-2020").filter((n) => n.type === "goal").map((n) => `${n.label} ${n.title}`)).toEqual(["1 Commitments", "2 Countries", "3 Themes", "4 Global"]);
    expect(labels("ogp-3yp-2020", "approach")).toEqual(range("", 1, 5));
    expect(labels("ogp-workplan-2020", "deliverable")).toEqual(range("", 1, 4));
  });

  it("2023 draft: four goals, 14 strategies 1.1 to 4.2, four shifts, the OGP Local box's seven items", () => {
    expect(labels("ogp-strategy-2023-draft", "goal")).toEqual(range("", 1, 4));
    expect(labels("ogp-strategy-2023-draft", "objective")).toEqual([...range("1.", 1, 5), ...range("2.", 1, 3), ...range("3.", 1, 4), ...range("4.", 1, 2)]);
    expect(labels("ogp-strategy-2023-draft", "shift")).toEqual(range("", 1, 4));
    expect(graph.children(graph.node("ogp-strategy-2023-draft/ogp-local-box")!).map((n) => n.label)).toEqual(range("", 1, 7));
  });

  it("2023 consultation: paragraphs P22 to P30 with comment counts", () => {
    const paragraphs = graph.document("ogp-strategy-2023-consultation")!.nodes.filter((n) => n.data.paragraph);
    // Boxes are listed after the goals in the document, so P26 (a box) comes after P29: compare as a set.
    expect(paragraphs.map((n) => String(n.data.paragraph)).sort()).toEqual(range("P", 22, 30));
    expect(paragraphs.every((n) => typeof n.data.comments === "number")).toBe(true);
    expect(labels("ogp-strategy-2023-consultation", "objective")).toEqual(["3.2", "3.3", "3.4", "4.1", "4.2"]);
  });

  it("approved 2023: five goals as the work plan states them; the work plan's 7 deliverables and 25 actions", () => {
    expect(graph.roots("ogp-strategy-2023").map((n) => `${n.label} ${n.title}`)).toContain("3 Protect and expand civic space.");
    expect(labels("ogp-strategy-2023", "goal")).toEqual(range("", 1, 5));
    expect(labels("ogp-workplan-2023", "deliverable")).toEqual(range("", 1, 7));
    const actions = labels("ogp-workplan-2023", "action");
    expect(actions).toHaveLength(25);
    expect(actions).toEqual([...range("1.", 1, 4), ...range("2.", 1, 2), ...range("3.", 1, 4), ...range("4.", 1, 4), ...range("5.", 1, 4), ...range("6.", 1, 3), ...range("7.", 1, 4)]);
  });

  it("2023 work plan: each deliverable advances the goals its text names (4 the civic-space goal, 3 and 7 all five, 6 none)", () => {
    const advanced = (id: string) => graph.outgoing(`ogp-workplan-2023/${id}`, "advances").map((e) => graph.node(e.to)!.label).sort();
    expect(advanced("global-summit")).toEqual(["1", "2", "4", "5"]);
    expect(advanced("leadership-programs")).toEqual(["1", "2", "4"]);
    expect(advanced("country-level-action")).toEqual(["1", "2", "3", "4", "5"]);
    expect(advanced("thematic-priorities")).toEqual(["3", "4"]);
    expect(advanced("ogp-local")).toEqual(["1", "2", "5"]);
    expect(advanced("fundraising")).toEqual([]);
    expect(advanced("secretariat-governance")).toEqual(["1", "2", "3", "4", "5"]);
  });
});

/** Text as the sources render it, without markup and with whitespace folded, for "does the source say this?" checks. */
function normalize(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/\*+|__/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[\s\u00a0|]+/g, " ")
    .trim();
}

describe.skipIf(!existsSync(SEEDS))("every link cites a sentence of its source", () => {
  const sources = new Map<string, string>();
  const sourceText = (document: string) => {
    const file = SOURCE_OF[document]!;
    if (!sources.has(file)) sources.set(file, normalize(readFileSync(path.join(SEEDS, file), "utf8")));
    return sources.get(file)!;
  };

  it("no advances, refs, serves or derivedFrom link lacks a cite", () => {
    const uncited = graph.edges.filter((e) => ["advances", "refs", "serves", "derivedFrom"].includes(e.type) && !e.cite).map((e) => `${e.from} -> ${e.written}`);
    expect(uncited).toEqual([]);
  });

  /**
   * A cite is a verbatim quote; " ... " joins quotes from one passage, " > " a section path,
   * and a cite that names a section in prose puts its quotes in double quotes.
   */
  const quotesOf = (cite: string) =>
    cite.split(/ \.\.\. | > /).flatMap((part) => {
      const quoted = [...part.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      return quoted.length > 0 ? quoted : [part];
    });

  it("no link cites the seeds' README: it describes the sources and is not one of them", () => {
    expect(graph.edges.filter((e) => /README/i.test(e.cite ?? "")).map((e) => `${e.from} -> ${e.written}`)).toEqual([]);
  });

  it("each cite is found in the source", () => {
    const missing: string[] = [];
    for (const edge of graph.edges) {
      if (!edge.cite) continue;
      const document = graph.node(edge.from)?.document ?? edge.from;
      const text = sourceText(document);
      const cite = normalize(edge.cite);
      for (const part of quotesOf(cite)) {
        const quote = part.replace(/^…|…$/g, "").replace(/^\.\.\.|\.\.\.$/g, "").trim();
        if (!text.includes(quote)) missing.push(`${edge.from} -> ${edge.written}: "${quote}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("each node title is found in its source", () => {
    const missing: string[] = [];
    for (const node of graph.nodes.values()) {
      if (!node.title) continue;
      if (!sourceText(node.document).includes(normalize(node.title).replace(/:$/, ""))) missing.push(`${node.ref}: "${node.title}"`);
    }
    expect(missing).toEqual([]);
  });
});
