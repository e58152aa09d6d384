import { readdirSync } from "node:fs";
import path from "node:path";
import { diff } from "../../../src/diff/diff.js";
import { caseOf, EVAL_DIR, planData, ROOT, SHARED } from "./harness.js";
import { scoreCase, type CaseScore } from "./score.js";
import { loadTruth, type TruthFile } from "./truth.js";

// The real pairs: every truth file in truths/, each diffed in each of its runs and scored.

export const TRUTHS = path.join(EVAL_DIR, "truths");

/** Where each document of a truth lives: the shipped plans, or a StratML file (fixtures or ../shared). */
export const DOCUMENTS: Record<string, string> = {
  "ogp-strategy-2015": "plans/2015/strategy.yaml",
  "ogp-3yp-2020": "plans/2020/implementation-plan.yaml",
  "ogp-strategy-2023-draft": "plans/2023/strategy-draft.yaml",
  "ogp-strategy-2023-consultation": "plans/2023/strategy-consultation.yaml",
  "ogp-strategy-2023": "plans/2023/strategy.yaml",
  smlc2011: path.join(SHARED, "stratml/samples/SMLC2011.xml"),
  smlc2023: "test/diff/eval/fixtures/SMLC2023.xml",
  hhiop2020: path.join(SHARED, "stratml/samples/HHIOP20200304.xml"),
  hhisap2025: "test/diff/eval/fixtures/HHISAP2025.xml",
  "slt-2017-12-12": "test/diff/eval/fixtures/Steffek-Lind-Transformation.xml",
  "transformation-run-2017-12-18": path.join(SHARED, "stratml/samples-3.5/TrasnformationDotRun.xml"),
};

export function truthFiles(): string[] {
  return readdirSync(TRUTHS).filter((f) => f.endsWith(".yaml")).sort().map((f) => path.join(TRUTHS, f));
}

function documentOf(id: string): Record<string, unknown> {
  const file = DOCUMENTS[id];
  if (!file) throw new Error(`no file known for document '${id}' (add it to DOCUMENTS in cases.ts)`);
  const data = planData(file);
  // A StratML import is named after its file; the truth names it by the id given here.
  return data.id === id ? data : { ...data, id };
}

export interface RealRun {
  /** 'file name: run name' */
  name: string;
  truth: TruthFile;
  score: CaseScore;
}

export function runRealCases(files: readonly string[] = truthFiles()): RealRun[] {
  const runs: RealRun[] = [];
  for (const file of files) {
    const truth = loadTruth(file);
    for (const run of truth.runs) {
      const name = `${path.basename(file, ".yaml")}: ${run.name}`;
      const evalCase = caseOf(name, documentOf(truth.old), documentOf(truth.new), run.scramble ?? false);
      const result = diff(evalCase.oldSide, evalCase.newSide, { explain: true });
      runs.push({ name, truth, score: scoreCase(name, truth, evalCase, result) });
    }
  }
  return runs;
}

export { ROOT };
