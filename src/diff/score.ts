import type { PlanGraph } from "../graph/graph.js";
import type { NodeType, PlanNode } from "../graph/model.js";
import { containment, overlap, sharedCount, type TextFeatures, type Vocabulary } from "./features.js";
import type { ScoreBreakdown } from "./model.js";

// How alike two nodes of the two sides are, 0-1, from parts a reviewer can check (--explain):
// title words, all words, context (paired parents and children), the deliverables that advance
// both, the words of their subtrees, and node type. A part with nothing to compare (no children, no
// advancing deliverables on one side) is left out and the others weigh more, so a missing fact is
// not counted as a mismatch.
//
// A score alone does not make a pair: the pair also needs evidence from more than one source
// (title and text, title and place, subtree, shared deliverables), and a title that agrees while
// both descriptions disagree is a warning, not a match (2015 "Commitment", political leadership,
// is not 2020 "Commitments", reforms implemented). See `evidenceOf`.

export const WEIGHTS = { title: 0.4, text: 0.35, subtree: 0.2, context: 0.15, links: 0.05, type: 0.05 } as const;

/**
 * A source is strong evidence for a pair at or above the first value, weak at or above the second.
 * A pair by meaning needs two points of evidence (strong 1, weak 0.5) with one strong source at
 * least: the text and the title, the title and the place, ... never one source alone.
 */
export const EVIDENCE = { title: [0.5, 0.2], text: [0.4, 0.2], subtree: [0.3, 0.2] } as const;
/** A title at or above this overlap is the same title (a one-word title against the same word). */
const IDENTICAL_TITLE = 0.9;
/** Words a description needs before its disagreement can contradict an agreeing title. */
const DESCRIPTION_WORDS = 6;
/** Below this description overlap, an agreeing title (at or above 0.6) is contradicted. */
const CONTRADICTED_BELOW = 0.15;

/** Node types that can continue one another across versions (a strategy promoted to a goal). */
const FAMILIES: NodeType[][] = [
  ["goal", "objective", "approach", "focus-area"],
  ["deliverable", "action", "activity"],
  ["box", "box-item"],
];

export function typeAffinity(a: NodeType, b: NodeType): number {
  if (a === b) return 1;
  return FAMILIES.some((family) => family.includes(a) && family.includes(b)) ? 0.5 : 0;
}

/** What the scorer reads from each side besides the texts: the current pairs and the scope. */
export interface ScoreContext {
  vocabulary: Vocabulary;
  oldGraph: PlanGraph;
  newGraph: PlanGraph;
  /** Current pairs, old ref -> new ref and back. */
  oldToNew: ReadonlyMap<string, string>;
  newToOld: ReadonlyMap<string, string>;
  /** The parent of a node within its side's scope (undefined at the top of the scope). */
  oldParent(node: PlanNode): PlanNode | undefined;
  newParent(node: PlanNode): PlanNode | undefined;
  /** Deliverable keys that advance a node, in the new side's terms (old deliverables through their pairs). */
  oldAdvancers(node: PlanNode): ReadonlySet<string>;
  newAdvancers(node: PlanNode): ReadonlySet<string>;
}

/** The text parts of a score, which depend on the two texts only (so a caller may keep them between rounds). */
export interface TextScores {
  title: number;
  /** How many title words the two share: one shared word is never strong evidence unless the titles are that word. */
  titleShared: number;
  /** Whole texts (title and description); lifted by `description` when only one side has a description. */
  text: number;
  /**
   * The descriptions' agreement, or when only one side has a description how much of the other's
   * title it contains (two shared words at least); undefined when neither has one.
   */
  description: number | undefined;
  /** Subtree words, when both nodes hold descendants. */
  subtree: number | undefined;
  /** Whether the titles share enough words (three, most of them) to tell two nodes apart by themselves. */
  longTitleAgrees: boolean;
  /** Whether both descriptions agree closely (0.7, five shared words at least): a retitled node. */
  longTextAgrees: boolean;
  /** A title that agrees while both (substantial) descriptions disagree. */
  contradicted: boolean;
  /** Whether both nodes have a description (so `description` compares the two). */
  bothDescribed: boolean;
}

