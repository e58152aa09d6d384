import type { Finding } from "../../core/problem.js";
import type { PlanGraph } from "../../graph/graph.js";
import { ADVANCEABLE, type Edge } from "../../graph/model.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "wrong-target",
  defaultSeverity: "error",
  description: "A link points at the wrong kind of thing: 'advances' at anything but a goal, sub-goal or strategic approach of a strategy, 'serves' at anything but a goal, a workplan's 'strategy' at a non-strategy, a deliverable's 'workplan' at a non-workplan.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const edge of graph.edges) {
      if (!edge.resolved || !edge.at) continue;
      const message = problemWith(graph, edge);
      if (message) findings.push({ rule: rule.id, message, at: edge.at });
    }
    return findings;
  },
});
export default rule;

function describeTarget(graph: PlanGraph, ref: string): string {
  const node = graph.node(ref);
  if (node) {
    const document = graph.document(node.document);
    return node.ref === node.document ? `a ${document?.kind ?? "document"} document` : `${withArticle(node.type)} of ${document?.kind ?? "document"} '${node.document}'`;
  }
  const document = graph.document(ref);
  return document ? `the ${document.kind} document itself` : "unknown";
}

function withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function problemWith(graph: PlanGraph, edge: Edge): string | undefined {
  const target = graph.node(edge.to);
  const targetDocument = graph.document(target?.document ?? edge.to);
  switch (edge.type) {
    case "advances":
      if (target && ADVANCEABLE.has(target.type) && targetDocument?.kind === "strategy") return undefined;
      return `'advances' must point at a goal, sub-goal or strategic approach of a strategy, but '${edge.written}' is ${describeTarget(graph, edge.to)}`;
    case "serves":
      if (target?.type === "goal" && targetDocument?.kind === "strategy") return undefined;
      return `'serves' must point at a goal of a strategy, but '${edge.written}' is ${describeTarget(graph, edge.to)}`;
    case "strategy":
      if (!target && targetDocument?.kind === "strategy") return undefined;
      return `a workplan's 'strategy' must name a strategy document, but '${edge.written}' is ${describeTarget(graph, edge.to)}`;
    case "workplan":
      if (!target && targetDocument?.kind === "workplan") return undefined;
      return `a deliverable's 'workplan' must name a workplan document, but '${edge.written}' is ${describeTarget(graph, edge.to)}`;
    default:
      return undefined;
  }
}
