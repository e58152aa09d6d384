import { writeFileSync } from "node:fs";
import path from "node:path";
import { EVAL_DIR } from "./harness.js";
import { measureAll } from "./measure.js";
import { belowFloors, floorsText, kindTable, loadFloors, runTable } from "./metrics.js";

// What bench/diff-eval.mjs prints: the tables of BENCHMARKS.md's "Diff accuracy", the nodes the
// diff gets wrong on the real pairs, and the floors it breaks. `--json`: the figures only;
// `--write-floors`: floors.json set to today's figures.

export function report(argv: readonly string[]): number {
  const measurement = measureAll();
  if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(measurement.metrics, null, 2)}\n`);
    return 0;
  }
  if (argv.includes("--write-floors")) {
    // Sets every floor to today's figure: run it after the matcher improved, and review the diff.
    writeFileSync(path.join(EVAL_DIR, "floors.json"), floorsText(measurement.metrics));
    process.stdout.write("floors.json rewritten from today's figures\n");
    return 0;
  }
  const real = measurement.real.map((r) => r.score);
  const lines: string[] = [];
  lines.push("### Real pairs (hand-made truths, test/diff/eval/truths)", "", kindTable(real), "", runTable(real), "");
  if (!argv.includes("--no-misses")) {
    lines.push("### Wrong on the real pairs", "");
    for (const s of real) for (const m of s.misses) lines.push(`- ${s.name}: ${m.node}${m.title ? ` "${m.title}"` : ""}: truth ${m.truth}; diff ${m.got}`);
    lines.push("");
  }
  const generated = measurement.generated.map((r) => r.score);
  lines.push("### Generated edits (test/diff/eval/generator.ts)", "", kindTable(generated), "");
  lines.push(`${measurement.generated.length} runs over ${new Set(measurement.generated.map((r) => r.name.replace(/, seed.*/, ""))).size} plans; wrong nodes by edit:`, "");
  const byEdit = new Map<string, number>();
  for (const s of generated) for (const m of s.misses) byEdit.set(m.why ?? "untouched", (byEdit.get(m.why ?? "untouched") ?? 0) + 1);
  if (process.env.OGP_EVAL_GENERATED_MISSES) for (const s of generated) for (const m of s.misses) lines.push(`- ${s.name}: ${m.node}${m.title ? ` "${m.title}"` : ""}: truth ${m.truth}; diff ${m.got} (${m.why ?? "untouched"})`);
  lines.push("| edit | wrong nodes |", "|---|---:|", ...[...byEdit].sort((a, b) => b[1] - a[1]).map(([edit, n]) => `| ${edit} | ${n} |`), "");
  const broken = belowFloors(measurement.metrics, loadFloors());
  lines.push(broken.length ? `Floors broken (test/diff/eval/floors.json):\n${broken.map((b) => `  - ${b}`).join("\n")}` : "Every floor of test/diff/eval/floors.json holds.");
  process.stdout.write(`${lines.join("\n")}\n`);
  return broken.length ? 1 : 0;
}
