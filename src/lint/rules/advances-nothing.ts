import type { Finding } from "../../core/problem.js";
import { advancesOf } from "../../graph/advancement.js";
import type { Rule } from "../rule.js";

const rule: Rule = {
  id: "advances-nothing",
  severity: "warning",
  description: "A deliverable advances no goal, neither itself nor through any of its actions, so no coverage report can count it.",
  check({ project: { graph } }) {
    const findings: Finding[] = [];
    for (const node of graph.nodes.values()) {
      if (node.type !== "deliverable") continue;
      if (advancesOf(graph, node).length > 0) continue;
      const name = node.label ? `deliverable ${node.label} ('${node.id}')` : `deliverable '${node.id}'`;
      findings.push({
        rule: rule.id,
        message: `${name} advances nothing: add 'advances' with the goals its text says it serves, to it or to its actions`,
        at: { file: node.file, path: node.ref === node.document ? ["id"] : [...node.path, "id"] },
      });
    }
    return findings;
  },
};
export default rule;
