import type { DiffFacts } from "../facts.js";
import type { Affected, ChangeType, FieldChange, NodeName } from "../model.js";

// oasdiff's model: one check per file, each with its id constants; the registry gives each id its
// level, and messages.ts holds every sentence. A check only finds; it never words or grades.

/** A change as a check finds it; the registry adds its level, messages.ts its message, diff.ts its fingerprint. */
export interface ChangeDraft {
  check: string;
  type: ChangeType;
  nodeType: string;
  old?: NodeName;
  new?: NodeName;
  parts?: NodeName[];
  score?: number;
  ambiguous?: boolean;
  breaking?: boolean;
  suspect?: boolean;
  fields?: FieldChange[];
  affected?: Affected[];
  candidate?: NodeName & { score: number };
}

export type Check = (facts: DiffFacts) => ChangeDraft[];
