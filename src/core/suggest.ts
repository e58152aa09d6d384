import { distance } from "fastest-levenshtein";

/**
 * The candidates nearest to `value` by edit distance, close enough to be a plausible typo
 * (at most a third of the longer string, but 2 for short words, where one swap of letters
 * already costs 2: 'titel' -> 'title'), nearest first.
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: [string, number][] = [];
  const lower = value.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const d = distance(lower, candidate.toLowerCase());
    const longer = Math.max(value.length, candidate.length);
    const allowed = longer <= 3 ? 1 : Math.max(2, Math.floor(longer / 3));
    if (d <= allowed) scored.push([candidate, d]);
  }
  // Ties go to the candidate that shares the longer beginning: a typo rarely hits the first letters.
  const shared = (candidate: string) => {
    let i = 0;
    while (i < candidate.length && candidate[i]!.toLowerCase() === lower[i]) i++;
    return i;
  };
  scored.sort((a, b) => a[1] - b[1] || shared(b[0]) - shared(a[0]) || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([candidate]) => candidate);
}

/** "; did you mean 'x' or 'y'?" for the nearest candidates (at most `limit`), or "" when none is near. */
export function didYouMean(value: string, candidates: Iterable<string>, limit = 3): string {
  const matches = closestMatches(value, candidates, limit);
  if (matches.length === 0) return "";
  return `; did you mean ${matches.map((m) => `'${m}'`).join(" or ")}?`;
}
