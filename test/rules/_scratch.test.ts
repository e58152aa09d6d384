import { it } from "vitest";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
const show = (name: string, files: Record<string, string>) => {
  const r = lintFiles(files);
  console.log("### " + name + "\n" + r.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}${p.related ? " REL " + JSON.stringify(p.related) : ""}`).join("\n"));
};
it("scratch", () => {
  show("goal missing id", { "s.yaml": STRATEGY.replace("  - id: g2\n", "  - label: x\n") });
  show("wrong type title list", { "s.yaml": STRATEGY.replace("title: A strategy", "title: [a]") });
  show("period int", { "s.yaml": STRATEGY.replace('period: { start: "2020", end: "2025" }', "period: { start: 2020, end: 2025 }") });
  show("period empty", { "s.yaml": STRATEGY.replace('period: { start: "2020", end: "2025" }', "period: {}") });
  show("cite empty", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace('cite: "it says so"', 'cite: ""') });
  show("ref bad", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace('ref: s/g1', 'ref: "s/g 1"') });
  show("kind const", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("kind: workplan", "kind: 3") });
  show("goal title null", { "s.yaml": STRATEGY.replace("    title: Goal two\n", "    title:\n") });
  show("comments neg", { "s.yaml": STRATEGY.replace("    title: Goal two\n", "    title: Goal two\n    comments: -1\n") });
  show("goals not list", { "s.yaml": STRATEGY.replace(/goals:[\s\S]*/, "goals: nope\n") });
});
