// Summarises a V8 CPU profile (`node --cpu-prof`): self time per function and per package, for
// BENCHMARKS.md's "where the time goes". Usage: node bench/profile-summary.mjs file.cpuprofile [top]
import { readFileSync } from "node:fs";

const [file, top = "15"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const intervals = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (intervals[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map();
const byPackage = new Map();
for (const [id, us] of self) {
  const { callFrame } = byId.get(id);
  const name = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.split("/").slice(-2).join("/")}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  const pkg = callFrame.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? (callFrame.url ? (callFrame.url.includes("/dist/") ? "ogp (bundle)" : callFrame.url.startsWith("node:") ? "node internals" : callFrame.url) : callFrame.functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}
const show = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`).join("\n");
console.log(`total ${(total / 1000).toFixed(0)} ms\n\nby package or area:\n${show(byPackage)}\n\nby function:\n${show(byFunction)}`);
