import type { GlobalOptions } from "./main.js";
import { openProject, type OpenOptions, type Project } from "../project/open.js";
import { defaultPlanPaths } from "../project/default-paths.js";
import { pickColors, type Colors } from "../report/colors.js";
import type { FormatContext } from "../report/formatter.js";
import { RULES } from "../lint/rules.js";
import { VERSION } from "./version.js";

export function colorsFor(options: GlobalOptions, stream: { isTTY?: boolean } = process.stdout): Colors {
  return pickColors(stream, options.color);
}

export function loadPlans(paths: readonly string[], options: OpenOptions = {}): Promise<Project> {
  return openProject(paths.length > 0 ? paths : defaultPlanPaths(), process.cwd(), options);
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
