// Hostile input shapes of issue 23: small files that cost quadratic time, deep recursion or
// endless output in naive code. Shared by the bad-input catalogue (test/e2e/bad-input.test.ts),
// the property test (test/load/hostile.property.test.ts) and `node bench/hostile.mjs`, which
// times each shape as one `ogp` process. Each generator takes a size `n` and returns the files
// to write (relative path -> text) and the ogp arguments to run on them.

const HEAD = "kind: strategy\nid: s\ntitle: T\nstatus: approved\n";
const WORKPLAN_HEAD = 'kind: workplan\nid: w\ntitle: W\nstatus: approved\nstrategy: s\nperiod: { start: "2021", end: "2022" }\n';

/** `[` (or `{`, `"`) repeated in one value: one parser error per character. */
export const repeatedInValue = (char, n) => ({ files: { "x.yaml": `${HEAD}goals: ${char.repeat(n)}\n` }, args: ["lint", "x.yaml"] });

/** n scalars each with an anchor, each aliased once. */
export function manyAliases(n) {
  const lines = [HEAD.trim(), "a:"];
  for (let i = 0; i < n; i++) lines.push(`  - &a${i} v${i}`);
  lines.push("b:");
  for (let i = 0; i < n; i++) lines.push(`  - *a${i}`);
  return { files: { "x.yaml": `${lines.join("\n")}\n` }, args: ["lint", "x.yaml"] };
}

/** One goal of `objectives` objectives, aliased `copies` times: every copy repeats every id. */
export function aliasedGoal(objectives, copies) {
  const lines = [HEAD.trim(), "goals:", "  - &g", "    id: g", '    label: "1"', "    title: Goal", "    objectives:"];
  for (let i = 0; i < objectives; i++) lines.push(`      - { id: o${i}, label: "1.${i + 1}", title: O }`);
  for (let i = 0; i < copies; i++) lines.push("  - *g");
  return { files: { "x.yaml": `${lines.join("\n")}\n` }, args: ["lint", "x.yaml"] };
}

/** `%YAML 1.1`: an anchor of `keys` keys merged into `merges` items. */
export function mergedAnchor(keys, merges) {
  const lines = ["%YAML 1.1", "---", HEAD.trim(), "base: &b"];
  for (let i = 0; i < keys; i++) lines.push(`  k${i}: ${i}`);
  lines.push("goals:");
  for (let i = 0; i < merges; i++) lines.push("  - <<: *b", `    id: g${i}`);
  return { files: { "x.yaml": `${lines.join("\n")}\n` }, args: ["lint", "x.yaml"] };
}

/** `- ` repeated n times on one line, then a scalar and a key: `yaml` recurses once per dash. */
export const nestedDashes = (n) => ({ files: { "x.yaml": `${HEAD}goals: \n  ${"- ".repeat(n)}x\nkey: 1\n` }, args: ["lint", "x.yaml"] });

/** `refs` references to ids of `length` characters that each miss one of `refs` goal ids by one character. */
export function nearMissIds(refs, length) {
  const id = (i) => `g${String(i).padStart(8, "0")}`.padEnd(length, "x");
  const goals = Array.from({ length: refs }, (_, i) => `  - id: ${id(i)}\n    label: "${i + 1}"\n    title: G`);
  const deliverables = Array.from({ length: refs }, (_, i) => `  - id: d${i}\n    label: "${i + 1}"\n    title: D\n    advances: [s/${id(i).slice(0, -1)}y]`);
  return {
    files: { "plans/s.yaml": `${HEAD}goals:\n${goals.join("\n")}\n`, "plans/w.yaml": `${WORKPLAN_HEAD}deliverables:\n${deliverables.join("\n")}\n` },
    args: ["lint", "plans"],
  };
}

/** A StratML file of n nested elements. */
export const deepXml = (n) => ({
  files: { "plans/x.xml": `<?xml version="1.0"?>\n<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">${"<a>".repeat(n)}${"</a>".repeat(n)}</StrategicPlan>\n` },
  args: ["lint", "plans"],
});

/** `ogp diff` of two strategies whose only difference is a title of n emoji. */
export function emojiDiff(n) {
  const plan = (title) => `${HEAD}goals:\n  - id: g\n    label: "1"\n    title: "${title}"\n`;
  return { files: { "old.yaml": plan("Open government"), "new.yaml": plan("😀".repeat(n)) }, args: ["diff", "old.yaml", "new.yaml"] };
}

/** Just under the 6 MiB limit: lines of `unit` (with `$` replaced by the line's number) under a key, then `tail`. */
export function nearLimit(unit, tail = "") {
  const limit = 6 * 1024 * 1024 - 4096;
  const parts = [HEAD, "goals:\n"];
  let size = HEAD.length + 7;
  for (let i = 0; size < limit; i++) {
    const line = `${unit.replaceAll("$", String(i))}\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push(tail);
  return { files: { "x.yaml": parts.join("") }, args: ["lint", "x.yaml"] };
}

/** The shapes whose memory the 6 MiB limit is chosen for (README, "Limits and speed"): each must stay within a 2 GB heap. */
export const MEMORY_SHAPES = [
  { name: "6 MiB of short flow lists", make: () => nearLimit("  - [a, b]") },
  { name: "6 MiB of short list items", make: () => nearLimit("  - a") },
  { name: "6 MiB of goals with a syntax error at the end (the `yaml` path)", make: () => nearLimit('  - { id: g$, label: "$", title: G }', "  bad: [\n") },
  { name: "6 MiB of one-key mappings in a list, with an alias (the `yaml` path)", make: () => nearLimit("  - k$: v", "anchor: &a x\nalias: *a\n") },
];

/** Every shape at the size the catalogue runs it (where quadratic code takes seconds) and at the size. */
export const SHAPES = [
  { name: "`[` repeated in one value", catalogue: () => repeatedInValue("[", 100_000), full: () => repeatedInValue("[", 6_000_000) },
  { name: "`{` repeated in one value", catalogue: () => repeatedInValue("{", 100_000), full: () => repeatedInValue("{", 3_000_000) },
  { name: '`"` repeated in one value', catalogue: () => repeatedInValue('"', 300_000), full: () => repeatedInValue('"', 6_000_000) },
  { name: "20,000 anchored scalars, each aliased once", catalogue: () => manyAliases(20_000), full: () => manyAliases(20_000) },
  { name: "a goal of 200 objectives aliased 499 times", catalogue: () => aliasedGoal(200, 499), full: () => aliasedGoal(200, 499) },
  { name: "`%YAML 1.1`, a 20,000-key anchor merged into 999 items", catalogue: () => mergedAnchor(20_000, 999), full: () => mergedAnchor(20_000, 999) },
  { name: "`- ` repeated 5,000 times, then `x` and a key", catalogue: () => nestedDashes(5_000), full: () => nestedDashes(5_000) },
  { name: "3,000 references to near-miss ids of 196 characters", catalogue: () => nearMissIds(3_000, 196), full: () => nearMissIds(3_000, 196) },
  { name: "500 references to near-miss ids of 1,000 characters", catalogue: () => nearMissIds(500, 1_000), full: () => nearMissIds(500, 1_000) },
  { name: "100,000 nested XML elements in plans/", catalogue: () => deepXml(100_000), full: () => deepXml(100_000) },
  { name: "`ogp diff`, a title of 1.5 million emoji", catalogue: () => emojiDiff(1_500_000), full: () => emojiDiff(1_500_000) },
  ...MEMORY_SHAPES.map((shape) => ({ name: shape.name, catalogue: shape.make, full: shape.make })),
];