export function textScores(fu: TextFeatures, fv: TextFeatures, vocabulary: Vocabulary): TextScores {
  const title = overlap(fu.title, fu.titleNorm, fv.title, fv.titleNorm, vocabulary);
  let text = overlap(fu.all, fu.allNorm, fv.all, fv.allNorm, vocabulary);
  let description: number | undefined;
  let contradicted = false;
  let longTextAgrees = false;
  if (fu.description.size > 0 && fv.description.size > 0) {
    description = overlap(fu.description, fu.descriptionNorm, fv.description, fv.descriptionNorm, vocabulary);
    longTextAgrees = description >= 0.7 && sharedCount(fu.description, fv.description) >= 5;
    contradicted = title >= 0.6 && fu.description.size >= DESCRIPTION_WORDS && fv.description.size >= DESCRIPTION_WORDS && description < CONTRADICTED_BELOW;
  } else if (fu.description.size > 0 || fv.description.size > 0) {
    // A goal given as one line ("Protect and expand civic space.") against a strategy that explains it.
    const [short, long] = fu.description.size > 0 ? [fv, fu] : [fu, fv];
    const titleInText = sharedCount(short.title, long.all) >= 2 ? containment(short.title, short.titleNorm, long.all, vocabulary) : 0;
    text = Math.max(text, 0.8 * titleInText);
    // As evidence, its description only: the title is compared on its own, and counting it again
    // here made one title two sources ("Citizens Shaping Services" for a new node of that title elsewhere).
    description = sharedCount(short.title, long.description) >= 2 ? containment(short.title, short.titleNorm, long.description, vocabulary) : 0;
  }
  const subtree = fu.subtree.size > 0 && fv.subtree.size > 0 ? overlap(fu.subtree, fu.subtreeNorm, fv.subtree, fv.subtreeNorm, vocabulary) : undefined;
  const titleShared = sharedCount(fu.title, fv.title);
  const longTitleAgrees = title >= 0.8 && titleShared >= 3;
  const bothDescribed = fu.description.size > 0 && fv.description.size > 0;
  return { title, titleShared, text, description, subtree, longTitleAgrees, longTextAgrees, contradicted, bothDescribed };
}

/**
 * The text parts of two nodes of the same exact text (the twins), without comparing the words:
 * the same as textScores gives for them (a unit test holds the two together), the subtrees aside.
 */
export function identicalTextScores(fu: TextFeatures, fv: TextFeatures, vocabulary: Vocabulary): TextScores {
  const title = fu.titleNorm > 0 ? 1 : 0;
  const text = fu.allNorm > 0 ? 1 : 0;
  const description = fu.description.size > 0 ? (fu.descriptionNorm > 0 ? 1 : 0) : undefined;
  const subtree = fu.subtree.size > 0 && fv.subtree.size > 0 ? overlap(fu.subtree, fu.subtreeNorm, fv.subtree, fv.subtreeNorm, vocabulary) : undefined;
  const titleShared = fu.title.size;
  return {
    title,
    titleShared,
    text,
    description,
    subtree,
    longTitleAgrees: title >= 0.8 && titleShared >= 3,
    longTextAgrees: description !== undefined && description >= 0.7 && fu.description.size >= 5,
    contradicted: false,
    bothDescribed: fu.description.size > 0,
  };
}

export function score(u: PlanNode, fu: TextFeatures, v: PlanNode, fv: TextFeatures, context: ScoreContext, texts = textScores(fu, fv, context.vocabulary)): ScoreBreakdown {
  const { title, text, subtree } = texts;
  const type = typeAffinity(u.type, v.type);
  const place = contextOf(u, v, context);
  const contextScore = place.score;
  const links = linkOverlap(context.oldAdvancers(u), context.newAdvancers(v));
  // The weighted mean of the parts that have something to compare, summed in this order (title,
  // text, type, context, subtree, links) so that the total does not move by a float's last bit.
  let weight = WEIGHTS.title + WEIGHTS.text + WEIGHTS.type + WEIGHTS.context;
  let sum = WEIGHTS.title * title + WEIGHTS.text * text + WEIGHTS.type * type + WEIGHTS.context * contextScore;
  if (subtree !== undefined) {
    weight += WEIGHTS.subtree;
    sum += WEIGHTS.subtree * subtree;
  }
  if (links !== undefined) {
    weight += WEIGHTS.links;
    sum += WEIGHTS.links * links;
  }
  // Keys set in the order --explain shows them; the optional ones only when present.
  const breakdown = { title: round(title), text: round(text) } as ScoreBreakdown;
  if (subtree !== undefined) breakdown.subtree = round(subtree);
  breakdown.context = round(contextScore);
  breakdown.links = round(links ?? 0);
  breakdown.type = type;
  breakdown.total = round(sum / weight);
  breakdown.evidence = evidenceOf(texts, place.place, links);
  if (texts.contradicted) breakdown.contradicted = true;
  return breakdown;
}

