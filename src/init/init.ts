import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../core/write-file.js";
import { packageRoot } from "../project/default-paths.js";
import { GITIGNORE_LINES, readmeSection, scaffoldFiles } from "./templates.js";

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
  /** Files created (or overwritten with --force). */
  written: string[];
  /** Files that existed and were left as they were. */
  kept: string[];
  /** Files that existed and had lines or a section added: `.gitignore`'s lines, the README's section with --readme. */
  extended: { file: string; added: string }[];
  /** The npm name to install ogp by. */
  packageName: string;
}

export interface InitOptions {
  /** Overwrite the scaffold's files where they exist. */
  force?: boolean;
  /** Add a section about the plans to an existing README. */
  readme?: boolean;
}

/**
 * Scaffolds a plan repository in `dir`: writes the files that are missing and leaves those that
 * exist (most repositories have a README), unless `force`; creates `.gitignore` or adds the lines
 * it lacks, keeping its own; with `readme`, adds a section about the plans to an existing README.
 */
export async function initRepository(dir: string, options: InitOptions = {}): Promise<InitResult> {
  const { name, schemaDir } = packageSeenFrom(path.resolve(dir));
  const files = scaffoldFiles(schemaDir, name);
  const result: InitResult = { dir, written: [], kept: [], extended: [], packageName: name };
  // The example plans go together (the work plan names the strategy): a plans folder that holds
  // plans already gets none of them, rather than a work plan pointing at a strategy that is not there.
  const keepPlans = !options.force && holdsPlans(path.join(dir, "plans"));
  if (keepPlans) result.kept.push("plans/");
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (keepPlans && file.startsWith("plans/")) continue;
    if (existsSync(target) && !options.force) {
      if (file === "README.md" && options.readme) await addReadmeSection(target, name, result);
      else result.kept.push(file);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, text, { force: options.force, shown: path.join(dir, file) });
    result.written.push(file);
  }
  await extendGitignore(dir, result);
  return result;
}

/** Whether a folder holds YAML files, at any depth. */
function holdsPlans(folder: string): boolean {
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).some((file) => /\.ya?ml$/i.test(file));
}

/** Creates .gitignore with what a plan repository must not commit, or adds the lines it lacks at its end. */
async function extendGitignore(dir: string, result: InitResult): Promise<void> {
  const target = path.join(dir, ".gitignore");
  if (!existsSync(target)) {
    await writeFileAtomic(target, `${GITIGNORE_LINES.join("\n")}\n`, { shown: target });
    result.written.push(".gitignore");
    return;
  }
  const text = readFileSync(target, "utf8");
  const present = new Set(text.split(/\r?\n/).map((line) => line.trim().replace(/^\//, "").replace(/\/$/, "")));
  const missing = GITIGNORE_LINES.filter((line) => !present.has(line.replace(/\/$/, "")));
  if (missing.length === 0) {
    result.kept.push(".gitignore");
    return;
  }
  const separator = text === "" || text.endsWith("\n") ? "" : "\n";
  await writeFileAtomic(target, `${text}${separator}${missing.join("\n")}\n`, { force: true, shown: target });
  result.extended.push({ file: ".gitignore", added: missing.join(", ") });
}

/** Adds the plans' section to an existing README, once (a README that already runs `ogp lint` is kept). */
async function addReadmeSection(target: string, packageName: string, result: InitResult): Promise<void> {
  const text = readFileSync(target, "utf8");
  if (text.includes("ogp lint")) {
    result.kept.push("README.md");
    return;
  }
  const separator = text === "" ? "" : text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
  await writeFileAtomic(target, `${text}${separator}${readmeSection(packageName, "## Plans\n\n")}`, { force: true, shown: target });
  result.extended.push({ file: "README.md", added: "a section 'Plans'" });
}
