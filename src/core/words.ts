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
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    words.add(word.replace(/ies$/, "y").replace(/(ing|ed|es|s)$/, ""));
  }
  return words;
}
