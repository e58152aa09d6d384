import type { GlobalOptions } from "./options.js";
import type { Project } from "../project/assemble.js";
import { openProject, type OpenOptions } from "../project/open-project.js";
import { configKey } from "../load/cache.js";
import { resolvePlans, type PlanRequest, type ResolvedPlans } from "../project/resolve.js";
import { pickColors, type Colors } from "../formatters/colors.js";
import type { FormatContext } from "../formatters/formatter.js";
import { LINT_RUN_RULES } from "../runs/lint-rules.js";
import { VERSION } from "../core/version.js";
import { stdoutTarget, writeStdout, type OutputTarget } from "../core/stdout.js";

export function colorsFor(options: GlobalOptions, stream: OutputTarget = stdoutTarget()): Colors {
  return pickColors(stream, options.color);
}

/** Loads the plans a command was asked for (paths, --examples, --config, --no-project): see resolvePlans. `open` passes loader options (--cache). */
export async function openPlans(paths: readonly string[], options: Omit<PlanRequest, "paths"> = {}, open: OpenOptions = {}): Promise<{ project: Project; plans: ResolvedPlans }> {
  const plans = await resolvePlans({ ...options, paths });
  // The cache's key includes the effective config, so that a config edit never serves stale results.
  const cache = open.cache && { ...open.cache, configKey: configKey(plans.config) };
  return { project: await openProject(plans.load, process.cwd(), { ...open, ...(cache ? { cache } : {}) }), plans };
}

export async function loadPlans(paths: readonly string[], options: Omit<PlanRequest, "paths"> = {}, open: OpenOptions = {}): Promise<Project> {
  return (await openPlans(paths, options, open)).project;
}

export function write(text: string): void {
  writeStdout(text);
}

/** What every formatter receives besides the result: rule metadata, colours, paths' base, version, width. */
export function formatContext(options: GlobalOptions, stream: OutputTarget = stdoutTarget()): FormatContext {
  const columns = Number(process.env.COLUMNS);
  return {
    rules: new Map(LINT_RUN_RULES.map((rule) => [rule.id, rule])),
    colors: colorsFor(options, stream),
    cwd: process.cwd(),
    version: VERSION,
    width: Number.isInteger(columns) && columns > 0 ? columns : stream.columns ?? 80,
  };
}
