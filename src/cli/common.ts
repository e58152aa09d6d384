import type { GlobalOptions } from "./main.js";
import { openProject, type Project } from "../project/open.js";
import { defaultPlanPaths } from "../project/default-paths.js";
import { pickColors, type Colors } from "../report/colors.js";

export function colorsFor(options: GlobalOptions, stream: { isTTY?: boolean } = process.stdout): Colors {
  return pickColors(stream, options.color);
}

export function loadPlans(paths: readonly string[]): Promise<Project> {
  return openProject(paths.length > 0 ? paths : defaultPlanPaths());
}

export function write(text: string): void {
  if (text) process.stdout.write(text);
}
