import type { DiffResult, DiffSide } from "../../../src/diff/model.js";
import type { PlanNode } from "../../../src/graph/model.js";
import { foldTypography, typographicEdit } from "../../../src/diff/text.js";
import type { EvalCase } from "./harness.js";
import { partnersOf, SCORED_KINDS, type Kind, type ScoredKind, type TruthFile } from "./truth.js";

// Scores one diff against its truth: for every judged old node, whether the diff found the same
// partner(s) and the same kind; for new nodes, whether the added ones are reported added. Kinds
// are read from the pairs (`explain`) and the changes (split, merged, promoted, demoted, moved,
// reworded); an old node left unpaired is removed, a new one added, whatever the output groups.

export interface Outcome {
  kind: Kind;
  /** Partner refs on the new side, sorted. */
  partners: string[];
}

export interface Tally {
  tp: number;
  predicted: number;
  truth: number;
}

export interface Miss {
  node: string;
  title?: string;
  truth: string;
  got: string;
  why?: string;
}

export interface CaseScore {
  name: string;
  kinds: Record<ScoredKind, Tally>;
  pairs: Tally;
  /** Split changes (old node -> parts) that the truth does not have. */
  falseSplits: string[];
  /** Merged changes (parts -> new node) that the truth does not have. */
  falseMerges: string[];
  /** Pairs the truth forbids (notWith / notFrom) that the diff made. */
  forbidden: string[];
  misses: Miss[];
  /** Old nodes judged. */
  judged: number;
  /** Old nodes on the old side (a complete truth judges them all). */
  oldNodes: number;
}

const emptyTallies = (): Record<ScoredKind, Tally> => Object.fromEntries(SCORED_KINDS.map((k) => [k, { tp: 0, predicted: 0, truth: 0 }])) as Record<ScoredKind, Tally>;

/** What the diff says became of each old node, and which new nodes it says are added. */
export function predicted(result: DiffResult, oldSide: DiffSide, newSide: DiffSide): { outcomes: Map<string, Outcome>; added: Set<string> } {
  const outcomes = new Map<string, Outcome>();
  const partnered = new Set<string>();
  for (const change of result.changes) {
    if (change.type === "split" && change.old) {
      const parts = (change.parts ?? []).map((p) => p.ref).sort();
      outcomes.set(change.old.ref, { kind: "split", partners: parts });
      parts.forEach((p) => partnered.add(p));
    }
    if (change.type === "merged" && change.new) {
      for (const part of change.parts ?? []) outcomes.set(part.ref, { kind: "merged", partners: [change.new.ref] });
      partnered.add(change.new.ref);
    }
  }
  for (const pair of result.pairs ?? []) {
    partnered.add(pair.new.ref);
    if (outcomes.has(pair.old.ref)) continue;
    const named = result.changes.filter((c) => c.old?.ref === pair.old.ref && c.new?.ref === pair.new.ref);
    const movement = named.find((c) => c.type === "promoted" || c.type === "demoted" || c.type === "moved")?.type as Kind | undefined;
    // A text whose words stayed the same (a comma more, capitals) is the same node, as the truths define `same`.
    const reworded = named.some((c) => c.fields.some((f) => (f.field === "title" || f.field === "description") && f.typographic === undefined));
    outcomes.set(pair.old.ref, { kind: movement ?? (reworded ? "reworded" : "same"), partners: [pair.new.ref] });
  }
  for (const node of oldSide.documents.flatMap((d) => d.nodes)) if (!outcomes.has(node.ref)) outcomes.set(node.ref, { kind: "removed", partners: [] });
  const added = new Set(newSide.documents.flatMap((d) => d.nodes).map((n) => n.ref).filter((ref) => !partnered.has(ref)));
  return { outcomes, added };
}

