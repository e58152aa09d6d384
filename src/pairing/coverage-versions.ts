import { matchDocuments } from "../diff/version-pairs.js";
import { advancesOf } from "../graph/advancement.js";
import type { PlanGraph } from "../graph/graph.js";
import type { PlanDocument } from "../graph/model.js";
import { lineagePairs, VersionMap, type VersionPair } from "../graph/versions.js";

// Where the coverage analysis gets its pairs of versions. Coverage is an analysis and does not
// import the diff (another analysis): this module, called by the CLI's run step, pairs the
// measured strategy with the documents the workplans' links name and hands coverage a VersionMap.
// The diff's matching is reached only through its adapter (diff/version-pairs.ts).

/**
 * For `ogp coverage --strategy <id>`: which node of the measured strategy each node that the
 * workplans' links name continues. derivedFrom first (the plan says so, through any chain of
 * versions); then, for the nodes derivedFrom leaves unpaired on both sides, the pairs `ogp diff`
 * finds between the measured strategy and each document the links name, but for those it marks
 * ambiguous. Undefined without a strategy to measure deliverables against (an unknown id is left
 * to the analysis, which reports it).
 */
export function coverageVersions(graph: PlanGraph, options: { strategy?: string; workplan?: string; of?: string }): VersionMap | undefined {
  if (options.of === "indicators") return undefined; // indicators belong to the strategy measured: no links to carry over
  const measured = options.strategy ? graph.document(options.strategy) : undefined;
  if (!measured || measured.kind !== "strategy") return undefined;
  const pairs: VersionPair[] = lineagePairs(graph, measured.id);
  // A node with a derivedFrom version in a document keeps it: the matcher only pairs what derivedFrom leaves unpaired there.
  const documentOf = (ref: string) => graph.node(ref)?.document ?? "";
  const paired = new Set(pairs.flatMap((pair) => [`${pair.old}\0${documentOf(pair.new)}`, `${pair.new}\0${documentOf(pair.old)}`]));
  for (const other of linkedDocuments(graph, measured.id, options.workplan)) {
    const [older, newer] = olderFirst(measured, other);
    for (const pair of matchDocuments(graph, older, newer)) {
      // A pair the matcher is unsure of (another candidate within its margin) would cover a goal on a guess.
      if (pair.ambiguous) continue;
      if (!paired.has(`${pair.old}\0${newer.id}`) && !paired.has(`${pair.new}\0${older.id}`)) pairs.push(pair);
    }
  }
  return new VersionMap(pairs);
}

/** The strategies, other than the measured one, that the workplans' deliverables (or the one workplan's) link to. */
function linkedDocuments(graph: PlanGraph, measuredId: string, workplanId: string | undefined): PlanDocument[] {
  const workplans = [...graph.documents.values()].filter((d) => d.kind === "workplan" && (!workplanId || d.id === workplanId));
  const ids = new Set<string>();
  for (const workplan of workplans) {
    for (const deliverable of graph.deliverablesOf(workplan.id)) {
      for (const { edge } of advancesOf(graph, deliverable)) {
        const document = edge.resolved ? graph.node(edge.to)?.document : undefined;
        if (document && document !== measuredId && graph.document(document)?.kind === "strategy") ids.add(document);
      }
    }
  }
  return [...ids].sort().map((id) => graph.document(id)!);
}

/** Drafts and superseded versions come before the approved one of the same period. */
const STATUS_ORDER: Readonly<Record<string, number>> = { superseded: 0, draft: 1 };

/**
 * The two documents as `ogp diff` would take them, older first: by period start, then publication
 * date (each only when both documents give it), then status (superseded, draft, then the rest);
 * the measured strategy first when nothing tells them apart.
 */
export function olderFirst(measured: PlanDocument, other: PlanDocument): [PlanDocument, PlanDocument] {
  const keys: ((d: PlanDocument) => string | number | undefined)[] = [(d) => d.period?.start, (d) => d.published, (d) => STATUS_ORDER[d.status ?? ""] ?? 2];
  for (const key of keys) {
    const [a, b] = [key(measured), key(other)];
    if (a !== undefined && b !== undefined && a !== b) return a < b ? [measured, other] : [other, measured];
  }
  return [measured, other];
}
