import { defineRule } from "../rule.js";

const CITED = new Set(["advances", "refs", "derivedFrom", "serves"]);

export default defineRule(
  {
    id: "uncited-link",
    defaultSeverity: "info",
    description: "An advances, refs, serves or derivedFrom link without a 'cite' naming the sentence of the source that supports it.",
    messages: {
      uncited: "'{{linkType}}' link to '{{ref}}' cites no source: write it as { ref: {{ref}}, cite: \"<the sentence that supports it>\" }",
    },
  },
  ({ project: { graph }, report }) => {
    for (const edge of graph.edges) {
      if (!CITED.has(edge.type) || edge.cite || !edge.at) continue;
      report("uncited", { linkType: edge.type, ref: edge.written }, edge.at);
    }
  },
);
