import type { Edge } from "../../graph/model.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "derivation-cycle",
    defaultSeverity: "error",
    description: "'derivedFrom' links that lead back to where they started: lineage must run from older plans to newer ones.",
    messages: {
      cycle: "{{node}} descends from itself through 'derivedFrom': {{cycle}}; a node cannot descend from itself, so remove the link that points back",
    },
  },
  ({ project: { graph }, addFinding }) => {
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
      for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
        const edge = frame.edges[frame.next++];
        if (!edge) {
          state.set(frame.ref, "done");
          stack.pop();
          path.pop();
          continue;
        }
        if (!edge.resolved) continue;
        const seen = state.get(edge.to);
        if (seen === "open") {
          const cycle = [...path.slice(path.indexOf(edge.to)), edge.to];
          const from = graph.node(frame.ref)!;
          addFinding("cycle", { node: nodeName(from), cycle: cycle.join(" -> ") }, edge.at ?? { file: from.file, path: from.path });
        } else if (seen === undefined) {
          enter(edge.to);
        }
      }
    }
  },
);
