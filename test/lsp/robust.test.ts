/**
 * The language server never goes deaf (issue 23): framing faults, malformed messages and requests
 * at odd places are answered or dropped, and later requests are still served.
 */
import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import path from "node:path";
import { CompletionRequest, ReferencesRequest, type MarkupContent } from "vscode-languageserver/node";
import { URI } from "vscode-uri";
import { PlanLanguageService } from "../../src/lsp/service.js";
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

describe("ogp lsp with a 2 MB buffer: answers do not wait for its build", () => {
  const goals = Array.from({ length: 30_000 }, (_, i) => `  - id: g${i}\n    label: "${i + 1}"\n    title: Goal ${i}, which makes government more open\n`).join("");
  const BIG = `kind: strategy\nid: big\ntitle: T\nstatus: approved\ngoals:\n${goals}`;

  // Builds of a 2 MB buffer happen only where the size limit is raised for trusted files (a buffer
  // over it is refused as the file on disk is: the test after these).
  beforeEach(() => {
    vi.stubEnv("OGP_MAX_FILE_SIZE", "16MiB");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("a request that arrives while the big buffer's build runs is answered from the last build; later requests see it", async () => {
    expect(BIG.length).toBeGreaterThan(2_000_000);
    const root = tempDir({ "plans/strategy.yaml": STRATEGY });
    const service = new PlanLanguageService(root);
    const uri = (file: string) => URI.file(path.join(root, file)).toString();
    const hoverOn = (file: string, text: string, needle: string) => {
      const lines = text.split("\n");
      const line = lines.findIndex((l) => l.includes(needle));
      return service.hover({ textDocument: { uri: uri(file) }, position: { line, character: lines[line]!.indexOf(needle) + needle.length - 1 } });
    };
    // No build yet: the first request waits for one.
    expect(await hoverOn("plans/strategy.yaml", STRATEGY, "id: g1")).not.toBeNull();

    service.edited(uri("plans/big.yaml"), BIG);
    let built = false;
    const building = service.diagnostics().then((published) => ((built = true), published));
    // The build is under way (it yields between its steps): a request arriving now is read and answered at once.
    await new Promise((resolve) => setImmediate(resolve));
    const during = await hoverOn("plans/strategy.yaml", STRATEGY, "id: g1");
    expect(built).toBe(false);
    expect((during!.contents as MarkupContent).value).toContain("Goal one");
    // Not yet in the build it was answered from.
    expect(await hoverOn("plans/big.yaml", BIG, "id: g29999")).toBeNull();

    expect((await building).map((p) => p.uri)).not.toContain(uri("plans/big.yaml")); // no problems in it
    expect((await hoverOn("plans/big.yaml", BIG, "id: g29999"))!.contents).toMatchObject({ value: expect.stringContaining("Goal 29999") });
  }, 120_000);

  it("by default, a 2 MB buffer is refused as the same file on disk is (over the size limit): one invalid-file, nothing built", async () => {
    vi.unstubAllEnvs();
    const root = tempDir({ "plans/strategy.yaml": STRATEGY });
    const service = new PlanLanguageService(root);
    const big = URI.file(path.join(root, "plans/big.yaml")).toString();
    service.edited(big, BIG);
    const published = await service.diagnostics();
    expect(published.find((p) => p.uri === big)?.diagnostics.map((d) => d.code)).toEqual(["invalid-file"]);
    const line = BIG.split("\n").findIndex((l) => l.includes("id: g29999"));
    expect(await service.hover({ textDocument: { uri: big }, position: { line, character: 12 } })).toBeNull();
  });

  it("at start, a 2 MB plan on disk is refused as `ogp lint` refuses it (over the size limit), and requests are answered", async () => {
    vi.unstubAllEnvs();
    const root = tempDir({ "plans/strategy.yaml": STRATEGY, "plans/big.yaml": BIG });
    const service = new PlanLanguageService(root);
    const hover = (file: string, text: string, needle: string) => {
      const lines = text.split("\n");
      const line = lines.findIndex((l) => l.includes(needle));
      return service.hover({ textDocument: { uri: URI.file(path.join(root, file)).toString() }, position: { line, character: lines[line]!.indexOf(needle) + needle.length - 1 } });
    };
    const [small, large] = await Promise.all([hover("plans/strategy.yaml", STRATEGY, "id: g1"), hover("plans/big.yaml", BIG, "id: g29999")]);
    expect(small).not.toBeNull();
    expect(large).toBeNull();
    const published = await service.diagnostics();
    const big = published.find((p) => p.uri.endsWith("big.yaml"));
    expect(big?.diagnostics.map((d) => d.code)).toEqual(["invalid-file"]);
  }, 120_000);

  it("after an edit, a small project's next request sees it; a large project's is answered from the last build until the rebuild", async () => {
    const root = tempDir({ "plans/strategy.yaml": STRATEGY });
    const service = new PlanLanguageService(root);
    const strategy = URI.file(path.join(root, "plans/strategy.yaml")).toString();
    const line = STRATEGY.split("\n").findIndex((l) => l.includes("id: g2"));
    const definitionOfG = () => service.definition({ textDocument: { uri: strategy }, position: { line, character: 9 } });
    await service.diagnostics();
    service.edited(strategy, STRATEGY.replace("id: g2", "id: g3"));
    expect((await definitionOfG())?.range.end.character).toBe(10);
    service.edited(URI.file(path.join(root, "plans/big.yaml")).toString(), BIG);
    await service.diagnostics();
    service.edited(strategy, STRATEGY.replace("id: g2", "id: g3456"));
    // The last build still has g3: the rebuild with g3456 comes with the diagnostics.
    expect((await definitionOfG())?.range.end.character).toBe(10);
    await service.diagnostics();
    expect((await definitionOfG())?.range.end.character).toBe(13);
  }, 120_000);
});
