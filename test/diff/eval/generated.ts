import path from "node:path";
import { diff } from "../../../src/diff/diff.js";
import { generate, type EditKind } from "./generator.js";
import { caseOf, planData, SHARED } from "./harness.js";
import { scoreCase, type CaseScore } from "./score.js";

// The generated cases: seeded edits of the shipped plans and of imported StratML plans, each
// diffed with its ids kept (only the renamed and new nodes have new ids) and with every id of the
// new side scrambled.

export const BASES: Record<string, string> = {
  "2015 strategy": "plans/2015/strategy.yaml",
  "2020 implementation plan": "plans/2020/implementation-plan.yaml",
  "2023 draft strategy": "plans/2023/strategy-draft.yaml",
  "StratML SMLC2011": path.join(SHARED, "stratml/samples/SMLC2011.xml"),
  "StratML PMOAI": path.join(SHARED, "stratml/samples/PMOAI.xml"),
};
/**
 * Seeds 1-3 are the ones the matcher was built against; 4-15 were added later and first measured
 * untouched (split recall 0.92, merged precision 0.97, four false merges), then three rules that
 * they showed wrong were mended (a merge needs the new node to have taken in some of the old one;
 * splits and merges look for their first part in place; the split threshold). They cost 3 s.
 */
export const SEEDS = Array.from({ length: 15 }, (_, i) => i + 1);

export interface GeneratedRun {
  name: string;
  edits: Partial<Record<EditKind, number>>;
  score: CaseScore;
}

export function runGeneratedCases(): GeneratedRun[] {
  const runs: GeneratedRun[] = [];
  for (const [base, file] of Object.entries(BASES)) {
    const document = planData(file);
    for (const seed of SEEDS) {
      const generated = generate(document, seed);
      for (const run of generated.truth.runs) {
        const name = `${base}, seed ${seed}: ${run.name}`;
        const evalCase = caseOf(name, generated.old, generated.new, run.scramble ?? false);
        const result = diff(evalCase.oldSide, evalCase.newSide, { explain: true });
        runs.push({ name, edits: generated.edits, score: scoreCase(name, generated.truth, evalCase, result) });
      }
    }
  }
  return runs;
}
