import { existsSync } from "node:fs";
import { UsageError } from "../core/errors.js";
import { didYouMean } from "../core/suggest.js";
import type { DiffSide } from "../diff/model.js";
import { resolvePlans } from "./resolve.js";
import { openProjectAtRef } from "./git-ref.js";
import { openProject, type Project } from "./open.js";

// What each side of `ogp diff` names, loaded: a YAML file, '<git-ref>:<path>' (read with git, the
// working tree untouched), a document id or a node reference of the loaded plans.

/** Loads the two sides named on the command line; ids and references are looked up in `plans` (default: ./plans or the shipped plans). */
export async function openSides(oldArg: string, newArg: string, plans: readonly string[], cwd = process.cwd()): Promise<[DiffSide, DiffSide]> {
  const [oldSide, newSide] = await openNamedSides([oldArg, newArg], plans, cwd);
  return [oldSide!, newSide!];
}

/** Any number of sides named as for `openSides` (the generations of `--evolution`). */
export async function openNamedSides(args: readonly string[], plans: readonly string[], cwd = process.cwd()): Promise<DiffSide[]> {
  let shared: Promise<Project> | undefined;
  // Without --plans, the project's plans as every command finds them (config, else ./plans).
  const planPaths = async () => (plans.length > 0 ? [...plans] : (await resolvePlans({ paths: [] }, cwd)).load);
  const loaded = () => (shared ??= planPaths().then((paths) => openProject(paths, cwd)));
  return Promise.all(args.map((arg) => openSide(arg, loaded, cwd)));
}

/**
 * Every plan under `paths` at `ref` against the same paths in the working tree, documents paired
 * by id. `current`: the working tree's plans when the caller has loaded them already.
 */
export async function openGitSides(ref: string, paths: readonly string[], cwd = process.cwd(), current?: Project): Promise<[DiffSide, DiffSide]> {
  const list = paths.length > 0 ? paths : ["plans"];
  const [before, after] = await Promise.all([openProjectAtRef(ref, list, cwd), current ?? openProject(list, cwd)]);
  const whole = (project: Project, name: string): DiffSide => ({ graph: project.graph, name, documents: [...project.graph.documents.values()] });
  return [whole(before, `${ref}:${list.join(",")}`), whole(after, list.join(","))];
}

async function openSide(arg: string, loaded: () => Promise<Project>, cwd: string): Promise<DiffSide> {
  const atRef = /^([^:\s]+):(.+)$/.exec(arg);
  if (atRef && !existsSync(arg)) {
    const project = await openProjectAtRef(atRef[1]!, [atRef[2]!], cwd);
    return wholeProject(project, arg);
  }
  if (/\.ya?ml$/i.test(arg) || existsSync(arg)) {
    if (!existsSync(arg)) throw new UsageError(`${arg}: no such file; name a YAML file, a document id, a node reference or '<git-ref>:<path>'`);
    return wholeProject(await openProject([arg], cwd), arg);
  }
  const project = await loaded();
  const { graph } = project;
  const document = graph.document(arg);
  if (document) return { graph, name: arg, documents: [document] };
  const node = graph.node(arg);
  if (node) return { graph, name: arg, documents: [graph.document(node.document)!], root: node };
  const known = arg.includes("/") ? graph.nodes.keys() : graph.documents.keys();
  throw new UsageError(`'${arg}' is neither a file, a document id nor a node reference of the loaded plans${didYouMean(arg, known)}`);
}

function wholeProject(project: Project, name: string): DiffSide {
  const documents = [...project.graph.documents.values()];
  if (documents.length === 0) throw new UsageError(`${name}: no plan document could be loaded (run 'ogp lint' on it to see why)`);
  return { graph: project.graph, name, documents };
}
