import type { WordChange } from "../diff/text.js";

/** Unchanged runs longer than this many words are shortened to their ends, so a reworded paragraph shows its edits. */
const CONTEXT_WORDS = 6;

/**
 * Word-level differences as one line: removed words as `[-old-]` and added as `{+new+}` (git's
 * --word-diff=plain), or through `mark` (colour on a terminal, or markdown).
 */
export function renderWords(words: readonly WordChange[], mark: { removed(text: string): string; added(text: string): string }): string {
  return words
    .map((part) => {
      if (part.removed || part.added) {
        // Spaces stay outside the marks, so '[-old-]' and '{+new+}' sit where the words were.
        const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.value)!;
        const shown = shortened(core!);
        return `${lead}${part.removed ? mark.removed(shown) : mark.added(shown)}${trail}`;
      }
      const tokens = part.value.split(/(\s+)/);
      const wordCount = tokens.filter((t) => t.trim()).length;
      if (wordCount <= CONTEXT_WORDS * 2) return part.value;
      const keep = CONTEXT_WORDS * 2; // words and their spaces alternate
      return `${tokens.slice(0, keep).join("")} … ${tokens.slice(-keep).join("")}`;
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Characters of a removed or added run shown at each end: a value of 1.5 million emoji made 3 MB of output. */
const RUN_ENDS = 200;

/** A long run of words shortened to its ends around '…', never cutting a character written as two UTF-16 units. */
function shortened(text: string): string {
  if (text.length <= RUN_ENDS * 2 + 20) return text;
  let head = RUN_ENDS;
  let tail = text.length - RUN_ENDS;
  if (/[\ud800-\udbff]/.test(text.charAt(head - 1))) head++;
  if (/[\udc00-\udfff]/.test(text.charAt(tail))) tail--;
  return `${text.slice(0, head)} … ${text.slice(tail)}`;
}
