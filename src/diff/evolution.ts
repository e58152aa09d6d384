import { match } from "./match.js";
import type { DiffSide, NodeName, ScoreBreakdown } from "./model.js";
import { nameOf } from "./names.js";

// The lineage of goals across generations of a strategy (2015 -> 2020 -> 2023): each pair of
// consecutive generations is matched exactly as `ogp diff` matches two sides (so the lineage agrees
// with the diffs of consecutive generations), and the pairs are chained into rows; a step made by
// meaning below CONFIDENT, or ambiguous, is marked unsure, and so is an unpaired goal's closest
// free node (the candidate the diff names), which never continues a lineage by itself. A goal that continues a node of another kind (a strategy promoted to a goal) starts
// its row at that node.

export interface LineageCell {
  node: NodeName;
  /** Score of the pair with the previous generation's cell (absent in a row's first cell). */
  score?: number;
  /** How that pair was made: id, derivedFrom, meaning or pin; 'candidate' for no pair but the closest free node (always unsure). */
  by?: string;
  /** The pair was made by meaning but is not sure: its score is below CONFIDENT, or another candidate scores nearly as well. */
  unsure?: boolean;
}

/** A pair by meaning at or above this score, and not ambiguous, is a confident step of a lineage. */
export const CONFIDENT = 0.5;
/** An unpaired goal's closest node is shown as an unsure step from this score. */
const SUGGESTED = 0.45;

export type LineageStatus = "persisted" | "appeared" | "dropped" | "appeared and dropped";

export interface Lineage {
  /** One cell per generation, null where the goal is not there. */
  cells: (LineageCell | null)[];
  status: LineageStatus;
}

export interface EvolutionResult {
  generations: { name: string; title?: string; period?: string }[];
  lineages: Lineage[];
}

export function evolution(sides: readonly DiffSide[]): EvolutionResult {
  const rows: (LineageCell | null)[][] = [];
  const open = new Map<string, (LineageCell | null)[]>(); // ref at the latest generation -> its row
  const goalsOf = (side: DiffSide) => side.documents.flatMap((d) => d.nodes).filter((n) => n.type === "goal");
  for (const goal of sides[0] ? goalsOf(sides[0]) : []) {
    const row: (LineageCell | null)[] = [{ node: nameOf(goal) }];
    rows.push(row);
    open.set(goal.ref, row);
  }
  for (const [g, newSide] of sides.entries()) {
    const oldSide = sides[g - 1];
    if (!oldSide) continue; // the first side is where the rows start
    const matching = match(oldSide, newSide);
    const next = new Map<string, (LineageCell | null)[]>();
    for (const goal of goalsOf(newSide)) {
      const paired = matching.newToOld.get(goal.ref);
      const pairing = paired ? matching.pairings.get(paired) : undefined;
      // An unpaired goal whose closest old node is free shows that node as an unsure step, as
      // `ogp diff` names it the added goal's closest node: a suggestion to check, not a pair.
      const candidate = paired ? undefined : matching.bestOld(goal, (node) => !matching.oldToNew.has(node.ref));
      const suggested = candidate && worthSuggesting(matching.breakdown(candidate.node, goal)) ? candidate : undefined;
      const oldRef = paired ?? suggested?.node.ref;
      const unsure = suggested !== undefined || (pairing?.by === "meaning" && (pairing.ambiguous || pairing.score < CONFIDENT));
      const how = pairing ? { score: pairing.score, by: pairing.by } : suggested ? { score: suggested.score, by: "candidate" } : {};
      const cell: LineageCell = { node: nameOf(goal), ...how, ...(unsure ? { unsure } : {}) };
      let row = oldRef ? open.get(oldRef) : undefined;
      if (!row) {
        row = new Array<LineageCell | null>(g).fill(null);
        const oldNode = oldRef ? oldSide.graph.node(oldRef) : undefined;
        if (oldNode) row[g - 1] = { node: nameOf(oldNode) };
        rows.push(row);
      }
      row[g] = cell;
      next.set(goal.ref, row);
    }
    for (const row of rows) if (row.length === g) row.push(null);
    open.clear();
    for (const [ref, row] of next) open.set(ref, row);
  }
  const generations = sides.map((side) => {
    const document = side.documents[0];
    const period = document?.period ? `${document.period.start ?? "?"} to ${document.period.end ?? "?"}` : undefined;
    return { name: side.name, ...(document?.title ? { title: document.title } : {}), ...(period ? { period } : {}) };
  });
  return { generations, lineages: rows.map((cells) => ({ cells, status: statusOf(cells) })) };
}

/** A candidate shown as an unsure step: a fair score, a strong source of evidence, and no contradiction (an agreeing title over disagreeing texts). */
function worthSuggesting(breakdown: ScoreBreakdown | undefined): boolean {
  if (!breakdown || breakdown.contradicted || breakdown.total < SUGGESTED) return false;
  return breakdown.evidence.some((source) => !source.startsWith("weak "));
}

function statusOf(cells: readonly (LineageCell | null)[]): LineageStatus {
  const first = cells[0] !== null;
  const last = cells[cells.length - 1] !== null;
  if (first && last) return "persisted";
  if (last) return "appeared";
  if (first) return "dropped";
  return "appeared and dropped";
}
