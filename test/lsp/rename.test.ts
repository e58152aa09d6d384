import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TextEdit } from "vscode-languageserver/node";
import { lint } from "../../src/lint/lint.js";
import { pickAt } from "../../src/lsp/navigation.js";
import { Occurrences } from "../../src/lsp/occurrences.js";
import { rename, RenameRefused } from "../../src/lsp/rename.js";
import { projectFrom, ROOT, STRATEGY, WORKPLAN } from "../helpers.js";
import { applyEdits } from "./client.js";

function shippedPlans(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ["2015", "2020", "2023"]) {
    for (const name of readdirSync(path.join(ROOT, "plans", dir))) files[`plans/${dir}/${name}`] = readFileSync(path.join(ROOT, "plans", dir, name), "utf8");
  }
  return files;
}

/** Renames the id declared at `needle` in `file` and returns every file's text after the edits. */
function renamed(files: Record<string, string>, file: string, needle: string, newId: string): Record<string, string> {
  const project = projectFrom(files);
  const occurrences = new Occurrences(project);
  const lines = files[file]!.split("\n");
  const line = lines.findIndex((l) => l.includes(needle));
  const pick = pickAt(occurrences, file, line, lines[line]!.indexOf(needle) + needle.length - 1)!;
  const edits = new Map<string, TextEdit[]>();
  for (const mention of rename(project.graph, occurrences, pick, newId)) edits.set(mention.file, [...(edits.get(mention.file) ?? []), { range: mention.range, newText: newId }]);
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, applyEdits(text, edits.get(name) ?? [])]));
}

/** Problems as a comparable list, without positions (a rename may shift columns on the renamed lines). */
const problems = (files: Record<string, string>) => lint(projectFrom(files)).problems.map((p) => `${p.file} ${p.rule}`);

describe("rename on the shipped OGP plans", () => {
  const plans = shippedPlans();

  it("renames a goal: every link to it still resolves, lint reports exactly what it did before", () => {
    const after = renamed(plans, "plans/2023/strategy.yaml", "id: civic-space", "civic-space-and-voice");
    const project = projectFrom(after);
    expect(project.graph.node("ogp-strategy-2023/civic-space")).toBeUndefined();
    const node = project.graph.node("ogp-strategy-2023/civic-space-and-voice")!;
    expect(project.graph.incoming(node.ref, "advances").length).toBe(projectFrom(plans).graph.incoming("ogp-strategy-2023/civic-space", "advances").length);
    expect(project.graph.incoming(node.ref, "advances").length).toBeGreaterThan(0);
    expect(problems(after)).toEqual(problems(plans));
    // Only the id's text changed: the diff of each file is the old id replaced by the new, nothing re-dumped.
    for (const [file, text] of Object.entries(after)) expect(text.replaceAll("civic-space-and-voice", "civic-space")).toBe(plans[file]);
  });

  it("renames a document: its id, the workplan's strategy and every 'doc/node' into it", () => {
    const after = renamed(plans, "plans/2023/strategy.yaml", "id: ogp-strategy-2023", "ogp-strategy-2023-2028");
    const project = projectFrom(after);
    expect(project.graph.document("ogp-strategy-2023-2028")).toBeDefined();
    expect(project.graph.edges.filter((e) => !e.resolved)).toEqual(projectFrom(plans).graph.edges.filter((e) => !e.resolved));
    expect(problems(after)).toEqual(problems(plans));
    for (const [file, text] of Object.entries(after)) expect(text.replaceAll("ogp-strategy-2023-2028", "ogp-strategy-2023")).toBe(plans[file]);
  });
});

describe("rename keeps the text as written", () => {
  it("keeps quotes, flow style and comments around the id", () => {
    const strategy = STRATEGY.replace("  - id: g1\n", "  - id: 'g1' # the first goal\n");
    const workplan = WORKPLAN.replace("- { ref: s/g1, cite", '- { ref: "s/g1", cite');
    const after = renamed({ "s.yaml": strategy, "w.yaml": workplan }, "s.yaml", "g1'", "one");
    expect(after["s.yaml"]).toBe(strategy.replace("'g1'", "'one'"));
    expect(after["w.yaml"]).toBe(workplan.replace('"s/g1"', '"s/one"'));
  });

  it("refuses on a duplicate's id", () => {
    const files = { "s.yaml": STRATEGY.replace("id: g2", "id: g1") };
    const lines = files["s.yaml"].split("\n");
    const line = lines.lastIndexOf("  - id: g1");
    const project = projectFrom(files);
    const occurrences = new Occurrences(project);
    expect(() => rename(project.graph, occurrences, pickAt(occurrences, "s.yaml", line, 9)!, "g3")).toThrow(RenameRefused);
  });
});
