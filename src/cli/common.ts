import type { GlobalOptions } from "./main.js";
import { openProject, type Project } from "../project/open.js";
import { defaultPlanPaths } from "../project/default-paths.js";
import { pickColors, type Colors } from "../report/colors.js";

export function colorsFor(options: GlobalOptions, stream: { isTTY?: boolean } = process.stdout): Colors {
  // Commander sets `color: false` for --no-color, `true` for --color, and leaves it true by default:
  // only an explicit flag on the command line should override the environment.
  const argv = process.argv;
  const flag = argv.includes("--no-color") ? false : argv.includes("--color") ? true : undefined;
  void options;
  return pickColors(stream, flag);
}

export function loadPlans(paths: readonly string[]): Promise<Project> {
  return openProject(paths.length > 0 ? paths : defaultPlanPaths());
}

export function write(text: string): void {
  if (text) process.stdout.write(text);
}
