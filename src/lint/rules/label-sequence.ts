import type { PlanNode } from "../../graph/model.js";
import { nodeName } from "../../graph/naming.js";
import { defineRule } from "../rule.js";

const NUMBERING = /^\d+(\.\d+)*$/;

const labelAt = (node: PlanNode) => ({ file: node.file, path: [...node.path, "label"] });

export default defineRule(
  {
    id: "label-sequence",
    defaultSeverity: "warning",
    description: "Numbered labels out of sequence: a child whose label does not extend its parent's (4.2.3 under 4.5), a number used twice among siblings, a number skipped between two others (1, 2, 4), or numbers out of order.",
    messages: {
      notExtending: "{{node}} does not extend its parent's label '{{parentLabel}}': a child of {{parentLabel}} is numbered '{{expectedPrefix}}<n>'; renumber it, or move it under the node it belongs to",
      usedTwice: "{{node}} has the same label as sibling {{first}}; number each sibling once",
      firstUse: "first use of label '{{label}}'",
      skipsOne: "{{node}} skips label '{{missing}}': siblings are numbered without gaps",
      skipsRange: "{{node}} skips labels '{{from}}' to '{{to}}': siblings are numbered without gaps",
      outOfOrder: "{{node}} comes after '{{previous}}': siblings are numbered in order",
    },
  },
  ({ project: { graph }, addFinding }) => {
    // Deliverables written in files of their own are numbered among their workplan's inline ones:
    // a separate deliverable "2" beside an inline deliverable 2 is a label used twice.
    for (const workplan of graph.documents.values()) {
      if (workplan.kind !== "workplan") continue;
      const byLabel = new Map<string, PlanNode>();
      const deliverables = graph.deliverablesOf(workplan.id).filter((d) => d.label && NUMBERING.test(d.label) && d.parent === undefined);
      for (const deliverable of deliverables) {
        const first = byLabel.get(deliverable.label!);
        if (!first) byLabel.set(deliverable.label!, deliverable);
        else if (first.document !== deliverable.document || deliverable.ref === deliverable.document) {
          addFinding("usedTwice", { node: nodeName(deliverable), label: deliverable.label!, first: nodeName(first) }, labelAt(deliverable), [{ at: labelAt(first), messageId: "firstUse", data: { label: deliverable.label! } }]);
        }
      }
    }
    for (const document of graph.documents.values()) {
      // A work plan's top-level deliverables are numbered together with those in files of their own:
      // inline 4 and 6 beside a separate deliverable 5 skip nothing.
      const elsewhere = new Set(
        document.kind === "workplan"
          ? graph.deliverablesOf(document.id).filter((d) => d.document !== document.id && d.label && NUMBERING.test(d.label)).map((d) => d.label!)
          : [],
      );
      // Siblings are numbered separately per parent and per type (indicator 4.5.1 may sit beside objective 4.5.1).
      const groups = new Map<string, PlanNode[]>();
      for (const node of document.nodes) {
        if (node.ref === document.id || !node.label || !NUMBERING.test(node.label)) continue;
        const parent = graph.parent(node);
        const parentLabel = parent?.label && NUMBERING.test(parent.label) ? parent.label : undefined;
        const expectedPrefix = parentLabel ? `${parentLabel}.` : "";
        const ownDepth = node.label.split(".").length;
        if (parentLabel ? !node.label.startsWith(expectedPrefix) || ownDepth !== parentLabel.split(".").length + 1 : false) {
          addFinding("notExtending", { node: nodeName(node), label: node.label, parentLabel: parentLabel!, expectedPrefix }, labelAt(node));
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
        const [first] = siblings;
        let previous = first ? Number(first.label!.split(".").pop()) - 1 : 0;
        for (const node of siblings) {
          const number = Number(node.label!.split(".").pop());
          const prefix = node.label!.slice(0, node.label!.length - String(node.label!.split(".").pop()).length);
          const first = seen.get(number);
          if (first) {
            addFinding("usedTwice", { node: nodeName(node), label: node.label!, first: nodeName(first) }, labelAt(node), [{ at: labelAt(first), messageId: "firstUse", data: { label: node.label! } }]);
          } else if (number > previous + 1) {
            const topLevelDeliverable = node.type === "deliverable" && node.parent === undefined;
            const missing: number[] = [];
            for (let n = previous + 1; n < number; n++) if (!(topLevelDeliverable && elsewhere.has(`${prefix}${n}`))) missing.push(n);
            if (missing.length === 1) addFinding("skipsOne", { node: nodeName(node), label: node.label!, missing: `${prefix}${missing[0]}` }, labelAt(node));
            else if (missing.length > 1) addFinding("skipsRange", { node: nodeName(node), label: node.label!, from: `${prefix}${missing[0]}`, to: `${prefix}${missing[missing.length - 1]}` }, labelAt(node));
          } else if (number <= previous) {
            addFinding("outOfOrder", { node: nodeName(node), label: node.label!, previous: `${prefix}${previous}` }, labelAt(node));
          }
          seen.set(number, seen.get(number) ?? node);
          previous = Math.max(previous, number);
        }
      }
    }
  },
);
