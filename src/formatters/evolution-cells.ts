import type { EvolutionResult, LineageCell } from "../diff/evolution.js";
import { describe } from "../diff/names.js";

/** A lineage cell as text: the node as a reader names it, and how it was paired with the previous generation. */
export function cellText(cell: LineageCell | null): string {
  if (!cell) return "-";
  const how =
    cell.by === undefined ? "" : cell.by === "candidate" ? ` (unsure candidate, ${cell.score})` : cell.by === "meaning" ? ` (${cell.unsure ? "unsure, " : ""}${cell.score})` : ` (${cell.by})`;
  return `${describe(cell.node)}${how}`;
}

export function headers(result: EvolutionResult): string[] {
  return [...result.generations.map((g) => (g.period ? `${g.name} (${g.period})` : g.name)), "lineage"];
}
