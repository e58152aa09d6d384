import { it } from "vitest";
import { lintFiles, STRATEGY, WORKPLAN } from "../helpers.js";
const show = (name: string, files: Record<string, string>) => {
  const r = lintFiles(files);
  console.log("### " + name + "\n" + r.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message}${p.related ? " REL " + JSON.stringify(p.related) : ""}`).join("\n"));
};
const D = `kind: deliverable
id: dd
title: D
status: approved
workplan: w
advances:
  - { ref: s/g1, cite: c }
`;
it("scratch", () => {
  show("wp->deliv doc", { "s.yaml": STRATEGY, "d.yaml": D, "w.yaml": WORKPLAN.replace("strategy: s", "strategy: dd") });
  show("deliv->deliv doc", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": D, "e.yaml": D.replace("id: dd", "id: ee").replace("workplan: w", "workplan: dd") });
  show("deliv wp missing", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN, "d.yaml": D.replace("workplan: w", "workplan: ww") });
  show("advance action", { "s.yaml": STRATEGY, "w.yaml": WORKPLAN.replace("ref: s/g2", "ref: a11") });
  show("bare elsewhere 2", { "s.yaml": STRATEGY, "t.yaml": STRATEGY.replace("id: s\n", "id: t\n"), "w.yaml": WORKPLAN.replace("ref: s/g2", "ref: g2") });
  show("kind typo", { "w.yaml": WORKPLAN.replace("kind: workplan", "kind: workpaln") });
  show("bool", { "a.yaml": "true\n" });
});
