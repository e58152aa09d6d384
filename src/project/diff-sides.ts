import { existsSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../core/errors.js";
import { didYouMean } from "../core/suggest.js";
import type { DiffSide } from "../diff/model.js";
import type { LoadedFile } from "../load/loaded-file.js";
import { resolvePlans } from "./resolve.js";
import { loadFilesAtRef } from "./git-ref.js";
import { assembleProject, openProject, type Project } from "./open.js";

// What each side of `ogp diff` names, loaded: a YAML file, '<git-ref>:<path>' (read with git, the
// working tree untouched), a document id or a node reference of the loaded plans. A side named by
// a file is compared alone but loaded with the project's other plans (at the same revision, for
// '<ref>:<path>'), so that the work plans that depend on it are part of the impact: a draft
// compared as two files breaks what it breaks with --git.

/** Loads the two sides named on the command line; ids and references are looked up in `plans` (default: the project's plans). */
export async function openSides(oldArg: string, newArg: string, plans: readonly string[], cwd = process.cwd()): Promise<[DiffSide, DiffSide]> {
  const [oldSide, newSide] = await openNamedSides([oldArg, newArg], plans, cwd);
  return [oldSide!, newSide!];
}

/** Any number of sides named as for `openSides` (the generations of `--evolution`). */
export async function openNamedSides(args: readonly string[], plans: readonly string[], cwd = process.cwd()): Promise<DiffSide[]> {
  const context = new SideContext(plans, cwd);
  return Promise.all(args.map((arg) => openSide(arg, context, cwd)));
}

/**
 * Every plan under `paths` at `ref` against the same paths in the working tree, documents paired
 * by id. Inside a project, the documents compared are those under `paths`, in a graph of the
 * whole project (so that `--git HEAD plans/2023/strategy.yaml` counts the work plans too).
 * `current`: the working tree's plans when the caller has loaded them already.
 */
export async function openGitSides(ref: string, paths: readonly string[], cwd = process.cwd(), current?: Project): Promise<[DiffSide, DiffSide]> {
  const list = paths.length > 0 ? paths : ["plans"];
  const projectPaths = await new SideContext([], cwd).paths();
  const load = projectPaths ? [...new Set([...projectPaths, ...list].map((p) => path.normalize(p)))] : list;
  const [beforeFiles, after] = await Promise.all([loadFilesAtRef(ref, load, cwd), current ?? openProject(load, cwd)]);
  const before = assembleProject(beforeFiles);
  const under = (file: string) => list.some((entry) => isUnder(file.replace(/^[^:]*:/, ""), entry, cwd));
  const compared = (project: Project, name: string): DiffSide => {
    const documents = [...project.graph.documents.values()].filter((d) => under(d.file));
    return { graph: project.graph, name, documents };
  };
  return [compared(before, `${ref}:${list.join(",")}`), compared(after, list.join(","))];
}

/** The project a side lives in, loaded once and only when a side needs it. */
class SideContext {
  private project?: Promise<Project>;
  private projectPaths?: Promise<string[] | undefined>;

  constructor(
    private readonly plans: readonly string[],
    private readonly cwd: string,
  ) {}

  /** The plan paths of the project (--plans, else the config's or ./plans); undefined outside a project. */
  paths(): Promise<string[] | undefined> {
    this.projectPaths ??= this.plans.length > 0 ? Promise.resolve([...this.plans]) : resolvePlans({ paths: [] }, this.cwd).then((r) => r.load, () => undefined);
    return this.projectPaths;
  }

  /** The project's plans in the working tree: where ids and references are looked up. */
  loaded(): Promise<Project> {
    this.project ??= this.paths().then((paths) => {
      if (!paths) throw new UsageError("no plans to look ids up in: there is no ogp.config.yaml here or in a parent folder and no ./plans folder; name files, or give --plans");
      return openProject(paths, this.cwd);
    });
    return this.project;
  }
}

async function openSide(arg: string, context: SideContext, cwd: string): Promise<DiffSide> {
  const atRef = /^([^:\s]+):(.+)$/.exec(arg);
  if (atRef && !existsSync(arg)) {
    const [, ref, file] = atRef as unknown as [string, string, string];
    const projectPaths = await context.paths();
    // The side's file comes with the project's files at that revision when the project holds it: read once.
    const atRefFiles = projectPaths ? await loadFilesAtRef(ref, projectPaths, cwd).catch(() => []) : [];
    const held = atRefFiles.filter((f) => isUnder(f.file.slice(ref.length + 1), file, cwd));
    const sideFiles = held.length > 0 ? held : await loadFilesAtRef(ref, [file], cwd);
    return sideWithContext(arg, sideFiles, atRefFiles);
  }
  if (/\.ya?ml$/i.test(arg) || existsSync(arg)) {
    if (!existsSync(arg)) throw new UsageError(`${arg}: no such file; name a YAML file, a document id, a node reference or '<git-ref>:<path>'`);
    const projectFiles = (await context.paths()) ? (await context.loaded()).files : [];
    const absolute = path.resolve(cwd, arg);
    const held = projectFiles.filter((f) => f.absolutePath === absolute);
    const sideFiles = held.length > 0 ? held : (await openProject([arg], cwd)).files;
    return sideWithContext(arg, sideFiles, projectFiles);
  }
  const project = await context.loaded();
  const { graph } = project;
  const document = graph.document(arg);
  if (document) return { graph, name: arg, documents: [document] };
  const node = graph.node(arg);
  if (node) return { graph, name: arg, documents: [graph.document(node.document)!], root: node };
  const known = arg.includes("/") ? graph.nodes.keys() : graph.documents.keys();
  throw new UsageError(`'${arg}' is neither a file, a document id nor a node reference of the loaded plans${didYouMean(arg, known)}`);
}

/**
 * The side's documents in one graph with the project's other files: a project file that defines
 * one of the side's document ids is left out (the side is another version of it), and so is the
 * side's own file when the project holds it. Outside a project, the side's files alone.
 */
function sideWithContext(name: string, sideFiles: LoadedFile[], projectFiles: readonly LoadedFile[]): DiffSide {
  const sidePaths = new Set(sideFiles.map((f) => f.absolutePath));
  const sideIds = new Set(sideFiles.map(documentIdOf).filter((id) => id !== undefined));
  const others = projectFiles.filter((f) => !sidePaths.has(f.absolutePath) && !sideIds.has(documentIdOf(f) ?? ""));
  const whole = assembleProject([...sideFiles, ...others]);
  const sideFileNames = new Set(sideFiles.map((f) => f.file));
  const documents = [...whole.graph.documents.values()].filter((d) => sideFileNames.has(d.file));
  if (documents.length === 0) throw new UsageError(`${name}: no plan document could be loaded (run 'ogp lint' on it to see why)`);
  return { graph: whole.graph, name, documents };
}

function documentIdOf(file: LoadedFile): string | undefined {
  const id = (file.data as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}

function isUnder(file: string, entry: string, cwd: string): boolean {
  const relative = path.relative(path.resolve(cwd, entry), path.resolve(cwd, file));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
