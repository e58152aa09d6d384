import { advancesOf } from "../../graph/advancement.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

export default defineRule(
  {
    id: "advances-nothing",
    defaultSeverity: "warning",
    description: "A deliverable advances no goal, neither itself nor through any of its actions, so no coverage report can count it.",
    messages: {
      advancesNothing: "{{deliverable}} advances nothing: add 'advances' with the goals its text says it serves, to it or to its actions",
    },
  },
  ({ project: { graph }, addFinding }) => {
    for (const node of graph.nodes.values()) {
      if (node.type !== "deliverable" || advancesOf(graph, node).length > 0) continue;
      addFinding("advancesNothing", { deliverable: nodeName(node) }, { file: node.file, path: node.ref === node.document ? ["id"] : [...node.path, "id"] });
    }
  },
);
