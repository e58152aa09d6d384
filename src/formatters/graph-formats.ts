import type { GraphView } from "../analyses/graph-view.js";
import type { FormatRegistry } from "./formatter.js";

/** `ogp graph --format` choices, each loaded only when chosen (the formatters are in graph-drawings.ts). */
export const GRAPH_FORMATS = {
  json: async () => (await import("./graph-drawings.js")).formatGraphJson,
  dot: async () => (await import("./graph-drawings.js")).formatGraphDot,
  mermaid: async () => (await import("./graph-drawings.js")).formatGraphMermaid,
} satisfies FormatRegistry<GraphView>;
