import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { lintFiles, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";
import { applyEdits, startInProcess, type TestClient } from "./client.js";

/** The 0-based position of the `at`-th character of the first `needle` in a text (after `after`, when given). */
function positionOf(text: string, needle: string, at = 0, after = ""): { line: number; character: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0) + at;
  if (offset < at) throw new Error(`'${needle}' not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
}

let root: string;
let client: TestClient;
const STRATEGY_FILE = "plans/strategy.yaml";
const WORKPLAN_FILE = "plans/workplan.yaml";

beforeEach(async () => {
  root = tempDir({ [STRATEGY_FILE]: STRATEGY, [WORKPLAN_FILE]: WORKPLAN.replace("ref: s/g2", "ref: s/g9"), "other/not-a-plan.yaml": "just: yaml\n" });
  client = await startInProcess(root);
});

afterEach(() => client.connection.dispose());

const at = (file: string, position: { line: number; character: number }) => ({ textDocument: { uri: client.uri(file) }, position });
const workplanText = () => WORKPLAN.replace("ref: s/g2", "ref: s/g9");

describe("ogp lsp diagnostics", () => {
  it("reports at start what `ogp lint` reports, for files not even open", async () => {
    const diagnostics = await client.diagnostics(WORKPLAN_FILE);
    const expected = lintFiles({ [STRATEGY_FILE]: STRATEGY, [WORKPLAN_FILE]: workplanText() }).problems.filter((p) => p.file === WORKPLAN_FILE);
    expect(diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.code, d.message])).toEqual(expected.map((p) => [p.line, p.column, p.rule, p.message]));
    expect(diagnostics.find((d) => d.code === "unresolved-ref")).toMatchObject({ source: "ogp", code: "unresolved-ref", severity: 1, range: { start: positionOf(workplanText(), "s/g9") } });
  });

  it("follows the open buffers, across files: a fix in one file clears the errors it caused in another", async () => {
    await client.diagnostics(WORKPLAN_FILE, (d) => d.some((x) => x.code === "unresolved-ref"));
    client.open(STRATEGY_FILE, STRATEGY);
    client.change(STRATEGY_FILE, STRATEGY.replace("id: g2", "id: g9"));
    const cleared = await client.diagnostics(WORKPLAN_FILE, (d) => !d.some((x) => x.code === "unresolved-ref"));
    expect(cleared.filter((d) => d.severity === 1)).toEqual([]);
  });

  it("lints the last text after a burst of edits", async () => {
    client.open(WORKPLAN_FILE, workplanText());
    for (const id of ["g7", "g8", "g1"]) client.change(WORKPLAN_FILE, WORKPLAN.replace("ref: s/g2", `ref: s/${id}`));
    const settled = await client.diagnostics(WORKPLAN_FILE, (d) => !d.some((x) => x.code === "unresolved-ref"));
    const expected = lintFiles({ [STRATEGY_FILE]: STRATEGY, [WORKPLAN_FILE]: WORKPLAN.replace("ref: s/g2", "ref: s/g1") }).problems.filter((p) => p.file === WORKPLAN_FILE);
    expect(settled.map((d) => d.message)).toEqual(expected.map((p) => p.message));
    expect(settled.map((d) => d.message).join("\n")).not.toMatch(/s\/g[78]/);
  });

  it("names the other place of a duplicate as related information", async () => {
    client.open(STRATEGY_FILE, STRATEGY.replace("id: g2", "id: g1"));
    const [duplicate] = await client.diagnostics(STRATEGY_FILE, (d) => d.some((x) => x.code === "duplicate-id"));
    expect(duplicate!.relatedInformation?.[0]?.location).toEqual({ uri: client.uri(STRATEGY_FILE), range: expect.objectContaining({ start: positionOf(STRATEGY, "g1") }) });
  });
});

describe("ogp lsp navigation", () => {
  it("goes to the definition of a node, of a document, and of the document part of 'doc/node'", async () => {
    const text = workplanText();
    const toGoal = await client.connection.sendRequest(DefinitionRequest.type, at(WORKPLAN_FILE, positionOf(text, "s/g1", 3)));
    expect(toGoal).toEqual({ uri: client.uri(STRATEGY_FILE), range: { start: positionOf(STRATEGY, "g1"), end: positionOf(STRATEGY, "g1", 2) } });
    const toDocument = await client.connection.sendRequest(DefinitionRequest.type, at(WORKPLAN_FILE, positionOf(text, "s/g1", 0)));
    expect(toDocument).toEqual({ uri: client.uri(STRATEGY_FILE), range: { start: positionOf(STRATEGY, "s", 0, "id: s"), end: positionOf(STRATEGY, "s", 1, "id: s") } });
    const fromStrategyKey = (await client.connection.sendRequest(DefinitionRequest.type, at(WORKPLAN_FILE, positionOf(text, "strategy: s", 10)))) as Location;
    expect(fromStrategyKey.range).toEqual(toDocument && (toDocument as Location).range);
    expect(await client.connection.sendRequest(DefinitionRequest.type, at(WORKPLAN_FILE, positionOf(text, "s/g9", 3)))).toBeNull();
    expect(await client.connection.sendRequest(DefinitionRequest.type, at(WORKPLAN_FILE, positionOf(text, "title: A workplan", 8)))).toBeNull();
  });

  it("finds every reference of an id across files, with the declaration on request", async () => {
    const position = positionOf(STRATEGY, "g1");
    const withDeclaration = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(STRATEGY_FILE, position), context: { includeDeclaration: true } }))!;
    expect(withDeclaration.map((l) => [l.uri.endsWith(STRATEGY_FILE) ? "strategy" : "workplan", l.range.start.line])).toEqual([
      ["strategy", position.line],
      ["workplan", positionOf(workplanText(), "s/g1").line],
    ]);
    const without = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(STRATEGY_FILE, position), context: { includeDeclaration: false } }))!;
    expect(without).toEqual([{ uri: client.uri(WORKPLAN_FILE), range: { start: positionOf(workplanText(), "g1"), end: positionOf(workplanText(), "g1", 2) } }]);
  });

  it("hovers a reference with the target's kind, label, title and document", async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, at(WORKPLAN_FILE, positionOf(workplanText(), "s/g1", 2)));
    expect((hover!.contents as MarkupContent).value).toBe("**goal 1**: Goal one\n\nin strategy 's': A strategy\n\n`plans/strategy.yaml`");
    const broken = await client.connection.sendRequest(HoverRequest.type, at(WORKPLAN_FILE, positionOf(workplanText(), "s/g9", 2)));
    expect((broken!.contents as MarkupContent).value).toContain("`s/g9` names no node or document");
  });
});

describe("ogp lsp rename", () => {
  it("renames a node across files, editing only the id's text", async () => {
    const position = positionOf(workplanText(), "s/g1", 3);
    expect(await client.connection.sendRequest(PrepareRenameRequest.type, at(WORKPLAN_FILE, position))).toEqual({ range: { start: positionOf(workplanText(), "g1"), end: positionOf(workplanText(), "g1", 2) }, placeholder: "g1" });
    const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(WORKPLAN_FILE, position), newName: "first-goal" })) as WorkspaceEdit;
    expect(applyEdits(STRATEGY, edit.changes![client.uri(STRATEGY_FILE)]!)).toBe(STRATEGY.replace("id: g1", "id: first-goal"));
    expect(applyEdits(workplanText(), edit.changes![client.uri(WORKPLAN_FILE)]!)).toBe(workplanText().replace("{ ref: s/g1, cite", "{ ref: s/first-goal, cite"));
  });

  it("renames a document: its id, links to it, and the document part of every reference into it", async () => {
    const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(WORKPLAN_FILE, positionOf(workplanText(), "strategy: s", 10)), newName: "strat" })) as WorkspaceEdit;
    expect(applyEdits(STRATEGY, edit.changes![client.uri(STRATEGY_FILE)]!)).toBe(STRATEGY.replace("id: s\n", "id: strat\n"));
    // s/g9 does not resolve: it is left as written.
    expect(applyEdits(workplanText(), edit.changes![client.uri(WORKPLAN_FILE)]!)).toBe(workplanText().replace("strategy: s\n", "strategy: strat\n").replace("s/g1", "strat/g1"));
  });

  it("refuses a broken link, an invalid id and an id already taken, saying why", async () => {
    await expect(client.connection.sendRequest(PrepareRenameRequest.type, at(WORKPLAN_FILE, positionOf(workplanText(), "s/g9", 3)))).rejects.toThrow("'s/g9' names no node or document");
    const position = at(STRATEGY_FILE, positionOf(STRATEGY, "g1"));
    await expect(client.connection.sendRequest(RenameRequest.type, { ...position, newName: "goal one" })).rejects.toThrow("'goal one' is not a valid id");
    await expect(client.connection.sendRequest(RenameRequest.type, { ...position, newName: "g2" })).rejects.toThrow(`'g2' is already the id of goal 2 "Goal two" in the same document`);
    await expect(client.connection.sendRequest(RenameRequest.type, { ...position, newName: "w" })).rejects.toThrow("'w' is the id of workplan 'w'");
  });
});

describe("ogp lsp completion, outline and code lens", () => {
  it("completes references: after 'doc/', the nodes a link of that kind may name, titles as detail", async () => {
    const text = workplanText().replace("      - { ref: s/g9, cite: \"it says so too\" }", "      - ref: s/");
    client.open(WORKPLAN_FILE, text);
    const items = (await client.connection.sendRequest(CompletionRequest.type, at(WORKPLAN_FILE, positionOf(text, "ref: s/", 7)))) as CompletionItem[];
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["s/g1", "goal 1: Goal one"],
      ["s/o11", "objective 1.1: Objective one one"],
      ["s/g2", "goal 2: Goal two"],
    ]);
  });

  it("completes a workplan's strategy with strategy documents", async () => {
    const text = workplanText().replace("strategy: s\n", "strategy: \n");
    client.open(WORKPLAN_FILE, text);
    const items = (await client.connection.sendRequest(CompletionRequest.type, at(WORKPLAN_FILE, positionOf(text, "strategy: ", 10)))) as CompletionItem[];
    expect(items.map((i) => [i.label, i.detail])).toEqual([["s", "strategy: A strategy"]]);
  });

  it("outlines a file's goals and objectives, and counts the deliverables advancing each goal", async () => {
    client.open(STRATEGY_FILE, STRATEGY);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.uri(STRATEGY_FILE) } })) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[]): unknown[] => list.map((s) => [s.name, s.detail, ...(s.children?.length ? [outline(s.children)] : [])]);
    expect(outline(symbols)).toEqual([
      ["1 Goal one", "goal 'g1'", [["1.1 Objective one one", "objective 'o11'"]]],
      ["2 Goal two", "goal 'g2'"],
    ]);
    expect(symbols[0]!.range.start.line).toBe(positionOf(STRATEGY, "id: g1").line);
    expect(symbols[0]!.range.end.line).toBe(positionOf(STRATEGY, "id: g2").line - 1);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: client.uri(STRATEGY_FILE) } });
    // g2's only link (s/g9) is broken in this fixture.
    expect(lenses!.map((l) => [l.range.start.line, l.command?.title])).toEqual([
      [positionOf(STRATEGY, "id: g1").line, "advanced by 1 deliverable"],
      [positionOf(STRATEGY, "id: g2").line, "advanced by 0 deliverables"],
    ]);
  });
});

describe("ogp lsp on the shipped plans", () => {
  it("publishes the same warnings as `ogp lint` for the OGP plans", async () => {
    client.connection.dispose();
    const repo = path.resolve(__dirname, "../..");
    client = await startInProcess(repo);
    const file = "plans/2023/workplan.yaml";
    const diagnostics = await client.diagnostics(file);
    expect(diagnostics.map((d) => d.code)).toEqual(["advances-nothing"]);
    const text = readFileSync(path.join(repo, file), "utf8");
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, at(file, positionOf(text, "ogp-strategy-2023/community", 20)))) as Location;
    expect(definition.uri).toBe(client.uri("plans/2023/strategy.yaml"));
  });
});

describe("ogp lsp in a workspace without a plans folder", () => {
  it("lints the plans anywhere in it, and leaves other YAML alone", async () => {
    client.connection.dispose();
    root = tempDir({ "strategy.yaml": STRATEGY, "deep/workplan.yaml": workplanText(), ".github/workflows/ci.yml": "on: push\njobs: {}\n", "compose.yaml": "services: {}\n" });
    client = await startInProcess(root);
    const diagnostics = await client.diagnostics("deep/workplan.yaml", (d) => d.some((x) => x.code === "unresolved-ref"));
    expect(diagnostics.map((d) => d.code)).toContain("unresolved-ref");
    // A plan opened in such a workspace joins the project; another YAML file does not.
    client.open("compose.yaml", "services: {}\nx: [\n");
    client.open("new.yaml", "kind: strategy\nid: s\n");
    const duplicate = await client.diagnostics("new.yaml", (d) => d.some((x) => x.code === "duplicate-id"));
    expect(duplicate.map((d) => d.code)).toContain("duplicate-id");
    const definition = await client.connection.sendRequest(DefinitionRequest.type, at("compose.yaml", { line: 0, character: 2 }));
    expect(definition).toBeNull();
  });
});
