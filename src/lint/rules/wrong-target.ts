import { renderMessage, type MessageData, type MessageTable } from "../../core/messages.js";
import type { PlanGraph } from "../../graph/graph.js";
import { ADVANCEABLE, type Edge } from "../../graph/model.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

const MESSAGES = {
  advances: "'advances' must point at a goal, sub-goal or strategic approach of a strategy, but '{{written}}' is {{target}}",
  serves: "'serves' must point at a goal of a strategy, but '{{written}}' is {{target}}",
  strategy: "a workplan's 'strategy' must name a strategy document, but '{{written}}' is {{target}}",
  workplan: "a deliverable's 'workplan' must name a workplan document, but '{{written}}' is {{target}}",
} as const;

type MessageId = keyof typeof MESSAGES;

/** What a link points at ({{target}}), as a reader would say it; {{kind}} is the document's kind as the plan writes it. */
export const TARGET_PHRASES = {
  nodeOf: "{{node}} of {{kind}} '{{document}}'",
  document: "a {{kind}} document",
  documentItself: "the {{kind}} document itself",
  unknown: "unknown",
} as const satisfies MessageTable;

export default defineRule(
  {
    id: "wrong-target",
    defaultSeverity: "error",
    description: "A link points at the wrong kind of thing: 'advances' at anything but a goal, sub-goal or strategic approach of a strategy, 'serves' at anything but a goal, a workplan's 'strategy' at a non-strategy, a deliverable's 'workplan' at a non-workplan.",
    messages: MESSAGES,
  },
  ({ project: { graph }, report }) => {
    for (const edge of graph.edges) {
      if (!edge.resolved || !edge.at) continue;
      const problem = problemWith(graph, edge);
      if (problem) report(problem, { written: edge.written, target: describeTarget(graph, edge.to) } satisfies MessageData, edge.at);
    }
  },
);

/** What the link points at, as a reader would say it: `action 1.1 "Draft" of workplan 'w'`, `the strategy document itself`. */
function describeTarget(graph: PlanGraph, ref: string): string {
  const node = graph.node(ref);
  if (node) {
    const kind = graph.document(node.document)?.kind ?? "document";
    return node.ref === node.document ? renderMessage(TARGET_PHRASES.document, { kind }) : renderMessage(TARGET_PHRASES.nodeOf, { node: nodeName(node), kind, document: node.document });
  }
  const document = graph.document(ref);
  return document ? renderMessage(TARGET_PHRASES.documentItself, { kind: document.kind }) : TARGET_PHRASES.unknown;
}

function problemWith(graph: PlanGraph, edge: Edge): MessageId | undefined {
  const target = graph.node(edge.to);
  const targetDocument = graph.document(target?.document ?? edge.to);
  switch (edge.type) {
    case "advances":
      return target && ADVANCEABLE.has(target.type) && targetDocument?.kind === "strategy" ? undefined : "advances";
    case "serves":
      return target?.type === "goal" && targetDocument?.kind === "strategy" ? undefined : "serves";
    case "strategy":
      return !target && targetDocument?.kind === "strategy" ? undefined : "strategy";
    case "workplan":
      return !target && targetDocument?.kind === "workplan" ? undefined : "workplan";
    default:
      return undefined;
  }
}
