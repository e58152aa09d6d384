// A seeded generator of synthetic plan corpora: one strategy and workplans whose deliverables
// advance its goals, valid under ogp's schemas and spread over several files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Mulberry32: a small seeded PRNG, so every run measures the same corpus. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "open government partnership reform civic space participation accountability transparency local national action plan commitment coalition leadership evidence inspiration community strategy deliverable support".split(" ");
const sentence = (rand, n) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ");

/**
 * `flaw`: "problems" gives every workplan schema problems (an unknown key on every tenth deliverable);
 * "broken-refs" breaks every reference (half to missing nodes of the strategy, half bare ids that
 * name a node of another document).
 */
export function generateCorpus(dir, { deliverables, perFile = 100, goals = 8, seed = 42, flaw }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  const strategy = ["kind: strategy", "id: synthetic-strategy", "title: Synthetic strategy", "status: approved", 'period: { start: "2020", end: "2030" }', "goals:"];
  const targets = [];
  for (let g = 1; g <= goals; g++) {
    strategy.push(`  - id: goal-${g}`, `    label: "${g}"`, `    title: ${sentence(rand, 6)}`, `    description: ${sentence(rand, 30)}`, "    objectives:");
    targets.push(`goal-${g}`);
    for (let o = 1; o <= 5; o++) {
      strategy.push(`      - id: objective-${g}-${o}`, `        label: "${g}.${o}"`, `        title: ${sentence(rand, 8)}`);
      targets.push(`objective-${g}-${o}`);
    }
  }
  writeFileSync(path.join(dir, "strategy.yaml"), `${strategy.join("\n")}\n`);
  const files = Math.ceil(deliverables / perFile);
  let bytes = 0;
  for (let f = 1; f <= files; f++) {
    const out = ["kind: workplan", `id: synthetic-workplan-${f}`, `title: Synthetic workplan ${f}`, "status: approved", "strategy: synthetic-strategy", 'period: { start: "2021", end: "2022" }', "deliverables:"];
    for (let d = 1; d <= Math.min(perFile, deliverables - (f - 1) * perFile); d++) {
      out.push(`  - id: deliverable-${d}`, `    label: "${d}"`, `    title: ${sentence(rand, 8)}`, `    description: >-`, `      ${sentence(rand, 40)}`, "    advances:");
      for (let k = 0; k < 2; k++) {
        const target = targets[Math.floor(rand() * targets.length)];
        const ref = flaw !== "broken-refs" ? `synthetic-strategy/${target}` : k === 0 ? `synthetic-strategy/${target}-${f}-${d}` : target;
        out.push(`      - ref: ${ref}`, `        cite: ${sentence(rand, 6)}`);
      }
      if (flaw === "problems" && d % 10 === 1) out.push("    colour: red");
      out.push("    actions:");
      for (let a = 1; a <= 3; a++) out.push(`      - id: deliverable-${d}-${a}`, `        label: "${d}.${a}"`, `        title: ${sentence(rand, 12)}`);
    }
    const text = `${out.join("\n")}\n`;
    bytes += text.length;
    writeFileSync(path.join(dir, `workplan-${String(f).padStart(4, "0")}.yaml`), text);
  }
  return { files: files + 1, bytes };
}
