import { defineRule } from "../rule.js";

const CITED = new Set(["advances", "refs", "derivedFrom", "serves"]);

export default defineRule(
  {
    id: "uncited-link",
    defaultSeverity: "info",
    description: "An advances, refs, serves or derivedFrom link without a 'cite' naming the sentence of the source that supports it, in a plan transcribed from a published source (one with 'source'); authored plans have no source to cite.",
    messages: {
      uncited: "'{{linkType}}' link to '{{ref}}' cites no source: write it as { ref: {{ref}}, cite: \"<the sentence that supports it>\" }",
    },
  },
  ({ project: { graph }, addFinding }) => {
    // Only plans that encode a published document (they name their `source`) can cite it; a plan
    // written by its own authors has no source, and asking it for citations is noise.
    const transcribed = (ref: string) => graph.document(graph.node(ref)?.document ?? ref)?.data.source !== undefined;
    for (const edge of graph.edges) {
      if (!CITED.has(edge.type) || edge.cite || !edge.at || !transcribed(edge.from)) continue;
      addFinding("uncited", { linkType: edge.type, ref: edge.written }, edge.at);
    }
  },
);
