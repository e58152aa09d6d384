import { distance } from "fastest-levenshtein";
import { renderMessage, type MessageTable } from "./messages.js";

/**
 * Longest value compared, the schema's limit for an id (`common.schema.json`): a longer one is a
 * schema error of its own, and an edit distance costs the product of the two lengths.
 */
export const MAX_COMPARED_LENGTH = 200;

/** What comparing `value` with every candidate costs, in pairs of characters (the edit distance's work): for budgets. */
export function comparisonCost(value: string, candidates: readonly string[]): number {
  if (value.length > MAX_COMPARED_LENGTH) return 0;
  let characters = 0;
  for (const candidate of candidates) if (candidate.length <= MAX_COMPARED_LENGTH) characters += candidate.length;
  return value.length * characters;
}

/**
 * The candidates nearest to `value` by edit distance, close enough to be a plausible typo
 * (at most a third of the longer string, but 2 for short words, where one swap of letters
 * already costs 2: 'titel' -> 'title'), nearest first.
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: [string, number][] = [];
  if (value.length > MAX_COMPARED_LENGTH) return [];
  const lower = value.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === value || candidate.length > MAX_COMPARED_LENGTH) continue;
    const longer = Math.max(value.length, candidate.length);
    const allowed = longer <= 3 ? 1 : Math.max(2, Math.floor(longer / 3));
    // The distance is at least the difference in length: no need to compute it past the allowance.
    if (Math.abs(value.length - candidate.length) > allowed) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d <= allowed) scored.push([candidate, d]);
  }
  // Ties go to the candidate that shares the longer beginning: a typo rarely hits the first letters.
  const shared = (candidate: string) => {
    let i = 0;
    while (i < candidate.length && candidate.charAt(i).toLowerCase() === lower[i]) i++;
    return i;
  };
  scored.sort((a, b) => a[1] - b[1] || shared(b[0]) - shared(a[0]) || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([candidate]) => candidate);
}

/**
 * How a few alternatives read inside a message ("'a' or 'b'"), by how many there are: the quotes
 * and the joining word live in this table, not in code, so they can be translated with the rest.
 */
export const ALTERNATIVES_MESSAGES = {
  one: "'{{first}}'",
  two: "'{{first}}' or '{{second}}'",
  three: "'{{first}}' or '{{second}}' or '{{third}}'",
} as const satisfies MessageTable;

/** The suffix a usage error (outside the rules' tables) gives when a name is near a known one. */
export const SUGGESTION_MESSAGES = {
  didYouMean: "; did you mean {{suggestions}}?",
} as const satisfies MessageTable;

/** One to three values as alternatives ("'a' or 'b'"), worded from ALTERNATIVES_MESSAGES; past three, the first three. */
export function alternatives(values: readonly string[]): string {
  const [first, second, third] = values;
  if (first === undefined) throw new Error("alternatives() needs at least one value");
  if (second === undefined) return renderMessage(ALTERNATIVES_MESSAGES.one, { first });
  if (third === undefined) return renderMessage(ALTERNATIVES_MESSAGES.two, { first, second });
  return renderMessage(ALTERNATIVES_MESSAGES.three, { first, second, third });
}

/**
 * The nearest candidates (at most `limit`) as alternatives for a message's {{suggestions}}
 * ("'x' or 'y'"), or undefined when none is near: rules pick the message id that suggests.
 */
export function suggestionFor(value: string, candidates: Iterable<string>, limit = 3): string | undefined {
  const matches = closestMatches(value, candidates, limit);
  return matches.length === 0 ? undefined : alternatives(matches);
}

/** "; did you mean 'x' or 'y'?" for the nearest candidates (at most `limit`), or "" when none is near (usage errors). */
export function didYouMean(value: string, candidates: Iterable<string>, limit = 3): string {
  const suggestions = suggestionFor(value, candidates, limit);
  return suggestions === undefined ? "" : renderMessage(SUGGESTION_MESSAGES.didYouMean, { suggestions });
}

/** Short names people type for a choice, by the choice they mean: `--format md` is markdown. */
const CHOICE_ABBREVIATIONS: Readonly<Record<string, string>> = { md: "markdown", txt: "text", htm: "html", yml: "yaml", jsonl: "json", xml: "junit" };

/**
 * The allowed choice a mistyped option value most likely means: a known abbreviation, the one
 * choice it begins, else the nearest by edit distance; undefined when none is near.
 */
export function choiceSuggestion(value: string, choices: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const abbreviated = CHOICE_ABBREVIATIONS[lower];
  if (abbreviated && choices.includes(abbreviated)) return abbreviated;
  const prefixed = choices.filter((choice) => lower !== "" && choice.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  if (choices.includes(lower)) return lower;
  return closestMatches(value, choices, 1)[0];
}
