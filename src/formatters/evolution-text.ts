import Table from "cli-table3";
import type { EvolutionResult } from "../diff/evolution.js";
import { cellText, headers } from "./evolution-cells.js";
import type { Formatter } from "./formatter.js";

// The lineage of goals as a terminal table: one row per lineage, one column per generation.

export const formatEvolutionText: Formatter<EvolutionResult> = (result, { width }) => {
  const columns = result.generations.length + 1;
  const columnWidth = Math.max(16, Math.floor((Math.max(width, 80) - columns - 1) / columns) - 2);
  const table = new Table({
    head: headers(result),
    colWidths: [...result.generations.map(() => columnWidth), 14],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const lineage of result.lineages) table.push([...lineage.cells.map(cellText), lineage.status]);
  const counts = new Map<string, number>();
  for (const lineage of result.lineages) counts.set(lineage.status, (counts.get(lineage.status) ?? 0) + 1);
  return `${table.toString()}\n${[...counts].map(([status, n]) => `${n} ${status}`).join(", ")}\n`;
};
