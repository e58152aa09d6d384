/** StratML `.xml` plan files in the language server: watched on disk, and read as StratML when open. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { afterEach, describe, expect, it } from "vitest";
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, RegistrationRequest, type MarkupContent, type RegistrationParams } from "vscode-languageserver/node";
import { URI } from "vscode-uri";
import { PlanLanguageService } from "../../src/lsp/service.js";
import { tempDir, WORKPLAN } from "../helpers.js";
import { startInProcess, type TestClient } from "./client.js";

/** The strategy 's' of the WORKPLAN fixture (goals g1 with o11, and g2), as StratML: its id comes from the file name. */
const S_XML = `<?xml version="1.0" encoding="UTF-8"?>
<StrategicPlan>
  <Name>A strategy</Name>
  <StrategicPlanCore>
    <Goal><Name>Goal one</Name><Description>d</Description><Identifier>g1</Identifier><SequenceIndicator>1</SequenceIndicator>
      <Objective><Name>Objective one one</Name><Description>d</Description><Identifier>o11</Identifier><SequenceIndicator>1.1</SequenceIndicator></Objective>
    </Goal>
    <Goal><Name>Goal two</Name><Description>d</Description><Identifier>g2</Identifier><SequenceIndicator>2</SequenceIndicator></Goal>
  </StrategicPlanCore>
</StrategicPlan>
`;
const WATCHING = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };
const unresolved = (codes: unknown[]) => codes.filter((c) => c === "unresolved-ref").length;

let client: TestClient | undefined;
afterEach(() => client?.connection.dispose());

describe("ogp lsp and StratML plan files", () => {
  it("asks the client to watch .xml files, and takes up a StratML plan created on disk", async () => {
    const root = tempDir({ "plans/workplan.yaml": WORKPLAN });
    const registrations: RegistrationParams[] = [];
    client = await startInProcess(root, {}, WATCHING, (connection) => connection.onRequest(RegistrationRequest.type, (params) => void registrations.push(params)));
    // Strategy 's' is missing: the workplan's links to it do not resolve.
    await client.diagnostics("plans/workplan.yaml", (d) => unresolved(d.map((x) => x.code)) > 0);
    const glob = (registrations[0]?.registrations[0]?.registerOptions as { watchers: { globPattern: string }[] }).watchers[0]!.globPattern;
    const watched = picomatch(glob);
    for (const file of ["plans/s.xml", "plans/workplan.yaml", "plans/w.yml", "ogp.config.yaml"]) expect(watched(file), file).toBe(true);

    writeFileSync(path.join(root, "plans/s.xml"), S_XML);
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri("plans/s.xml"), type: FileChangeType.Created }] });
    const resolved = await client.diagnostics("plans/workplan.yaml", (d) => unresolved(d.map((x) => x.code)) === 0);
    expect(resolved.filter((d) => d.severity === 1)).toEqual([]);
    const lines = WORKPLAN.split("\n");
    const line = lines.findIndex((l) => l.includes("s/g1"));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri("plans/workplan.yaml") }, position: { line, character: lines[line]!.indexOf("s/g1") + 3 } });
    expect((hover!.contents as MarkupContent).value).toBe("**goal 1**: Goal one\n\nin strategy 's': A strategy\n\n`plans/s.xml`");
  });

  it("goes from a link to the Identifier that declares its target in a StratML file, lists it among the references, and refuses to rename it there", async () => {
    const root = tempDir({ "plans/workplan.yaml": WORKPLAN, "plans/s.xml": S_XML });
    const service = new PlanLanguageService(root);
    const workplan = URI.file(path.join(root, "plans/workplan.yaml")).toString();
    const lines = WORKPLAN.split("\n");
    const line = lines.findIndex((l) => l.includes("s/g1"));
    const position = { line, character: lines[line]!.indexOf("s/g1") + 3 };
    const xmlLines = S_XML.split("\n");
    const g1Line = xmlLines.findIndex((l) => l.includes("<Identifier>g1</Identifier>"));
    const g1 = { start: { line: g1Line, character: xmlLines[g1Line]!.indexOf(">g1<") + 1 }, end: { line: g1Line, character: xmlLines[g1Line]!.indexOf(">g1<") + 3 } };
    const declaration = { uri: URI.file(path.join(root, "plans/s.xml")).toString(), range: g1 };
    expect(await service.definition({ textDocument: { uri: workplan }, position })).toEqual(declaration);
    expect(await service.references({ textDocument: { uri: workplan }, position, context: { includeDeclaration: true } })).toContainEqual(declaration);
    await expect(service.rename({ textDocument: { uri: workplan }, position, newName: "g9" })).rejects.toThrow(/declared in the StratML file plans\/s\.xml: change its Identifier there/);
  });

  it("reads an open .xml buffer as StratML, as the loader reads the file", async () => {
    const root = tempDir({ "plans/workplan.yaml": WORKPLAN, "plans/s.xml": S_XML });
    const service = new PlanLanguageService(root);
    const uri = (file: string) => URI.file(path.join(root, file)).toString();
    const codes = async () => new Map((await service.diagnostics()).map((p) => [p.uri, p.diagnostics.map((d) => d.code)]));
    expect(unresolved((await codes()).get(uri("plans/workplan.yaml")) ?? [])).toBe(0);
    // An edit that drops goal g2: the workplan's link to it breaks, and the XML has no problem of its own (no YAML errors).
    service.edited(uri("plans/s.xml"), S_XML.replace("<Identifier>g2</Identifier>", "<Identifier>g3</Identifier>"));
    const published = await codes();
    expect(unresolved(published.get(uri("plans/workplan.yaml")) ?? [])).toBe(1);
    expect(published.get(uri("plans/s.xml"))).toBeUndefined();
    // A StratML buffer outside the plans folder's listing (not saved yet) joins too.
    service.edited(uri("plans/new.xml"), S_XML.replace("<Name>A strategy</Name>", "<Name>Another</Name>"));
    expect((await codes()).get(uri("plans/new.xml"))).toBeUndefined();
    expect((await service.codeLenses(uri("plans/new.xml"))).map((l) => l.command?.title)).toEqual(["advanced by 0 deliverables", "advanced by 0 deliverables"]);
  });
});
