import { escapeHtml as e } from "./html.js";
import type { LaidOutGraph } from "./layout.js";

/** The plan graphs: a picker, and one figure per document and per goal (only the picked one shown on screen, `firstGraph` at first; all in print). */
export function graphsSection(graphs: readonly LaidOutGraph[], firstGraph?: string): string {
  if (graphs.length === 0) return "";
  const shown = graphs.some((g) => g.id === firstGraph) ? firstGraph : graphs[0]?.id;
  const group = (kind: LaidOutGraph["kind"], label: string) => {
    const options = graphs.filter((g) => g.kind === kind).map((g) => `<option value="${e(g.id)}"${g.id === shown ? " selected" : ""}>${e(g.title)}</option>`);
    return options.length ? `<optgroup label="${label}">${options.join("")}</optgroup>` : "";
  };
  const figures = graphs
    .map((g) => `<figure class="graph" data-graph="${e(g.id)}"${g.id === shown ? "" : " hidden"}><figcaption>${e(g.title)}${g.note ? ` <small>${e(g.note)}</small>` : ""}</figcaption>\n${g.svg}\n</figure>`)
    .join("\n");
  return `<section id="graphs">
<h2>Plan graphs</h2>
<p class="no-print"><label>Graph <select id="graph-picker">${group("document", "Documents")}${group("goal", "Goals")}</select></label> Click a node for its details.</p>
${figures}
</section>`;
}
