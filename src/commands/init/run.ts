import { EXIT } from "../../core/errors.js";
import { initRepository } from "../../init/init.js";
import { write } from "../common.js";
import type { InitCommandOptions } from "./definition.js";

export async function runInit(dir: string | undefined, options: InitCommandOptions): Promise<number> {
  const { written, kept, extended, packageName } = await initRepository(dir ?? ".", options);
  const prefix = dir && dir !== "." ? `${dir}/` : "";
  const lines = [
    ...written.map((file) => `created ${prefix}${file}`),
    ...extended.map(({ file, added }) => `extended ${prefix}${file} (added ${added})`),
    ...kept.map((file) => `kept ${prefix}${file} (${keptBecause(file)})`),
  ];
  const where = dir && dir !== "." ? `cd ${dir} && ` : "";
  write(`${lines.join("\n")}\n\nNext: ${where}npx ogp lint   (install first if you have not: npm install --save-dev ${packageName})\n`);
  return EXIT.ok;
}

/** Why init left a file as it was, and what would change that. */
function keptBecause(file: string): string {
  if (file === "plans/") return "it holds plans already, so the example plans were not added";
  if (file === "README.md") return "it exists; --readme adds a section about the plans, --force overwrites it";
  if (file === ".gitignore") return "it already ignores node_modules/ and .ogpcache";
  return "it exists; --force overwrites it";
}
