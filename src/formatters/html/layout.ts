import type { GraphSource } from "./plan-graphs.js";

// Graph layout at report build time by Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz:
// the real `dot` engine, no binary to install, about 800 KB loaded only by `ogp report`). The page
// gets plain inline SVG, so it needs no layout library and opens instantly.

export interface LaidOutGraph {
  id: string;
  kind: GraphSource["kind"];
  title: string;
  svg: string;
  note?: string;
}

/** Lays out one Graphviz source as SVG. */
export type LayoutEngine = (dot: string) => string;

export async function loadLayoutEngine(): Promise<LayoutEngine> {
  const { Graphviz } = await import("@hpcc-js/wasm-graphviz");
  const graphviz = await Graphviz.load();
  return (dot) => graphviz.dot(dot, "svg");
}

export function layOut(sources: readonly GraphSource[], engine: LayoutEngine): LaidOutGraph[] {
  return sources.map(({ dot, ...rest }) => ({ ...rest, svg: inlineSvg(engine(dot)) }));
}

/**
 * Graphviz's SVG made fit to inline in HTML, many to a page: no XML prolog, doctype or comments,
 * no generated element ids (they repeat from one graph to the next), no edge titles (noise for
 * screen readers), hyphens unescaped (Graphviz writes '-' as '&#45;', which HTML decodes anyway),
 * nodes and edges without their colour and font attributes (the stylesheet sets them once; a
 * node's fill is its type's colour) and coordinates rounded
 * to whole points: the same picture in about half the bytes.
 */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*>\s*/g, "")
    .replace(/<!DOCTYPE[^>]*>\s*/g, "")
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .replace(/ id="(?:graph|node|edge|clust|a_node|a_edge)\d+"/g, "")
    .replace(/(<g class="edge[^"]*">)\s*<title>[^<]*<\/title>/g, "$1")
    .replace(/&#45;/g, "-")
    .replace(/ xml:space="preserve"| font-family="Helvetica,sans-Serif" font-size="10.00"/g, "")
    .replace(/<(path|polygon) fill="(?:none|white|#555555)" stroke="(?:black|#555555)"/g, "<$1")
    .replace(/ (d|points|x|y)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))}"`)
    .replace(/^<svg /, '<svg role="img" ')
    .trim();
}
