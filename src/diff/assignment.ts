import { munkres } from "munkres";
import { itemAt } from "../core/item-at.js";

// Which pairs to keep among scored candidates: a maximum-total-score one-to-one assignment, solved
// exactly (Hungarian method, the munkres package) per connected component of the candidate graph,
// greedily only for components too large for a cubic solver.

export interface ScoredEdge {
  /** Index of the old node. */
  old: number;
  /** Index of the new node. */
  new: number;
  score: number;
}

/** Components above this many rows times columns are assigned greedily (best score first). */
export const EXACT_LIMIT = 250 * 250;

/**
 * A one-to-one subset of `edges` with the greatest total score. Deterministic: the same edges in
 * any order give the same pairs (edges are sorted first; ties go to the lower indices).
 */
export function assign(edges: readonly ScoredEdge[]): ScoredEdge[] {
  const sorted = [...edges].sort((a, b) => a.old - b.old || a.new - b.new);
  const chosen: ScoredEdge[] = [];
  for (const component of components(sorted)) chosen.push(...solve(component));
  return chosen.sort((a, b) => a.old - b.old || a.new - b.new);
}

function solve(edges: ScoredEdge[]): ScoredEdge[] {
  const rows = [...new Set(edges.map((e) => e.old))].sort((a, b) => a - b);
  const cols = [...new Set(edges.map((e) => e.new))].sort((a, b) => a - b);
  if (rows.length === 1 || cols.length === 1 || rows.length * cols.length > EXACT_LIMIT) return greedy(edges);
  const rowOf = new Map(rows.map((r, i) => [r, i]));
  const colOf = new Map(cols.map((c, i) => [c, i]));
  // Cost 1 - score; a pair that is not a candidate costs 1 (score 0) and is dropped afterwards.
  const cost = rows.map(() => new Array<number>(cols.length).fill(1));
  const byCell = new Map<string, ScoredEdge>();
  for (const edge of edges) {
    itemAt(cost, rowOf.get(edge.old)!)[colOf.get(edge.new)!] = 1 - edge.score;
    byCell.set(`${edge.old}:${edge.new}`, edge);
  }
  const chosen: ScoredEdge[] = [];
  for (const [row, col] of munkres(cost)) {
    const edge = byCell.get(`${rows[row]}:${cols[col]}`);
    if (edge) chosen.push(edge);
  }
  return chosen;
}

function greedy(edges: ScoredEdge[]): ScoredEdge[] {
  const order = [...edges].sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const chosen: ScoredEdge[] = [];
  for (const edge of order) {
    if (usedOld.has(edge.old) || usedNew.has(edge.new)) continue;
    usedOld.add(edge.old);
    usedNew.add(edge.new);
    chosen.push(edge);
  }
  return chosen;
}

/** Connected components of the bipartite candidate graph (union-find over old and new indices). */
function components(edges: ScoredEdge[]): ScoredEdge[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    let current = x;
    while (current !== root) {
      const next = parent.get(current)!;
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  for (const edge of edges) {
    const a = find(`o${edge.old}`);
    const b = find(`n${edge.new}`);
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, ScoredEdge[]>();
  for (const edge of edges) {
    const root = find(`o${edge.old}`);
    const group = groups.get(root);
    if (group) group.push(edge);
    else groups.set(root, [edge]);
  }
  return [...groups.values()];
}
