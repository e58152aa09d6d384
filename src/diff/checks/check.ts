import type { DiffFacts } from "../facts.js";
import type { Affected, ChangeType, FieldChange, Level, NodeName } from "../model.js";
import type { CheckId } from "./check-ids.js";

// oasdiff's checker rows: every check is one record (registry.ts) carrying its id, level,
// description, wording (messages.ts) and finder together. A finder reads only the facts it is
// given (facts.ts computes them once, before any check runs), so the checks may run in any order.

export { CHECK_IDS, type CheckId } from "./check-ids.js";

/** A change as a finder finds it, without its check id, level, message or fingerprint (the registry and diff.ts add them). */
export interface Finding {
  type: ChangeType;
  nodeType: string;
  old?: NodeName;
  new?: NodeName;
  parts?: NodeName[];
  score?: number;
  ambiguous?: boolean;
  fields?: FieldChange[];
  affected?: Affected[];
  candidate?: NodeName & { score: number };
}

/** A finding with the id of the check that found it: what messages.ts words. */
export interface ChangeDraft extends Finding {
  check: CheckId;
  /** Added or removed with every node beneath it: how many of each type (see subtrees.ts). */
  whole?: Record<string, number>;
  /** Added or removed as part of this ancestor's whole subtree, whose change stands for it. */
  partOf?: string;
}

export type Finder = (facts: DiffFacts) => Finding[];

/** One check: what it is called, how grave its findings are, what it means, how it words them and how it finds them. */
export interface DiffCheck {
  id: CheckId;
  /** ERR: breaks the work that depends on the node (breaking); WARN: asks for a review (suspect); INFO: informs. */
  level: Level;
  description: string;
  text(change: ChangeDraft): string;
  find: Finder;
}
