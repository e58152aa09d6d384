import type { Finding } from "../../core/problem.js";
import { legacyRule } from "../rule.js";

const CITED = new Set(["advances", "refs", "derivedFrom", "serves"]);

const rule = legacyRule({
  id: "uncited-link",
  defaultSeverity: "info",
  description: "An advances, refs, serves or derivedFrom link without a 'cite' naming the sentence of the source that supports it.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const edge of graph.edges) {
      if (!CITED.has(edge.type) || edge.cite || !edge.at) continue;
      findings.push({
        rule: rule.id,
        message: `'${edge.type}' link to '${edge.written}' cites no source: write it as { ref: ${edge.written}, cite: "<the sentence that supports it>" }`,
        at: edge.at,
      });
    }
    return findings;
  },
});
export default rule;
