import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import { writeFileAtomic } from "../core/write-file.js";
import { packageRoot } from "../project/default-paths.js";
import { scaffoldFiles } from "./templates.js";

/** The installed package's name and schemas folder as the new repository will see them. */
function packageSeenFrom(dir: string): { name: string; schemaDir: string } {
  const root = packageRoot();
  const name = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string }).name;
  const relative = path.relative(dir, root);
  // Installed into this repository: point at it. Run from elsewhere (npx, a clone): point where `npm install` will put it.
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return { name, schemaDir: inside ? `${relative.split(path.sep).join("/")}/schemas` : `node_modules/${name}/schemas` };
}

export interface InitResult {
  dir: string;
  written: string[];
  /** The npm name to install ogp by. */
  packageName: string;
}

/**
 * Scaffolds a plan repository in `dir`. Refuses (writing nothing) when any of its files exists,
 * unless `force`: a scaffold never silently replaces someone's plans.
 */
export async function initRepository(dir: string, force: boolean): Promise<InitResult> {
  const { name, schemaDir } = packageSeenFrom(path.resolve(dir));
  const files = scaffoldFiles(schemaDir, name);
  const existing = Object.keys(files).filter((file) => existsSync(path.join(dir, file)));
  if (existing.length > 0 && !force) {
    throw new UsageError(`${dir}: ${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"}; nothing was written (use --force to overwrite)`);
  }
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, text, { force: true });
  }
  return { dir, written: Object.keys(files), packageName: name };
}
