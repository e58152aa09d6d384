import type { EvolutionResult } from "../diff/evolution.js";
import { cellText, headers } from "./evolution-cells.js";
import type { Formatter } from "./formatter.js";

export const formatEvolutionMarkdown: Formatter<EvolutionResult> = (result) => {
  const escape = (text: string) => text.replace(/([\\|*_`<>[\]])/g, "\\$1");
  const head = headers(result);
  const lines = [`| ${head.map(escape).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
  for (const lineage of result.lineages) lines.push(`| ${[...lineage.cells.map(cellText), lineage.status].map(escape).join(" | ")} |`);
  return `${lines.join("\n")}\n`;
};
