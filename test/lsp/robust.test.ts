/**
 * The language server never goes deaf (issue 23): framing faults, malformed messages and requests
 * at odd places are answered or dropped, and later requests are still served.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CompletionRequest, ReferencesRequest } from "vscode-languageserver/node";
import { BIN, STRATEGY, tempDir, WORKPLAN } from "../helpers.js";
import { startInProcess } from "./client.js";

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`) => header + body;
const request = (id: number, method: string, params: object = {}) => JSON.stringify({ jsonrpc: "2.0", id, method, params });
const notification = (method: string, params: object) => JSON.stringify({ jsonrpc: "2.0", method, params });

describe("ogp lsp --stdio under framing faults (built binary)", () => {
  it("drops each faulty message and answers the next ones", async () => {
    const root = tempDir({ "plans/strategy.yaml": STRATEGY });
    const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const answered = (id: number) =>
      new Promise<void>((resolve) => {
        const check = () => (new RegExp(`"id":${id}[,}]`).test(stdout) ? resolve() : setTimeout(check, 20));
        check();
      });
    const init = (id: number) => request(id, "initialize", { processId: null, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    const faults = [
      frame(init(1), "Content-Length: 5\r\n\r\n"), // too small
      frame(init(2), "Content-Length: abc\r\n\r\n"), // not a number
      frame(init(3), "Content-Type: application/vscode-jsonrpc\r\n\r\n"), // missing
      frame(init(4), "Content-Length: -5\r\n\r\n"), // negative
      frame(init(5), "Content-Length: 1e9\r\n\r\n"), // 1e9
      frame(init(6), "Content-Length: 1000000000\r\n\r\n"), // over the limit
      frame(init(8), "Content-Length: 100000\r\n\r\n"), // too large: cut short by the next header
    ];
    for (const fault of faults) child.stdin.write(fault);
    // Header lines without CR: served.
    child.stdin.write(frame(init(7), `Content-Length: ${Buffer.byteLength(init(7))}\n\n`));
    await answered(7);
    child.stdin.write(frame(notification("initialized", {})));
    child.stdin.write(frame(notification("textDocument/didOpen", { textDocument: { uri: "file:///x.yaml", languageId: "yaml", version: 1, text: 42 } })));
    child.stdin.write(frame("{not json"));
    child.stdin.write(frame(request(9, "textDocument/documentSymbol", { textDocument: { uri: "file:///x.yaml" } })));
    await answered(9);
    child.stdin.write(frame(request(10, "shutdown")));
    await answered(10);
    child.stdin.write(frame(notification("exit", {})));
    expect(await exited).toBe(0);
    for (const id of [1, 2, 3, 4, 5, 6, 8]) expect(stdout).not.toMatch(new RegExp(`"id":${id}[,}]`));
    expect(stderr).toMatch(/dropped/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("ogp lsp requests at odd places", () => {
  it("completion past the end of the document answers (nothing), and the server keeps serving", async () => {
    const root = tempDir({ "plans/strategy.yaml": STRATEGY, "plans/workplan.yaml": WORKPLAN });
    const client = await startInProcess(root);
    client.open("plans/workplan.yaml", WORKPLAN);
    const uri = client.uri("plans/workplan.yaml");
    for (const position of [{ line: 500, character: 0 }, { line: 0, character: 500 }, { line: WORKPLAN.split("\n").length, character: 3 }]) {
      expect(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })).toEqual([]);
    }
    const line = WORKPLAN.split("\n").findIndex((l) => l.includes("ref: s/g1"));
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: WORKPLAN.split("\n")[line]!.indexOf("s/g1") + 2 } });
    expect(Array.isArray(items) && items.length > 0).toBe(true);
  });

  it("references on a document of 5,000 nested dashes answer without overflowing the stack", async () => {
    const text = `kind: strategy\nid: s\ntitle: T\nstatus: approved\ngoals:\n  ${"- ".repeat(5000)}x\n`;
    const root = tempDir({ "plans/strategy.yaml": STRATEGY, "plans/dashes.yaml": text });
    const client = await startInProcess(root);
    client.open("plans/dashes.yaml", text);
    const uri = client.uri("plans/dashes.yaml");
    for (const position of [{ line: 5, character: 10 }, { line: 1, character: 4 }]) {
      expect(await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } })).toBeNull();
    }
    const diagnostics = await client.diagnostics("plans/dashes.yaml", (d) => d.length > 0);
    expect(diagnostics[0]?.message).toMatch(/nest/);
  });
});

describe("ogp lsp with a 2 MB buffer: a request's work stays bounded", () => {
  it("after an edit to a large buffer, requests answer from the last build; the rebuild comes with the diagnostics", async () => {
    const { PlanWorkspace } = await import("../../src/lsp/workspace.js");
    const { LIVE_REBUILD_CHARACTERS } = await import("../../src/lsp/server.js");
    const root = tempDir({ "plans/strategy.yaml": STRATEGY });
    const workspace = new PlanWorkspace(root);
    const file = `${root}/plans/big.yaml`;
    const goals = Array.from({ length: 30_000 }, (_, i) => `  - id: g${i}\n    label: "${i + 1}"\n    title: Goal ${i}, which makes government more open\n`).join("");
    const big = `kind: strategy\nid: big\ntitle: T\nstatus: approved\ngoals:\n${goals}`;
    expect(big.length).toBeGreaterThan(2_000_000);
    // No build yet: the first request builds.
    workspace.openOrChange(file, big);
    expect(workspace.staleIfCostly(LIVE_REBUILD_CHARACTERS)).toBeUndefined();
    const first = await workspace.snapshot();
    // An edit to the large buffer: a request gets the last build, without parsing 2 MB.
    workspace.openOrChange(file, `${big}  - id: added\n    label: x\n    title: New\n`);
    expect(workspace.staleIfCostly(LIVE_REBUILD_CHARACTERS)).toBe(first);
    // The rebuild (the debounced diagnostics) sees the edit; after it, requests build again.
    const next = await workspace.snapshot();
    expect(next.project.graph.node("big/added")).toBeDefined();
    expect(workspace.staleIfCostly(LIVE_REBUILD_CHARACTERS)).toBeUndefined();
    // A small buffer's edit is always seen by the next request.
    workspace.openOrChange(`${root}/plans/strategy.yaml`, STRATEGY.replace("id: g2", "id: g3"));
    expect(workspace.staleIfCostly(LIVE_REBUILD_CHARACTERS)).toBeUndefined();
  }, 120_000);
});
