import { nodeName, shortTitle } from "../../graph/naming.js";
import type { NodeType } from "../../graph/model.js";
import { defineRule } from "../rule.js";

/**
 * The nodes a reader finds by their title: coverage's rows and columns and every message name them
 * by it. Objectives are left out: imported plans (StratML) often number them without a name.
 */
const TITLED: ReadonlySet<NodeType> = new Set(["goal", "deliverable"]);

export default defineRule(
  {
    id: "missing-title",
    defaultSeverity: "warning",
    description: "A goal or deliverable has no title, so coverage, the report and every message show it by number alone.",
    messages: {
      missingTitle: "{{node}} has no title: add 'title:' with its heading as the plan gives it (coverage and the report show a node by its title)",
      missingTitleDescribed: "{{node}} has no title: add 'title:' with its heading, or a short title from its description (\"{{start}}\"); coverage and the report show a node by its title",
    },
  },
  ({ project: { graph, findings }, addFinding }) => {
    // A node the schema already complains about ('titel' for 'title') gets that one finding, not a second.
    const schemaPlaces = findings.filter((f) => f.rule === "schema" && f.at.path).map((f) => `${f.at.file}|${f.at.path!.join("/")}/`);
    const hasSchemaFinding = (file: string, path: readonly (string | number)[]) => {
      const prefix = `${file}|${path.length ? `${path.join("/")}/` : ""}`;
      return schemaPlaces.some((place) => place.startsWith(prefix) && place.slice(prefix.length).split("/").length <= 2);
    };
    for (const node of graph.nodes.values()) {
      if (!TITLED.has(node.type) || (node.title && node.title.trim() !== "")) continue;
      if (hasSchemaFinding(node.file, node.ref === node.document ? [] : node.path)) continue;
      const at = { file: node.file, path: node.ref === node.document ? ["id"] : [...node.path, "id"] };
      if (node.description) addFinding("missingTitleDescribed", { node: nodeName(node), start: shortTitle(node.description, 40) }, at);
      else addFinding("missingTitle", { node: nodeName(node) }, at);
    }
  },
);
