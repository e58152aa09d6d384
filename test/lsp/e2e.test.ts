import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createProtocolConnection, DefinitionRequest, ExitNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { BIN, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";
import { connectClient } from "./client.js";

describe("ogp lsp --stdio (built binary)", () => {
  it("speaks JSON-RPC over stdio: diagnostics, a definition, then shutdown and exit 0", async () => {
    const root = tempDir({ "plans/strategy.yaml": STRATEGY, "plans/workplan.yaml": WORKPLAN.replace("ref: s/g2", "ref: s/g9") });
    const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = connectClient(connection, root);
    await client.initialize();

    const diagnostics = await client.diagnostics("plans/workplan.yaml", (d) => d.some((x) => x.code === "unresolved-ref"));
    const broken = diagnostics.find((d) => d.code === "unresolved-ref");
    expect(broken).toMatchObject({ code: "unresolved-ref", source: "ogp", severity: 1 });
    expect(broken!.message).toContain("s/g9");

    const line = WORKPLAN.split("\n").findIndex((l) => l.includes("s/g1"));
    const definition = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: client.uri("plans/workplan.yaml") }, position: { line, character: WORKPLAN.split("\n")[line]!.indexOf("s/g1") + 3 } });
    expect(definition).toMatchObject({ uri: client.uri("plans/strategy.yaml"), range: { start: { line: STRATEGY.split("\n").findIndex((l) => l.includes("id: g1")) } } });

    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
    connection.dispose();
  });

  it("explains itself in --help", async () => {
    const { runOgp } = await import("../helpers.js");
    const { code, stdout } = await runOgp(["lsp", "--help"]);
    expect(code).toBe(0);
    for (const text of ["--stdio", "ogp lsp --stdio", "initializationOptions"]) expect(stdout).toContain(text);
  });
});
