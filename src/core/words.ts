/** Words that say nothing about which goal a sentence is about. */
const STOP_WORDS = new Set(
  "the a an and or of to in on for with by at from as is are be will we our this that it its their them they these those can into also more much all across both which who what when where than then such well very".split(" "),
);

/**
 * The content words of a text, lower-cased and with common English endings cut, so that
 * "associations" and "association" count as the same word. Good enough for comparing
 * short plan texts with each other; not a general stemmer.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  // One pass with a sticky scan and suffix checks: this runs over every candidate's description
  // for citation-mismatch, where a regex replace per word was a measurable share of a run.
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    const word = match[0];
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    words.add(stem(word));
  }
  WORD.lastIndex = 0;
  return words;
}

const WORD = /[a-z]+/g;

/** 'ies' becomes 'y', then one of 'ing', 'ed', 'es', 's' is cut from the end (the longest that ends the word). */
export function stem(word: string): string {
  const base = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word;
  if (base.endsWith("ing")) return base.slice(0, -3);
  if (base.endsWith("ed") || base.endsWith("es")) return base.slice(0, -2);
  if (base.endsWith("s")) return base.slice(0, -1);
  return base;
}
