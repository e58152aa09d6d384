import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import path from "node:path";
import { parse } from "yaml";
import { EVAL_DIR } from "./harness.js";

// A hand-made truth for one pair of plan versions: what became of every old node (its partner or
// partners on the new side and the kind of change) and which new nodes are new. Written from the
// source documents, before looking at what `ogp diff` says (README.md in this folder says how).

/** What became of an old node. */
export const KINDS = ["same", "reworded", "moved", "promoted", "demoted", "split", "merged", "removed"] as const;
export type Kind = (typeof KINDS)[number];
/** Kinds scored: the old nodes' kinds and 'added' for new nodes without an old partner. */
export type ScoredKind = Kind | "added";
export const SCORED_KINDS: readonly ScoredKind[] = [...KINDS, "added"];

export interface OldNodeTruth {
  /** Absent: what became of the node is not judged, only the pairs it must not be in (notWith). */
  kind?: Kind;
  /** New partner ids: one for same/reworded/moved/promoted/demoted/merged, two or more for split, none for removed. */
  to?: string | string[];
  /** New nodes this node must not be paired with (a shared word, not a shared meaning). */
  notWith?: string[];
  /** Why, from the sources. */
  why?: string;
}

export interface AddedTruth {
  notFrom?: string[];
  why?: string;
}

export interface TruthFile {
  /** Document ids of the two sides. */
  old: string;
  new: string;
  /** What the truth was written from (seeds files, sections). */
  sources: string[];
  /**
   * true: every node of both sides is listed (or covered by `byIdentifier`); false: only the
   * listed nodes are scored (the others are not judged).
   */
  complete: boolean;
  /**
   * Nodes of a StratML import whose source Identifier is the same on both sides are the same
   * node, the authors' own statement of identity; the kind follows from the two nodes
   * (text changed: reworded; level changed: promoted/demoted; parent changed: moved).
   */
  byIdentifier?: boolean;
  /** Ways to run the pair: as shipped, or with the new side's ids scrambled and derivedFrom dropped. */
  runs: Array<{ name: string; scramble?: boolean }>;
  nodes: Record<string, OldNodeTruth>;
  added?: Record<string, AddedTruth | null>;
}

const schema = JSON.parse(readFileSync(path.join(EVAL_DIR, "truth.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

export function loadTruth(file: string): TruthFile {
  const data = parse(readFileSync(file, "utf8"));
  if (!validate(data)) throw new Error(`${file}: not a truth file: ${validate.errors!.map((e) => `${e.instancePath} ${e.message}`).join("; ")}`);
  const truth = data as TruthFile;
  for (const [id, node] of Object.entries(truth.nodes)) {
    const to = partnersOf(node);
    if (node.kind === undefined) {
      if (to.length > 0 || !node.notWith?.length) throw new Error(`${file}: node '${id}' has no kind: give one, or only notWith`);
      continue;
    }
    const want = node.kind === "removed" ? to.length === 0 : node.kind === "split" ? to.length >= 2 : to.length === 1;
    if (!want) throw new Error(`${file}: node '${id}' is ${node.kind} with ${to.length} partner(s)`);
  }
  return truth;
}

export function partnersOf(node: OldNodeTruth): string[] {
  return node.to === undefined ? [] : Array.isArray(node.to) ? node.to : [node.to];
}
