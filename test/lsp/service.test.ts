/** The language service without a connection: every file by its URI, in the client's spelling. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { URI } from "vscode-uri";
import { PlanLanguageService } from "../../src/lsp/service.js";
import { STRATEGY, tempDir, WORKPLAN } from "../helpers.js";

function service(files: Record<string, string>) {
  const root = tempDir(files);
  return { service: new PlanLanguageService(root), uri: (file: string) => URI.file(path.join(root, file)).toString() };
}

const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle));

describe("PlanLanguageService", () => {
  it("answers about a file in the spelling of the URI the client opened it by", async () => {
    const { service: s, uri } = service({ "plans/strategy.yaml": STRATEGY, "plans/workplan.yaml": WORKPLAN });
    // The same file, spelt with an escape (as a client may spell a drive letter or a space).
    const spelt = uri("plans/strategy.yaml").replace("/strategy.yaml", "/%73trategy.yaml");
    expect(URI.parse(spelt).fsPath).toBe(URI.parse(uri("plans/strategy.yaml")).fsPath);
    s.edited(spelt, STRATEGY.replace("id: g2", "id: g1"));
    const published = await s.diagnostics();
    const own = published.find((p) => p.uri === spelt);
    expect(published.map((p) => p.uri)).not.toContain(uri("plans/strategy.yaml"));
    expect(own!.diagnostics.find((d) => d.code === "duplicate-id")!.relatedInformation?.[0]?.location.uri).toBe(spelt);
    const line = lineOf(WORKPLAN, "s/g1");
    const locations = await s.references({ textDocument: { uri: uri("plans/workplan.yaml") }, position: { line, character: WORKPLAN.split("\n")[line]!.indexOf("s/g1") + 3 }, context: { includeDeclaration: true } });
    expect(locations!.map((l) => l.uri)).toEqual([spelt, uri("plans/workplan.yaml")]);
    // Asked in either spelling, the file is the same one.
    expect(await s.codeLenses(uri("plans/strategy.yaml"))).toEqual(await s.codeLenses(spelt));
  });

  it("publishes only what changed: a file's problems once, then an empty list when they are gone", async () => {
    const { service: s, uri } = service({ "plans/strategy.yaml": STRATEGY, "plans/workplan.yaml": WORKPLAN.replace("ref: s/g2", "ref: s/g9") });
    const first = await s.diagnostics();
    expect(first.map((p) => [p.uri, p.diagnostics.map((d) => d.code)])).toEqual([[uri("plans/workplan.yaml"), ["uncovered-goal", "unresolved-ref"]]]);
    expect(await s.diagnostics()).toEqual([]);
    s.edited(uri("plans/strategy.yaml"), STRATEGY.replace("id: g2", "id: g9"));
    expect(await s.diagnostics()).toEqual([{ uri: uri("plans/workplan.yaml"), diagnostics: [] }]);
    // Closed unsaved: the disk's text again, and its problem with it.
    s.closed(uri("plans/strategy.yaml"));
    expect((await s.diagnostics()).map((p) => p.diagnostics.length)).toEqual([2]);
  });

  it("completes only in open buffers, and outlines by the buffer's lines", async () => {
    const { service: s, uri } = service({ "plans/strategy.yaml": STRATEGY, "plans/workplan.yaml": WORKPLAN });
    const line = lineOf(WORKPLAN, "strategy: s");
    const at = { textDocument: { uri: uri("plans/workplan.yaml") }, position: { line, character: 11 } };
    expect(await s.completion(at)).toEqual([]);
    s.edited(uri("plans/workplan.yaml"), WORKPLAN);
    expect((await s.completion(at)).map((i) => i.label)).toEqual(["s"]);
    const closed = await s.documentSymbols(uri("plans/strategy.yaml"));
    s.edited(uri("plans/strategy.yaml"), STRATEGY);
    const open = await s.documentSymbols(uri("plans/strategy.yaml"));
    // The last goal runs to the end of the text: unknown (line 0) until the buffer is open.
    expect([closed.at(-1)!.range.end.line, open.at(-1)!.range.end.line]).toEqual([lineOf(STRATEGY, "id: g2"), STRATEGY.split("\n").length - 1]);
  });
});