/**
 * The sources that support a pair, strong ('title', 'text', 'subtree', 'place', 'links') or weak
 * ('weak title', ...): 'text' is the descriptions, or one's title in the other's description;
 * 'place' is parents paired with each other or a child in common, weak when both are simply at
 * the top of their documents; 'links' is deliverables in common. A long title, or a description,
 * that agrees nearly word for word counts twice ('long title', 'long text').
 */
export function evidenceOf(texts: TextScores, place: Place, links: number | undefined): string[] {
  const sources: string[] = [];
  const grade = (name: string, value: number | undefined, [strong, weak]: readonly [number, number], strongAllowed = true) => {
    if (value === undefined) return;
    if (value >= strong && strongAllowed) sources.push(name);
    else if (value >= weak) sources.push(`weak ${name}`);
  };
  // "Responsibilities" in "Responsibilities of the refuse fleet": one shared word, weak at most.
  const oneWordOnly = texts.titleShared < 2 && texts.title < IDENTICAL_TITLE;
  grade("title", texts.title, EVIDENCE.title, !oneWordOnly);
  // A long title counts twice only where no description disagrees: when both nodes have one and
  // they share nothing ("Ghana" against a paragraph about ferries), the title is the one source.
  const descriptionsDisagree = texts.description !== undefined && texts.bothDescribed && texts.description < EVIDENCE.text[1];
  // Away from its place (parents not paired, not one level up or down), a long title counts twice
  // only when it is the same title and neither node has a description: "Citizens shaping public
  // services" is not "Citizens Shaping Services" elsewhere, nor a node of the same title that comes
  // with a text of its own, while an action of six words moved word for word to another deliverable is.
  const sameBareTitle = texts.title >= IDENTICAL_TITLE && texts.description === undefined;
  if (texts.longTitleAgrees && !descriptionsDisagree && (place !== "none" || sameBareTitle)) sources.push("long title");
  grade("text", texts.description, EVIDENCE.text);
  if (texts.longTextAgrees) sources.push("long text");
  grade("subtree", texts.subtree, EVIDENCE.subtree);
  if (place === "paired") sources.push("place");
  else if (place === "top") sources.push("weak place");
  if (links !== undefined && links > 0) sources.push("links");
  return sources;
}

/** Whether the evidence makes a pair: two points (strong 1, weak 0.5), one strong source at least. */
export function enoughEvidence(sources: readonly string[]): boolean {
  const weak = sources.filter((source) => source.startsWith("weak ")).length;
  const strong = sources.length - weak;
  return strong >= 1 && strong + weak / 2 >= 2;
}

/**
 * Parent agreement (1 same place, 0.5 unknown, 0 elsewhere), averaged with the share of children
 * paired with each other (when both have children). `place`: 'paired' when the parents are paired
 * with each other or a child is in common, 'top' when both are at the top of their documents.
 */
export type Place = "paired" | "top" | "near" | "none";

/** One level up or down the same branch: the new parent continues the old grandparent, or the new grandparent the old parent. */
function nearby(pu: PlanNode | undefined, pv: PlanNode | undefined, context: ScoreContext): boolean {
  if (pu) {
    const grandparent = context.oldParent(pu);
    if (grandparent ? context.oldToNew.get(grandparent.ref) === pv?.ref : !pv) return true;
  }
  const newGrandparent = pv && context.newParent(pv);
  return Boolean(pu && newGrandparent && context.oldToNew.get(pu.ref) === newGrandparent.ref);
}

function contextOf(u: PlanNode, v: PlanNode, context: ScoreContext): { score: number; place: Place } {
  const pu = context.oldParent(u);
  const pv = context.newParent(v);
  let parent: number;
  let place: Place = nearby(pu, pv, context) ? "near" : "none";
  if (!pu && !pv) {
    // Both at the top of their documents: the same level of the plan (a goal for a goal).
    parent = 1;
    place = "top";
  } else if (!pu || !pv) parent = 0;
  else if (context.oldToNew.get(pu.ref) === pv.ref) {
    parent = 1;
    place = "paired";
  } else if (context.oldToNew.has(pu.ref) || context.newToOld.has(pv.ref)) parent = 0;
  else parent = 0.5;
  if (u.children.length === 0 || v.children.length === 0) return { score: parent, place };
  const newChildren = new Set(v.children);
  let shared = 0;
  for (const child of u.children) {
    const paired = context.oldToNew.get(child);
    if (paired && newChildren.has(paired)) shared++;
  }
  if (shared > 0) place = "paired";
  return { score: (parent + shared / Math.max(u.children.length, v.children.length)) / 2, place };
}

function linkOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Scores are kept to three decimals so that output and tie-breaks do not depend on float noise. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