/** The truth as refs: per judged old ref its outcome, the new refs judged added, and the forbidden pairs. */
export function expected(truth: TruthFile, evalCase: EvalCase): { outcomes: Map<string, Outcome & { why?: string }>; added: Map<string, string | undefined>; judgedNew: Set<string>; forbidden: Array<[string, string]> } {
  const { oldSide, newSide, newId } = evalCase;
  const oldRef = (id: string) => `${truth.old}/${id}`;
  const newRef = (id: string) => `${truth.new}/${newId(id)}`;
  const outcomes = new Map<string, Outcome & { why?: string }>();
  const forbidden: Array<[string, string]> = [];
  const oldNodes = oldSide.documents.flatMap((d) => d.nodes);
  const newNodes = newSide.documents.flatMap((d) => d.nodes);
  const exists = (side: PlanNode[], ref: string, what: string) => {
    if (!side.some((n) => n.ref === ref)) throw new Error(`truth ${truth.old} -> ${truth.new}: ${what} '${ref}' is not in the plan`);
  };
  for (const [id, node] of Object.entries(truth.nodes)) {
    exists(oldNodes, oldRef(id), "old node");
    for (const other of node.notWith ?? []) {
      exists(newNodes, newRef(other), "new node");
      forbidden.push([oldRef(id), newRef(other)]);
    }
    if (node.kind === undefined) continue;
    const partners = partnersOf(node).map(newRef).sort();
    partners.forEach((p) => exists(newNodes, p, "new node"));
    outcomes.set(oldRef(id), { kind: node.kind, partners, ...(node.why ? { why: node.why } : {}) });
  }
  if (truth.byIdentifier) for (const [u, v] of identifierPairs(oldNodes, newNodes)) if (!outcomes.has(u.ref)) outcomes.set(u.ref, { kind: structuralKind(u, v, evalCase), partners: [v.ref], why: "same StratML Identifier" });
  const added = new Map<string, string | undefined>();
  for (const [id, entry] of Object.entries(truth.added ?? {})) {
    exists(newNodes, newRef(id), "added node");
    added.set(newRef(id), entry?.why);
    for (const other of entry?.notFrom ?? []) forbidden.push([oldRef(other), newRef(id)]);
  }
  const partnered = new Set([...outcomes.values()].flatMap((o) => o.partners));
  const judgedNew = new Set([...added.keys(), ...partnered]);
  if (truth.complete) {
    const unjudgedOld = oldNodes.filter((n) => !outcomes.has(n.ref)).map((n) => n.ref);
    const unjudgedNew = newNodes.filter((n) => !judgedNew.has(n.ref)).map((n) => n.ref);
    if (unjudgedOld.length + unjudgedNew.length > 0) throw new Error(`truth ${truth.old} -> ${truth.new} is marked complete but does not judge: ${[...unjudgedOld, ...unjudgedNew].join(", ")}`);
  }
  return { outcomes, added, judgedNew, forbidden };
}

/** Old and new nodes whose StratML Identifier is the same and unique on each side. */
function identifierPairs(oldNodes: PlanNode[], newNodes: PlanNode[]): Array<[PlanNode, PlanNode]> {
  const unique = (nodes: PlanNode[]) => {
    const byId = new Map<string, PlanNode | null>();
    for (const node of nodes) {
      const identifier = stratmlIdentifier(node);
      if (identifier) byId.set(identifier, byId.has(identifier) ? null : node);
    }
    return byId;
  };
  const olds = unique(oldNodes);
  const news = unique(newNodes);
  const pairs: Array<[PlanNode, PlanNode]> = [];
  for (const [identifier, u] of olds) {
    const v = news.get(identifier);
    if (u && v) pairs.push([u, v]);
  }
  return pairs;
}

/** A node's StratML Identifier, without the leading '_' that an import keeps in one version and not in another. */
export function stratmlIdentifier(node: PlanNode): string | undefined {
  const stratml = (node.data.data as { stratml?: { identifier?: unknown } } | undefined)?.stratml;
  return typeof stratml?.identifier === "string" ? stratml.identifier.replace(/^_+/, "").toLowerCase() : undefined;
}

/** The kind of a known pair from the two nodes: level, then parent, then words. */
function structuralKind(u: PlanNode, v: PlanNode, evalCase: EvalCase): Kind {
  if (v.depth < u.depth) return "promoted";
  if (v.depth > u.depth) return "demoted";
  const pu = u.parent ? evalCase.oldSide.graph.node(u.parent) : undefined;
  const pv = v.parent ? evalCase.newSide.graph.node(v.parent) : undefined;
  const sameParent = pu && pv ? stratmlIdentifier(pu) !== undefined && stratmlIdentifier(pu) === stratmlIdentifier(pv) : !pu && !pv;
  if (!sameParent) return "moved";
  // "same": text unchanged up to typography and punctuation (README), as the diff's typographic edits read.
  const same = (a?: string, b?: string) => {
    const [x, y] = [foldTypography(a ?? ""), foldTypography(b ?? "")];
    return x === y || typographicEdit(x, y) !== undefined;
  };
  return same(u.title, v.title) && same(u.description, v.description) ? "same" : "reworded";
}

