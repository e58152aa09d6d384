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
        return `${lead}${part.removed ? mark.removed(core!) : mark.added(core!)}${trail}`;
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
