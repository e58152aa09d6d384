import type { Finding } from "../../core/problem.js";
import type { Edge } from "../../graph/model.js";
import { legacyRule } from "../rule.js";

const rule = legacyRule({
  id: "derivation-cycle",
  defaultSeverity: "error",
  description: "'derivedFrom' links that lead back to where they started: lineage must run from older plans to newer ones.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    const state = new Map<string, "open" | "done">();
    // Iterative depth-first search: lineage chains in generated plans can be long.
    for (const start of graph.nodes.keys()) {
      if (state.has(start)) continue;
      const path: string[] = [];
      const stack: { ref: string; edges: readonly Edge[]; next: number }[] = [];
      const enter = (ref: string) => {
        state.set(ref, "open");
        path.push(ref);
        stack.push({ ref, edges: graph.outgoing(ref, "derivedFrom"), next: 0 });
      };
      enter(start);
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        if (frame.next >= frame.edges.length) {
          state.set(frame.ref, "done");
          stack.pop();
          path.pop();
          continue;
        }
        const edge = frame.edges[frame.next++]!;
        if (!edge.resolved) continue;
        const seen = state.get(edge.to);
        if (seen === "open") {
          const cycle = [...path.slice(path.indexOf(edge.to)), edge.to];
          findings.push({
            rule: rule.id,
            message: `'derivedFrom' cycle: ${cycle.join(" -> ")}; a node cannot descend from itself, so remove the link that points back`,
            at: edge.at ?? { file: graph.node(frame.ref)!.file, path: graph.node(frame.ref)!.path },
          });
        } else if (seen === undefined) {
          enter(edge.to);
        }
      }
    }
    return findings;
  },
});
export default rule;
