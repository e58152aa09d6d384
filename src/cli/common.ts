import type { GlobalOptions } from "./main.js";
import { openProject, type Project } from "../project/open.js";
import { defaultPlanPaths, examplePlansPath } from "../project/default-paths.js";
import { UsageError } from "../core/errors.js";
import { pickColors, type Colors } from "../report/colors.js";
import type { FormatContext } from "../report/formatter.js";
import { RULES } from "../lint/rules.js";
import { VERSION } from "./version.js";

export function colorsFor(options: GlobalOptions, stream: { isTTY?: boolean } = process.stdout): Colors {
  return pickColors(stream, options.color);
}

/** Where plans come from: the paths given, else ./plans; the shipped OGP plans only with --examples. */
export interface PlanSource {
  examples?: boolean;
}

export function planPaths(paths: readonly string[], source: PlanSource = {}): readonly string[] {
  if (source.examples) {
    if (paths.length > 0) throw new UsageError("--examples reads the shipped OGP plans: give either paths or --examples, not both");
    return [examplePlansPath()];
  }
  return paths.length > 0 ? paths : defaultPlanPaths();
}

export function loadPlans(paths: readonly string[], source: PlanSource = {}): Promise<Project> {
  return openProject(planPaths(paths, source));
}

export function write(text: string): void {
  if (text) process.stdout.write(text);
}

/** What every formatter receives besides the result: rule metadata, colours, paths' base, version, width. */
export function formatContext(options: GlobalOptions, stream: { isTTY?: boolean; columns?: number } = process.stdout): FormatContext {
  const columns = Number(process.env.COLUMNS);
  return {
    rules: new Map(RULES.map((rule) => [rule.id, rule])),
    colors: colorsFor(options, stream),
    cwd: process.cwd(),
    version: VERSION,
    width: Number.isInteger(columns) && columns > 0 ? columns : stream.columns ?? 80,
  };
}
