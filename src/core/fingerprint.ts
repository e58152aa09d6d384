import { sha256Hex } from "./crypto.js";
import type { Problem } from "./problem.js";

/**
 * A fingerprint per problem that survives unrelated edits: built from the rule, the file and the
 * message (which names the nodes at fault by label and id, never by line), plus how many identical
 * problems came before it in the file. Lines and columns are left out on purpose, so inserting
 * text above a finding does not make it new. Shared by the baseline and SARIF's partialFingerprints.
 */
export function fingerprints(problems: readonly Problem[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const key = `${problem.rule}\u0000${problem.file}\u0000${problem.message}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return sha256Hex(`${key}\u0000${occurrence}`).slice(0, 16);
  });
}
