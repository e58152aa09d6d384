import { it } from "vitest";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
const show = (name: string, files: Record<string, string>) => {
  const r = lintFiles(files);
  console.log("### " + name + "\n" + r.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}${p.related ? " REL " + JSON.stringify(p.related) : ""}`).join("\n"));
};
it("scratch", () => {
  show("tittle", { "s.yaml": STRATEGY.replace("    title: Goal two\n", "    tittle: Goal two\n") });
  show("maxlen", { "s.yaml": STRATEGY.replace("id: g2", "id: " + "g".repeat(201)) });
  show("start 999", { "s.yaml": STRATEGY.replace('start: "2020"', "start: 999") });
  show("adv 42", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', "42") });
  show("link extra", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', '{ ref: s/g1, cite: "x", cit: "y" }') });
  show("link noref", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace('{ ref: s/g1, cite: "it says so" }', '{ cite: "x" }') });
  show("period obj", { "s.yaml": STRATEGY.replace('period: { start: "2020", end: "2025" }', "period: [2020]") });
  show("kindless-deliverable wp missing", { "d.yaml": "kind: deliverable\nid: d\ntitle: D\nstatus: draft\n" });
  show("status number", { "s.yaml": STRATEGY.replace("status: approved", "status: 1") });
});
