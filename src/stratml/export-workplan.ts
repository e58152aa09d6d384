import type { PlanGraph } from "../graph/graph.js";
import type { Edge, PlanNode } from "../graph/model.js";
import { exportStratml, type StratmlExport } from "./export.js";
import type { MeasurementInstance } from "./results.js";
import { resultText } from "./results.js";

type Json = Record<string, unknown>;

/**
 * Writes a work plan as ISO StratML Part 2, a `PerformancePlanOrReport` of Type
 * `Performance_Plan`, with every link of its deliverables as a `Relationship`.
 *
 * Why this shape. In the ISO Part 2 schema (PerformancePlanOrReport20160216.xsd) `Relationship`
 * is declared in one place only:
 *   PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator/Relationship
 * (GoalType and ObjectiveType have no Relationship, Part 1 has none at all). So a link can only
 * be written from a performance indicator, and an indicator only lives in an Objective, which
 * only lives in a Goal. Each step of the mapping follows the schema's own definitions:
 * - the work plan is a Performance_Plan: "a document identifying inputs and processes required
 *   to accomplish objectives ... within a single budgetary planning and resource allocation
 *   cycle";
 * - the goals are those of the strategy the work plan implements, restated (Name, Description,
 *   and the Identifier the strategy's own export gives them), all of them and in order, so a goal
 *   no deliverable advances shows as a goal without objectives. Their SequenceIndicator is left
 *   out: StratML reads depth from dotted sequence indicators, and the work plan's numbers
 *   (deliverable "2", action "2.1") would read as objectives of goal 2;
 * - a deliverable is an Objective ("a target level of results against which achievement is to
 *   be measured within a single resource allocation and performance execution cycle"), written
 *   under the goal its first link leads to (a goal, the goal above a sub-goal, or the goal a
 *   strategic approach serves); its actions follow it as objectives numbered under it, and its
 *   owner is a Stakeholder with the RoleType Performer ("a performer of actions required to
 *   achieve an objective");
 * - the deliverable itself, as what the work produces, is a PerformanceIndicator with
 *   ValueChainStage "Output" ("outputs produced"): MeasurementDimension is the deliverable's
 *   title, its due date a TargetResult, its delivery state an ActualResult. This indicator
 *   carries the links: one Relationship per `advances` link with RelationshipType
 *   "Narrower_Than" (the deliverable is narrower than the goal it advances) and one per `refs`
 *   link without a type, each naming its target by the Identifier the strategy's export writes
 *   for it (ReferentIdentifier is an xsd:string, not an IDREF, so it may name an element of that
 *   other file) and quoting the link's `cite` as its Name.
 * The one value no plan holds is the required UnitOfMeasurement: "Not specified", as for any
 * indicator without a unit. Links StratML cannot name (to a strategic approach, which has no
 * element in StratML; to a node of another strategy; that do not resolve) and deliverables that
 * lead to no goal of the strategy are named in `leftOut`.
 *
 * Import reads each Relationship back as a link (`refs` of the indicator, `cite` from its Name,
 * the RelationshipType kept under data.stratml), so import, export and import gives the same
 * graph; the import is a strategy-shaped plan, as for every StratML file.
 */
