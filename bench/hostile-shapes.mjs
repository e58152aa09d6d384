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

/** `head`, then `unit` repeated (with `$` replaced by its number, one a line) while the text stays 4 KB under `limit` bytes, then `tail`. */
function repeatedUnder(limit, head, unit, tail) {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < limit - 4096; i++) {
    const line = `${unit.replaceAll("$", String(i))}\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push(tail);
  return parts.join("");
}

/** Just under `limit` bytes: lines of `unit` (with `$` replaced by the line's number) under a key, then `tail`. */
export const nearLimit = (limit, unit, tail = "") => ({ files: { "x.yaml": repeatedUnder(limit, `${HEAD}goals:\n`, unit, tail) }, args: ["lint", "x.yaml"] });

const STRATML_OPEN = '<?xml version="1.0"?>\n<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">\n<Name>P</Name>\n<StrategicPlanCore>\n';
const STRATML_CLOSE = "</StrategicPlanCore>\n</StrategicPlan>\n";

/** A StratML file just under `limit` bytes: `unit` repeated (with `$` replaced by its number) inside the plan's core. */
export const nearLimitXml = (limit, unit) => ({ files: { "plans/x.xml": repeatedUnder(limit, STRATML_OPEN, unit, STRATML_CLOSE) }, args: ["lint", "plans"] });

/** A StratML file just under `limit` bytes whose one goal has a description of one long text. */
export function longTextXml(limit) {
  const head = `${STRATML_OPEN}<Goal><Name>G</Name><SequenceIndicator>1</SequenceIndicator><Description>`;
  const tail = `</Description></Goal>\n${STRATML_CLOSE}`;
  const words = "open government ".repeat(Math.ceil(limit / 16)).slice(0, limit - 4096 - head.length - tail.length);
  return { files: { "plans/x.xml": `${head}${words}${tail}` }, args: ["lint", "plans"] };
}

/**
 * The shapes that cost the most per byte under the size limit (`limit`: LIMITS.maxBytes in
 * src/load/limits.ts, which the README's "Limits and speed" explains): each must stay within
 * 2 s of CPU and 300 MB (bench/hostile.mjs measures them, a test holds the memory under a 300 MB heap).
 */
export const nearLimitShapes = (limit) => [
  { name: "short flow lists", make: () => nearLimit(limit, "  - [a, b]") },
  { name: "short list items", make: () => nearLimit(limit, "  - a") },
  { name: "goals with a syntax error at the end (the `yaml` path)", make: () => nearLimit(limit, '  - { id: g$, label: "$", title: G }', "  bad: [\n") },
  { name: "one-key mappings in a list, with an alias (the `yaml` path)", make: () => nearLimit(limit, "  - k$: v", "anchor: &a x\nalias: *a\n") },
  { name: "`\"` repeated in one value", make: () => repeatedInValue('"', limit - 4096) },
  { name: "valid goals", make: () => nearLimit(limit, '  - { id: g$, label: "$", title: G }') },
  { name: "StratML: goals side by side", make: () => nearLimitXml(limit, "<Goal><Name>G$</Name><SequenceIndicator>$</SequenceIndicator></Goal>") },
  { name: "StratML: elements 197 deep (the limit is 200), over and over", make: () => nearLimitXml(limit, `${"<a>".repeat(195)}x${"</a>".repeat(195)}`) },
  { name: "StratML: one description of one long text", make: () => longTextXml(limit) },
  { name: "StratML: goals of 50 attributes each", make: () => nearLimitXml(limit, `<Goal${Array.from({ length: 50 }, (_, k) => ` a${k}="v$"`).join("")}><Name>G$</Name></Goal>`) },
];

/** Every shape at the size the catalogue runs it (where quadratic code takes seconds) and at the size; then the shapes just under `limit`. */
export const shapes = (limit) => [
  { name: "`[` repeated in one value", catalogue: () => repeatedInValue("[", 100_000), full: () => repeatedInValue("[", 6_000_000) },
  { name: "`{` repeated in one value", catalogue: () => repeatedInValue("{", 100_000), full: () => repeatedInValue("{", 3_000_000) },
  { name: '`"` repeated in one value', catalogue: () => repeatedInValue('"', 250_000), full: () => repeatedInValue('"', 6_000_000) },
  { name: "8,000 anchored scalars, each aliased once", catalogue: () => manyAliases(8_000), full: () => manyAliases(8_000) },
  { name: "a goal of 200 objectives aliased 499 times", catalogue: () => aliasedGoal(200, 499), full: () => aliasedGoal(200, 499) },
  { name: "`%YAML 1.1`, a 15,000-key anchor merged into 999 items", catalogue: () => mergedAnchor(15_000, 999), full: () => mergedAnchor(15_000, 999) },
  { name: "`- ` repeated 5,000 times, then `x` and a key", catalogue: () => nestedDashes(5_000), full: () => nestedDashes(5_000) },
  { name: "900 references to near-miss ids of 196 characters", catalogue: () => nearMissIds(900, 196), full: () => nearMissIds(900, 196) },
  { name: "230 references to near-miss ids of 1,000 characters", catalogue: () => nearMissIds(230, 1_000), full: () => nearMissIds(230, 1_000) },
  { name: "35,000 nested XML elements in plans/", catalogue: () => deepXml(35_000), full: () => deepXml(35_000) },
  { name: "`ogp diff`, a title of 60,000 emoji", catalogue: () => emojiDiff(60_000), full: () => emojiDiff(60_000) },
  ...nearLimitShapes(limit).map((shape) => ({ name: `${(limit / 1024).toFixed(0)} KiB of ${shape.name}`, catalogue: shape.make, full: shape.make })),
];