const show = (o: Outcome | undefined, short: (ref: string) => string) => (o ? `${o.kind}${o.partners.length ? ` -> ${o.partners.map(short).join(", ")}` : ""}` : "unjudged");

export function scoreCase(name: string, truth: TruthFile, evalCase: EvalCase, result: DiffResult): CaseScore {
  const want = expected(truth, evalCase);
  const got = predicted(result, evalCase.oldSide, evalCase.newSide);
  const kinds = emptyTallies();
  const pairs: Tally = { tp: 0, predicted: 0, truth: 0 };
  const misses: Miss[] = [];
  const short = (ref: string) => {
    const readable = ref.startsWith(`${truth.new}/`) ? evalCase.readable(ref) : ref;
    return readable.slice(readable.indexOf("/") + 1);
  };
  const falseSplits: string[] = [];
  const falseMerges: string[] = [];
  for (const [ref, truthOutcome] of want.outcomes) {
    const outcome = got.outcomes.get(ref)!;
    const right = outcome.kind === truthOutcome.kind && outcome.partners.join() === truthOutcome.partners.join();
    kinds[truthOutcome.kind].truth++;
    kinds[outcome.kind].predicted++;
    if (right) kinds[outcome.kind].tp++;
    pairs.truth += truthOutcome.partners.length;
    pairs.predicted += outcome.partners.length;
    pairs.tp += outcome.partners.filter((p) => truthOutcome.partners.includes(p)).length;
    if (!right) {
      const node = evalCase.oldSide.graph.node(ref);
      misses.push({ node: short(ref), ...(node?.title ? { title: node.title.slice(0, 60) } : {}), truth: show(truthOutcome, short), got: show(outcome, short), ...(truthOutcome.why ? { why: truthOutcome.why } : {}) });
      if (outcome.kind === "split") falseSplits.push(`${short(ref)} -> ${outcome.partners.map(short).join(", ")}`);
      if (outcome.kind === "merged") falseMerges.push(`${short(ref)} -> ${outcome.partners.map(short).join(", ")}`);
    }
  }
  for (const ref of want.judgedNew) {
    const isAdded = got.added.has(ref);
    if (want.added.has(ref)) kinds.added.truth++;
    if (isAdded) kinds.added.predicted++;
    if (isAdded && want.added.has(ref)) kinds.added.tp++;
    if (isAdded !== want.added.has(ref)) {
      const node = evalCase.newSide.graph.node(ref);
      const why = want.added.get(ref);
      misses.push({ node: `new ${short(ref)}`, ...(node?.title ? { title: node.title.slice(0, 60) } : {}), truth: want.added.has(ref) ? "added" : "paired", got: isAdded ? "added" : "paired", ...(why ? { why } : {}) });
    }
  }
  const forbidden = want.forbidden.filter(([u, v]) => got.outcomes.get(u)?.partners.includes(v)).map(([u, v]) => `${short(u)} -> ${short(v)}`);
  return { name, kinds, pairs, falseSplits, falseMerges, forbidden, misses, judged: want.outcomes.size, oldNodes: evalCase.oldSide.documents.reduce((n, d) => n + d.nodes.length, 0) };
}

/** Precision and recall of a tally; 1 when there is nothing to find or nothing was claimed. */
export function precision(t: Tally): number {
  return t.predicted === 0 ? 1 : t.tp / t.predicted;
}
export function recall(t: Tally): number {
  return t.truth === 0 ? 1 : t.tp / t.truth;
}

export function sumTallies(scores: readonly CaseScore[]): Record<ScoredKind, Tally> & { pairs: Tally } {
  const total = { ...emptyTallies(), pairs: { tp: 0, predicted: 0, truth: 0 } };
  for (const s of scores) {
    for (const k of SCORED_KINDS) for (const f of ["tp", "predicted", "truth"] as const) total[k][f] += s.kinds[k][f];
    for (const f of ["tp", "predicted", "truth"] as const) total.pairs[f] += s.pairs[f];
  }
  return total;
}
