import { renderMessage, type MessageData, type MessageTable } from "../../core/messages.js";
import { closestMatches } from "../../core/suggest.js";
import { contentWords } from "../../core/words.js";
import type { PlanGraph } from "../../graph/graph.js";
import { ADVANCEABLE, type Edge } from "../../graph/model.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

const MESSAGES = {
  advances: "'advances' must point at a goal, sub-goal or strategic approach of a strategy, but '{{written}}' is {{target}}",
  serves: "'serves' must point at a goal of a strategy, but '{{written}}' is {{target}}",
  strategy: "a workplan's 'strategy' must name a strategy document, but '{{written}}' is {{target}}",
  workplan: "a deliverable's 'workplan' must name a workplan document, but '{{written}}' is {{target}}",
  advancesSuggest: "'advances' must point at a goal, sub-goal or strategic approach of a strategy, but '{{written}}' is {{target}}; did you mean '{{suggestion}}' ({{suggested}})?",
  servesSuggest: "'serves' must point at a goal of a strategy, but '{{written}}' is {{target}}; did you mean '{{suggestion}}' ({{suggested}})?",
  strategySuggest: "a workplan's 'strategy' must name a strategy document, but '{{written}}' is {{target}}; did you mean '{{suggestion}}' ({{suggested}})?",
  workplanSuggest: "a deliverable's 'workplan' must name a workplan document, but '{{written}}' is {{target}}; did you mean '{{suggestion}}' ({{suggested}})?",
} as const;

type LinkProblem = "advances" | "serves" | "strategy" | "workplan";

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
  ({ project: { graph }, addFinding }) => {
    for (const edge of graph.edges) {
      if (!edge.resolved || !edge.at) continue;
      const problem = problemWith(graph, edge);
      if (!problem) continue;
      const data = { written: edge.written, target: describeTarget(graph, edge.to) } satisfies MessageData;
      const suggestion = rightKindNear(graph, edge, problem);
      if (suggestion) addFinding(`${problem}Suggest`, { ...data, suggestion, suggested: describeTarget(graph, suggestion) }, edge.at);
      else addFinding(problem, data, edge.at);
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

/** Whether a reference is of the kind a link of this type takes. */
function rightKind(graph: PlanGraph, problem: LinkProblem, ref: string): boolean {
  const node = graph.node(ref);
  const document = graph.document(node?.document ?? ref);
  if (problem === "advances") return !!node && node.ref !== node.document && ADVANCEABLE.has(node.type) && document?.kind === "strategy";
  if (problem === "serves") return node?.type === "goal" && document?.kind === "strategy";
  return !node && document?.kind === problem;
}

/**
 * A reference of the right kind the author most likely meant: for a node, the nearest ancestor of
 * the right kind (the goal an indicator measures), or its document (a strategy's goal for
 * 'strategy:'); else the right-kind reference nearest by spelling. Undefined when none is near.
 */
function rightKindNear(graph: PlanGraph, edge: Edge, problem: LinkProblem): string | undefined {
  const target = graph.node(edge.to);
  for (let node = target; node; node = graph.parent(node)) if (rightKind(graph, problem, node.ref)) return node.ref;
  if (target && rightKind(graph, problem, target.document)) return target.document;
  const candidates = problem === "strategy" || problem === "workplan"
    ? [...graph.documents.keys()].filter((id) => rightKind(graph, problem, id))
    : [...graph.nodes.keys()].filter((ref) => rightKind(graph, problem, ref));
  return closestMatches(edge.written, candidates, 1)[0] ?? bestCited(graph, edge, candidates);
}

/** The candidate whose title and description share the most words with the link's citation (at least two), if the link cites. */
function bestCited(graph: PlanGraph, edge: Edge, candidates: readonly string[]): string | undefined {
  if (!edge.cite) return undefined;
  const cited = contentWords(edge.cite);
  let best: { ref: string; shared: number } | undefined;
  for (const ref of candidates) {
    const node = graph.node(ref);
    const words = contentWords(`${node?.title ?? ""} ${node?.description ?? ""}`);
    const shared = [...cited].filter((word) => words.has(word)).length;
    if (shared >= 2 && (!best || shared > best.shared)) best = { ref, shared };
  }
  return best?.ref;
}

function problemWith(graph: PlanGraph, edge: Edge): LinkProblem | undefined {
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
