import { diffWords } from "diff";
import { stemmer } from "stemmer";

// Text as the diff compares it: typographic variants folded away (unless --strict), word stems
// for the candidate index and the similarity score, and word-level differences for reworded text.

const FOLDS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00A0\u2002-\u200A\u202F\u205F\u3000]/g, " "],
  [/\s+/g, " "],
];

/** The text with curly quotes, dash variants, non-breaking spaces and runs of whitespace made plain. */
export function foldTypography(text: string): string {
  let folded = text;
  for (const [pattern, plain] of FOLDS) folded = folded.replace(pattern, plain);
  return folded.trim();
}

/** Whether two texts differ: in any character with `strict`, else only beyond typography. */
export function textsDiffer(a: string | undefined, b: string | undefined, strict: boolean): boolean {
  if (a === b) return false;
  if (a === undefined || b === undefined) return true;
  return strict ? a !== b : foldTypography(a) !== foldTypography(b);
}

/**
 * How two texts differ when their words are the same (up to case): a typographic edit, which the
 * diff reports as such ("title: punctuation only") rather than as a rewording. Punctuation takes in
 * quotes and dashes, and spacing besides another change; letters and digits are the words.
 */
export type TypographicEdit = "spacing" | "case" | "punctuation" | "case and punctuation";

/** The text's words (letters and digits, any script), one space apart. */
function wordsOf(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** The typographic edit that turns `a` into `b`, or undefined when a word changed (or either text has none). */
export function typographicEdit(a: string, b: string): TypographicEdit | undefined {
  if (a === b) return undefined;
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA === "" || wordsA.toLowerCase() !== wordsB.toLowerCase()) return undefined;
  // Only with --strict: otherwise runs of spaces and non-breaking spaces are folded away before.
  if (a.replace(/\s+/gu, " ").trim() === b.replace(/\s+/gu, " ").trim()) return "spacing";
  if (wordsA === wordsB) return "punctuation";
  return a.toLowerCase() === b.toLowerCase() ? "case" : "case and punctuation";
}

/** Words too common in plan prose to say which node a text is about. */
const STOP = new Set(
  "the a an and or of to in on for with by at from as is are be will we our this that it its their them they these those can into also more much all across both which who what when where than then such well very not but has have been was were do does how".split(" "),
);

/** Stems already computed: plans repeat their words, and stemming is the costly part of reading a text. */
const STEMS = new Map<string, string>();

function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (STEMS.size < 200_000) STEMS.set(word, stem);
  }
  return stem;
}

/** The Porter stems of a text's content words ("inter-connected" and "interconnected" are one word). */
export function stemsOf(text: string | undefined): string[] {
  if (!text) return [];
  // No typographic folding needed here: quotes and dashes are not word characters anyway.
  const words = text.toLowerCase().replace(/(\w)[-\u2010\u2011](\w)/g, "$1$2").match(/[a-z0-9]+/g) ?? [];
  const stems: string[] = [];
  for (const word of words) if (word.length > 2 && !STOP.has(word)) stems.push(stemOf(word));
  return stems;
}

export interface WordChange {
  /** The words, with the spaces around them. */
  value: string;
  added?: boolean;
  removed?: boolean;
}

/**
 * Longest pair of texts compared word by word, and most edits looked for: jsdiff's cost grows with
 * the length times the edits (a title of 1.5 million emoji took seconds and hundreds of MB). Past
 * either, the old text is shown removed and the new one added, whole.
 */
const WORD_DIFF_MAX_LENGTH = 20_000;
const WORD_DIFF_MAX_EDITS = 2_000;

/** Word-level differences between two texts (jsdiff's diffWords), compared after folding typography unless `strict`. */
export function wordDiff(oldText: string, newText: string, strict: boolean): WordChange[] {
  const a = strict ? oldText : foldTypography(oldText);
  const b = strict ? newText : foldTypography(newText);
  const parts = a.length + b.length <= WORD_DIFF_MAX_LENGTH ? diffWords(a, b, { maxEditLength: WORD_DIFF_MAX_EDITS }) : undefined;
  if (!parts) return [...(a ? [{ value: a, removed: true }] : []), ...(b ? [{ value: b, added: true }] : [])];
  return parts.map((part) => ({ value: part.value, ...(part.added ? { added: true } : {}), ...(part.removed ? { removed: true } : {}) }));
}
