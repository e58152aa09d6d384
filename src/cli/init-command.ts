import { EXIT } from "../core/errors.js";
import { initRepository } from "../init/init.js";
import { write } from "./common.js";

export async function runInit(dir: string | undefined, options: { force?: boolean }): Promise<number> {
  const { written, packageName } = await initRepository(dir ?? ".", Boolean(options.force));
  const where = dir && dir !== "." ? `cd ${dir} && ` : "";
  write(`${written.map((file) => `created ${dir && dir !== "." ? `${dir}/` : ""}${file}`).join("\n")}\n\nNext: ${where}npx ogp lint   (install first if you have not: npm install --save-dev ${packageName})\n`);
  return EXIT.ok;
}
