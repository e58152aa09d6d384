import { describe, expect, it } from "vitest";
import { codeLenses, documentSymbols } from "../../src/lsp/outline.js";
import { projectFrom, STRATEGY, WORKPLAN } from "../helpers.js";

const DELIVERABLE = `kind: deliverable
id: dd
title: A deliverable of its own
status: approved
workplan: w
advances:
  - { ref: s/o11, cite: "it says so" }
actions:
  - id: act1
    title: First action
  - id: act2
    title: Second action
`;

describe("outline", () => {
  const files = { "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": DELIVERABLE };
  const project = projectFrom(files);
  const lines = (file: keyof typeof files) => files[file].split("\n").length;

  it("lists a workplan's deliverables with their actions", () => {
    const symbols = documentSymbols(project, "w.yaml", lines("w.yaml"));
    expect(symbols.map((s) => [s.name, s.children?.map((c) => c.name)])).toEqual([["1 Deliverable one", ["1.1 Action one"]]]);
    for (const symbol of symbols) expect(symbol.range.start.line).toBeLessThanOrEqual(symbol.selectionRange.start.line);
  });

  it("lists a deliverable document's actions at the top", () => {
    const symbols = documentSymbols(project, "d.yaml", lines("d.yaml"));
    expect(symbols.map((s) => s.name)).toEqual(["First action", "Second action"]);
    expect(symbols[1]!.range.end.line).toBe(lines("d.yaml") - 1);
  });

  it("counts a deliverable advancing an objective beneath a goal as advancing the goal", () => {
    expect(codeLenses(project, "s.yaml").map((l) => l.command?.title)).toEqual(["advanced by 2 deliverables", "advanced by 1 deliverable"]);
  });
});