export function exportWorkplanStratml(graph: PlanGraph, workplanId: string): StratmlExport {
  const workplan = graph.documents.get(workplanId);
  if (!workplan || workplan.kind !== "workplan") throw new Error(`'${workplanId}' is not a work plan`);
  const strategyRef = graph.outgoing(workplanId, "strategy").find((e) => e.resolved)?.to;
  const strategy = strategyRef ? graph.documents.get(strategyRef) : undefined;
  if (!strategy || strategy.kind !== "strategy") {
    throw new Error(`its strategy '${String((graph.outgoing(workplanId, "strategy")[0]?.written) ?? "")}' is not among the loaded plans: a performance plan restates the goals of the strategy it implements, so load that strategy too`);
  }
  const strategyIds = exportStratml(strategy.data, 2).identifiers;
  const leftOut: string[] = [];
  const goals: (Json & { objectives: Json[] })[] = list(strategy.data.goals).map((goal) => {
    // Restated, not copied: Name and Description (both required in a Goal) and the Identifier the strategy's own export writes.
    return { id: goal.id, title: goal.title, description: goal.description, data: { stratml: { identifier: strategyIds.get(String(goal.id)) } }, objectives: [] as Json[] };
  });
  const goalById = new Map(goals.map((g) => [String(g.id), g]));

  const name = (node: PlanNode) => `${node.type} ${node.label ?? node.id}`;
  /** The goal of the strategy a link leads to: the goal, the goal above a sub-goal, or the first goal a strategic approach serves. */
  const goalOf = (edge: Edge): (Json & { objectives: Json[] }) | undefined => {
    let target = edge.resolved ? graph.node(edge.to) : undefined;
    if (!target || target.document !== strategy.id) return undefined;
    if (target.type === "approach") {
      const served = graph.outgoing(target.ref, "serves").find((e) => e.resolved);
      target = served ? graph.node(served.to) : undefined;
    }
    while (target?.parent) target = graph.node(target.parent);
    return target && target.type === "goal" ? goalById.get(target.id) : undefined;
  };
  const linksOf = (node: PlanNode) => [...graph.outgoing(node.ref, "advances"), ...graph.outgoing(node.ref, "refs")];

  /** A deliverable or action as an Objective, with its links on an Output indicator; its actions follow it. */
  const objective = (node: PlanNode): Json => {
    const data = node.data;
    const relationships: Json[] = [];
    for (const edge of linksOf(node)) {
      const target = edge.resolved ? graph.node(edge.to) : undefined;
      const referent = target?.document === strategy.id ? strategyIds.get(target.id) : target?.document === workplanId || target?.type === "deliverable" ? target.id : undefined;
      if (!referent) {
        const why = !target ? "it resolves to nothing" : target.type === "approach" ? "a strategic approach has no element in StratML" : `it is in '${target.document}', not in the strategy '${strategy.id}'`;
        leftOut.push(`${name(node)}: its ${edge.type} link to '${edge.written}' (${why})`);
        continue;
      }
      relationships.push({ type: edge.type === "advances" ? "Narrower_Than" : undefined, referentIdentifiers: [referent], name: edge.cite });
    }
    const due = typeof data.due === "string" || typeof data.due === "number" ? String(data.due) : undefined;
    const delivery = typeof data.delivery === "string" ? data.delivery : undefined;
    const instance: MeasurementInstance = {
      targetResults: due ? [{ endDate: fullEnd(due) }] : [],
      actualResults: delivery ? [{ descriptor: { name: "delivery", value: delivery } }] : [],
    };
    const text = (results: MeasurementInstance["targetResults"]) => (results ?? []).map((r) => resultText(r, UNIT)).join("; ") || undefined;
    const indicator =
      relationships.length > 0 || due || delivery
        ? {
            id: `${node.id}-output`,
            title: node.title ?? node.id,
            target: text(instance.targetResults),
            actual: text(instance.actualResults),
            data: { stratml: { valueChainStage: "Output", indicatorType: "Qualitative", unitOfMeasurement: UNIT, relationships, measurementInstances: due || delivery ? [instance] : [] } },
          }
        : undefined;
    const owner = typeof data.owner === "string" ? data.owner : undefined;
    const kept = ((data.data as Json | undefined)?.stratml as Json | undefined)?.identifier;
    return {
      id: node.id,
      label: node.label,
      title: node.title,
      description: node.description,
      stakeholders: owner ? [{ id: `${node.id}-owner`, title: owner, role: "Performer", data: { stratml: { roles: [{ name: "Performer", roleTypes: ["Performer"] }] } } }] : [],
      data: { stratml: { identifier: kept } },
      indicators: indicator ? [indicator] : [],
      objectives: graph.children(node).filter((c) => c.type === "action").map(objective),
    };
  };

  for (const deliverable of graph.deliverablesOf(workplanId)) {
    const actions = graph.children(deliverable).filter((c) => c.type === "action");
    const goal = [deliverable, ...actions].flatMap(linksOf).map(goalOf).find((g) => g !== undefined);
    if (!goal) {
      leftOut.push(`${name(deliverable)}: leads to no goal of '${strategy.id}', and StratML holds objectives only under a goal`);
      continue;
    }
    goal.objectives.push(objective(deliverable));
  }

  const wp = workplan.data;
  const plan: Json = {
    kind: "strategy",
    id: workplan.id,
    title: wp.title,
    description: wp.description,
    period: wp.period,
    published: wp.published,
    source: wp.source,
    organization: wp.organization ?? strategy.data.organization,
    data: { stratml: { ...(((wp.data as Json | undefined)?.stratml as Json | undefined) ?? {}), type: "Performance_Plan" } },
    goals,
  };
  const result = exportStratml(plan, 2);
  return { ...result, leftOut: [...leftOut, ...result.leftOut] };
}

const UNIT = "Not specified";

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === "object") as Json[]) : [];
}

/** The last day a due date stands for: "2025" is 2025-12-31, "2025-06" the 30th; a full date is itself. */
function fullEnd(due: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  if (/^\d{4}-\d{2}$/.test(due)) {
    const [year, month] = due.split("-").map(Number) as [number, number];
    return `${due}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  return undefined;
}
