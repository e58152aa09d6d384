import type { Finding } from "../../core/problem.js";
import type { PlanNode } from "../../graph/model.js";
import { legacyRule } from "../rule.js";

const NUMBERING = /^\d+(\.\d+)*$/;

const rule = legacyRule({
  id: "label-sequence",
  defaultSeverity: "warning",
  description: "Numbered labels out of sequence: a child whose label does not extend its parent's (4.2.3 under 4.5), a number used twice among siblings, a number skipped between two others (1, 2, 4), or numbers out of order.",
  check({ project: { graph }, where }) {
    const findings: Finding[] = [];
    const labelAt = (node: PlanNode) => ({ file: node.file, path: [...node.path, "label"] });
    for (const document of graph.documents.values()) {
      // Siblings are numbered separately per parent and per type (indicator 4.5.1 may sit beside objective 4.5.1).
      const groups = new Map<string, PlanNode[]>();
      for (const node of document.nodes) {
        if (node.ref === document.id || !node.label || !NUMBERING.test(node.label)) continue;
        const parent = graph.parent(node);
        const parentLabel = parent?.label && NUMBERING.test(parent.label) ? parent.label : undefined;
        const expectedPrefix = parentLabel ? `${parentLabel}.` : "";
        const ownDepth = node.label.split(".").length;
        if (parentLabel ? !node.label.startsWith(expectedPrefix) || ownDepth !== parentLabel.split(".").length + 1 : false) {
          findings.push({
            rule: rule.id,
            message: `label '${node.label}' does not extend its parent's label '${parentLabel}': a child of ${parentLabel} is numbered '${expectedPrefix}<n>'; renumber it, or move it under the node it belongs to`,
            at: labelAt(node),
          });
          continue;
        }
        // Without a numbered parent, siblings share the label's prefix: top-level "1.1" and "2.1" are not rivals.
        const key = `${node.parent ?? ""}|${node.type}|${parentLabel ? "" : node.label.split(".").slice(0, -1).join(".")}`;
        const group = groups.get(key);
        if (group) group.push(node);
        else groups.set(key, [node]);
      }
      for (const siblings of groups.values()) {
        const seen = new Map<number, PlanNode>();
        // Gaps count between numbers that are present: an excerpt may start at 3.2 (the consultation rendering does).
        let previous = siblings.length > 0 ? Number(siblings[0]!.label!.split(".").pop()) - 1 : 0;
        for (const node of siblings) {
          const number = Number(node.label!.split(".").pop());
          const prefix = node.label!.slice(0, node.label!.length - String(node.label!.split(".").pop()).length);
          const first = seen.get(number);
          if (first) {
            findings.push({
              rule: rule.id,
              message: `label '${node.label}' is already used by sibling '${first.id}' at ${where(labelAt(first))}; number each sibling once`,
              at: labelAt(node),
              related: [{ at: labelAt(first), message: "first use of this label" }],
            });
          } else if (number > previous + 1) {
            const missing = number - previous === 2 ? `'${prefix}${previous + 1}'` : `'${prefix}${previous + 1}' to '${prefix}${number - 1}'`;
            findings.push({ rule: rule.id, message: `label '${node.label}' skips ${missing}: siblings are numbered without gaps`, at: labelAt(node) });
          } else if (number <= previous) {
            findings.push({ rule: rule.id, message: `label '${node.label}' comes after '${prefix}${previous}': siblings are numbered in order`, at: labelAt(node) });
          }
          seen.set(number, seen.get(number) ?? node);
          previous = Math.max(previous, number);
        }
      }
    }
    return findings;
  },
});
export default rule;
