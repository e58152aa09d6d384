import { writeStderr } from "../../core/stdout.js";
import { existsSync, readFileSync } from "node:fs";
import { EXIT, UsageError } from "../../core/errors.js";
import { examplePlansPath } from "../../project/default-paths.js";
import { diffRun, evolutionRun } from "../../runs/diff-run.js";
import { EVOLUTION_FORMATS } from "../../formatters/evolution-formats.js";
import { DIFF_FORMATS } from "../../formatters/diff-formats.js";
import { formatterFor } from "../../formatters/formatter.js";
import { formatContext, write } from "../common.js";
import type { GlobalOptions } from "../options.js";

import type { DiffCommandOptions } from "./definition.js";

export async function runDiff(args: string[], options: DiffCommandOptions, globals: GlobalOptions): Promise<number> {
  if (options.evolution) return runEvolution(args, options, globals);
  const timer = phaseTimer();
  if (!options.git && args.length !== 2) throw new UsageError(`diff needs two sides (old and new), got ${args.length}; or use --git <ref> [paths...]`);
  const sides = options.git ? { git: options.git, paths: args } : { old: args[0]!, new: args[1]!, lookup: lookupPlans(options) };
  const { level } = levelOption(options.level);
  const run = { strict: options.strict, explain: options.explain, failOn: options.failOn, exitCode: options.exitCode, level, pins: pinLines(options.pin ?? []) };
  const { result, failed } = await diffRun(sides, { ...run, onPhase: (phase) => timer.lap(phase) });
  const format = await formatterFor(DIFF_FORMATS, options.format);
  write(format(result, { ...formatContext(globals), width: Number(process.env.COLUMNS) || 80 }));
  timer.lap("format");
  timer.report();
  return failed ? EXIT.problems : EXIT.ok;
}

/** `--evolution`: the lineage of goals across the generations named, oldest first. */
async function runEvolution(args: string[], options: DiffCommandOptions, globals: GlobalOptions): Promise<number> {
  if (args.length < 2) throw new UsageError(`--evolution needs two or more generations (document ids or files, oldest first), got ${args.length}`);
  if (options.git) throw new UsageError("--evolution compares the generations named; it does not combine with --git");
  const lineage = await evolutionRun(args, lookupPlans(options));
  const format = await formatterFor(EVOLUTION_FORMATS, options.format);
  // The lineage table is wider than a terminal's default: 100 columns unless COLUMNS says otherwise.
  write(format(lineage, { ...formatContext(globals), width: Number(process.env.COLUMNS) || 100 }));
  return EXIT.ok;
}

/** Where document ids and node references are looked up: --plans, the shipped plans with --examples, else (empty) the project's plans. */
function lookupPlans(options: DiffCommandOptions): string[] {
  if (options.examples && options.plans) throw new UsageError("--examples looks ids up in the shipped OGP plans: give either --plans or --examples, not both");
  return options.examples ? [examplePlansPath()] : options.plans ?? [];
}

/** A --pin value is a pin, or a file of pins (one a line). */
function pinLines(values: readonly string[]): string[] {
  return values.flatMap((value) => (!value.includes("=") && existsSync(value) ? readFileSync(value, "utf8").split(/\r?\n/) : [value]));
}

function levelOption(level: string | undefined): { level?: "goals" | number } {
  if (level === undefined) return {};
  if (level === "goals") return { level: "goals" };
  if (/^[1-9]\d*$/.test(level)) return { level: Number(level) };
  throw new UsageError(`--level '${level}': expected 'goals' or a depth of 1 or more (1: the top level)`);
}

/**
 * With OGP_TIMING=1 (as ESLint's TIMING), the CPU time of each phase on stderr: what the benchmark
 * reads. CPU rather than wall time, so that a busy shared machine does not hide the figure.
 */
function phaseTimer(): { lap(name: string): void; report(): void } {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let last = cpu();
  const laps: string[] = [];
  return {
    lap(name) {
      const now = cpu();
      laps.push(`${name} ${Math.round(now - last)} ms`);
      last = now;
    },
    report() {
      if (process.env.OGP_TIMING) writeStderr(`ogp: timing: ${laps.join(", ")}\n`);
    },
  };
}
