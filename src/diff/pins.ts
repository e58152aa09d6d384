import { UsageError } from "../core/errors.js";

// Pairs a reviewer knows better than the matcher: 'old=new' forces a pair, 'old!=new' forbids one.

export interface Pins {
  force: [string, string][];
  forbid: [string, string][];
}

/** Parses pin lines (from --pin values or a pin file; '#' starts a comment); refs are checked against the sides. */
export function parsePins(lines: readonly string[], oldRefs: ReadonlySet<string>, newRefs: ReadonlySet<string>): Pins {
  const pins: Pins = { force: [], forbid: [] };
  for (const raw of lines) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const match = /^(\S+?)\s*(!=|=)\s*(\S+)$/.exec(line);
    if (!match) throw new UsageError(`pin '${line}': expected 'old-ref=new-ref' to force a pair or 'old-ref!=new-ref' to forbid one`);
    const [, oldRef, operator, newRef] = match as unknown as [string, string, string, string];
    if (!oldRefs.has(oldRef)) throw new UsageError(`pin '${line}': '${oldRef}' is not a node of the old side`);
    if (!newRefs.has(newRef)) throw new UsageError(`pin '${line}': '${newRef}' is not a node of the new side`);
    (operator === "=" ? pins.force : pins.forbid).push([oldRef, newRef]);
  }
  return pins;
}
