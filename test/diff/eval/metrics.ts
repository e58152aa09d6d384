import { readFileSync } from "node:fs";
import path from "node:path";
import { EVAL_DIR } from "./harness.js";
import { precision, recall, sumTallies, type CaseScore, type Tally } from "./score.js";
import { SCORED_KINDS } from "./truth.js";

// Turns case scores into the figures the floors hold and the bench prints: precision and recall
// per change kind and of the pairs, and the false splits and merges, for the real pairs and the
// generated edits separately.

export type Metrics = Record<string, number>;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Figures of one group of runs ('real' or 'generator'), keyed '<group>.<kind>.precision' etc. */
export function metricsOf(group: string, scores: readonly CaseScore[]): Metrics {
  const total = sumTallies(scores);
  const metrics: Metrics = {};
  const put = (name: string, t: Tally) => {
    metrics[`${group}.${name}.precision`] = round(precision(t));
    metrics[`${group}.${name}.recall`] = round(recall(t));
  };
  put("pairs", total.pairs);
  for (const kind of SCORED_KINDS) if (total[kind].truth + total[kind].predicted > 0) put(kind, total[kind]);
  const judged = scores.reduce((n, s) => n + s.judged, 0);
  const falseSplits = scores.reduce((n, s) => n + s.falseSplits.length, 0);
  const falseMerges = scores.reduce((n, s) => n + s.falseMerges.length, 0);
  metrics[`${group}.false-splits`] = falseSplits;
  metrics[`${group}.false-merges`] = falseMerges;
  metrics[`${group}.false-split-rate`] = round(judged ? falseSplits / judged : 0);
  metrics[`${group}.false-merge-rate`] = round(judged ? falseMerges / judged : 0);
  metrics[`${group}.forbidden-pairs`] = scores.reduce((n, s) => n + s.forbidden.length, 0);
  return metrics;
}

export interface Floors {
  /** Figures that must stay at or above the value (precision, recall). */
  atLeast: Metrics;
  /** Figures that must stay at or below the value (false splits and merges, forbidden pairs). */
  atMost: Metrics;
}

export function loadFloors(): Floors {
  return JSON.parse(readFileSync(path.join(EVAL_DIR, "floors.json"), "utf8")) as Floors;
}

/** Every floor the metrics break, as a sentence; a floor naming a figure that was not measured breaks too. */
export function belowFloors(metrics: Metrics, floors: Floors): string[] {
  const broken: string[] = [];
  for (const [name, floor] of Object.entries(floors.atLeast)) {
    const value = metrics[name];
    if (value === undefined) broken.push(`${name} was not measured (floor ${floor})`);
    else if (value < floor) broken.push(`${name} is ${value}, below its floor ${floor}`);
  }
  for (const [name, ceiling] of Object.entries(floors.atMost)) {
    const value = metrics[name];
    if (value === undefined) broken.push(`${name} was not measured (ceiling ${ceiling})`);
    else if (value > ceiling) broken.push(`${name} is ${value}, above its ceiling ${ceiling}`);
  }
  return broken;
}

/** floors.json from measured figures: one figure a line, so that raising a floor is a one-line edit. */
export function floorsText(metrics: Metrics): string {
  const isCount = (name: string) => /\.(false-|forbidden)/.test(name);
  const block = (entries: Array<[string, number]>) => entries.map(([name, value]) => `    ${JSON.stringify(name)}: ${value}`).join(",\n");
  const entries = Object.entries(metrics);
  return `{\n  "atLeast": {\n${block(entries.filter(([n]) => !isCount(n)))}\n  },\n  "atMost": {\n${block(entries.filter(([n]) => isCount(n)))}\n  }\n}\n`;
}

const pct = (x: number) => x.toFixed(2);

/** A Markdown table: one row per change kind, precision and recall with the counts behind them. */
export function kindTable(scores: readonly CaseScore[]): string {
  const total = sumTallies(scores);
  const rows = ["| kind | precision | recall | right | claimed | true |", "|---|---:|---:|---:|---:|---:|"];
  const row = (name: string, t: Tally) => rows.push(`| ${name} | ${pct(precision(t))} | ${pct(recall(t))} | ${t.tp} | ${t.predicted} | ${t.truth} |`);
  for (const kind of SCORED_KINDS) if (total[kind].truth + total[kind].predicted > 0) row(kind, total[kind]);
  row("**pairs**", total.pairs);
  return rows.join("\n");
}

/** A Markdown table: one row per run. */
export function runTable(scores: readonly CaseScore[]): string {
  const rows = ["| run | judged | pair precision | pair recall | wrong | false splits | false merges | forbidden pairs |", "|---|---:|---:|---:|---:|---:|---:|---:|"];
  for (const s of scores) rows.push(`| ${s.name} | ${s.judged} | ${pct(precision(s.pairs))} | ${pct(recall(s.pairs))} | ${s.misses.length} | ${s.falseSplits.length} | ${s.falseMerges.length} | ${s.forbidden.length} |`);
  return rows.join("\n");
}
