// `node bench/lsp-latency.mjs`: how long `ogp lsp --stdio` takes to answer a request while a
// 2 MB plan is being built (issue 23: "a 2 MB buffer must not delay answers past a second").
// Wall milliseconds from sending a hover (or an outline request) to its answer, per moment of
// asking, over --rounds=N fresh servers (default 5): median and worst; and the server's CPU
// milliseconds over the same span (user + sys from /proc, 10 ms steps), which a loaded machine
// inflates less than wall time. Flags: --bin=<path to an ogp.js> (measure another build, e.g. a
// copy of the one before a change).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import protocol from "vscode-languageserver/node";

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const bin = flag("bin") ?? path.join(root, "bin/ogp.js");
const rounds = Number(flag("rounds") ?? 5);

const STRATEGY = `kind: strategy\nid: s\ntitle: A strategy\nstatus: approved\ngoals:\n  - id: g1\n    label: "1"\n    title: Goal one\n`;
// A workplan with a broken link: its diagnostics say when the first build is done.
const WORKPLAN = `kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\ndeliverables:\n  - id: d1\n    label: "1"\n    title: D\n    advances:\n      - { ref: s/g9, cite: "x" }\n`;
const goals = Array.from({ length: 30_000 }, (_, i) => `  - id: g${i}\n    label: "${i + 1}"\n    title: Goal ${i}, which makes government more open\n`).join("");
// One duplicate id at the end, a different one per version: its diagnostic says when a build of that version is done.
const big = (twice) => `kind: strategy\nid: big\ntitle: T\nstatus: approved\ngoals:\n${goals}  - id: ${twice}\n    label: "x"\n    title: Twice\n`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A process's CPU milliseconds so far (user + sys), from /proc (Linux; 0 elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** A server in a fresh folder, and a client that times requests. */
async function session(onDisk) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ogp-lsp-latency-"));
  mkdirSync(path.join(dir, "plans"));
  writeFileSync(path.join(dir, "plans/strategy.yaml"), STRATEGY);
  writeFileSync(path.join(dir, "plans/workplan.yaml"), WORKPLAN);
  if (onDisk) writeFileSync(path.join(dir, "plans/big.yaml"), big("disk"));
  // The limit raised, as for files one trusts: by default a 2 MB plan, buffer or file, is refused unread.
  const env = { ...process.env, OGP_MAX_FILE_SIZE: "16MiB" };
  const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: dir, env, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (!waiter.test(params)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  connection.listen();
  const uri = (file) => pathToFileURL(path.join(dir, file)).toString();
  /** Resolves once the file's diagnostics have been published `times` times. */
  const diagnosed = (file, times = 1) =>
    new Promise((resolve) => {
      const count = () => published.filter((p) => p.uri === uri(file)).length;
      const waiter = { test: () => count() >= times, resolve };
      if (waiter.test()) resolve();
      else waiters.push(waiter);
    });
  await connection.sendRequest("initialize", { processId: null, rootUri: uri(""), capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification("initialized", {});
  let version = 1;
  const timed = async (request) => {
    const [wall, cpu] = [performance.now(), cpuMs(child.pid)];
    await request();
    return [performance.now() - wall, cpuMs(child.pid) - cpu];
  };
  return {
    diagnosed,
    open: (file, text) => connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri(file), languageId: "yaml", version: 1, text } }),
    change: (file, text) => connection.sendNotification("textDocument/didChange", { textDocument: { uri: uri(file), version: ++version }, contentChanges: [{ text }] }),
    /** Wall and server CPU milliseconds to answer a hover on goal g1 of the small strategy. */
    hover: () =>
      timed(async () => {
        const answer = await connection.sendRequest("textDocument/hover", { textDocument: { uri: uri("plans/strategy.yaml") }, position: { line: 5, character: 9 } });
        if (!answer) throw new Error("hover answered nothing");
      }),
    outline: (file) => timed(() => connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: uri(file) } })),
    async close() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      connection.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const CASES = {
  "hover at once after opening a 2 MB buffer": [],
  "hover 300 ms after opening it (its first build runs)": [],
  "hover at once after an edit to it": [],
  "hover 300 ms after an edit (the rebuild runs)": [],
  "its outline after the rebuild, first ask": [],
  "its outline asked again": [],
  "hover at start, the 2 MB plan on disk (no earlier build)": [],
};
const record = (name, ms) => CASES[name].push(ms);

for (let round = 0; round < rounds; round++) {
  let s = await session(false);
  await s.diagnosed("plans/workplan.yaml");
  s.open("plans/big.yaml", big("g100"));
  record("hover at once after opening a 2 MB buffer", await s.hover());
  await s.diagnosed("plans/big.yaml", 1);
  s.change("plans/big.yaml", big("g200"));
  record("hover at once after an edit to it", await s.hover());
  await s.diagnosed("plans/big.yaml", 2);
  s.change("plans/big.yaml", big("g300"));
  await sleep(300);
  record("hover 300 ms after an edit (the rebuild runs)", await s.hover());
  await s.diagnosed("plans/big.yaml", 3);
  record("its outline after the rebuild, first ask", await s.outline("plans/big.yaml"));
  record("its outline asked again", await s.outline("plans/big.yaml"));
  await s.close();

  s = await session(false);
  await s.diagnosed("plans/workplan.yaml");
  s.open("plans/big.yaml", big("g100"));
  await sleep(300);
  record("hover 300 ms after opening it (its first build runs)", await s.hover());
  await s.close();

  s = await session(true);
  record("hover at start, the 2 MB plan on disk (no earlier build)", await s.hover());
  await s.close();
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];
const summary = (list) => `${Math.round(median(list))} / ${Math.round(Math.max(...list))}`;
console.log(`| request (${rounds} rounds) | wall ms, median / worst | server CPU ms, median / worst |`);
console.log("|---|---:|---:|");
for (const [name, times] of Object.entries(CASES)) console.log(`| ${name} | ${summary(times.map((t) => t[0]))} | ${summary(times.map((t) => t[1]))} |`);
console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(", ")}`);
