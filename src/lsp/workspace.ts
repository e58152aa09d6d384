import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { expandPaths, displayPath } from "../load/files.js";
import type { LoadedFile } from "../load/loaded-file.js";
import { oversizedText } from "../load/load-file.js";
import { parseText } from "../load/parse-text.js";
import type { LintResult } from "../lint/lint.js";
import { CONFIG_FILE_NAME, findConfig, loadConfig, type ProjectConfig } from "../project/config.js";
import { assembleProject, type Project } from "../project/open.js";
import { loadStratmlText } from "../stratml/load-stratml.js";
import { lintBuild } from "./diagnostics.js";
import { loadPlanFile } from "../project/plan-formats.js";

/** One build of the plans as the editor sees them: disk files with open buffers laid over them. */
export interface Snapshot {
  project: Project;
  /** The lint of the build (none in a preview). */
  result?: LintResult;
  /** Absolute path of each file, by the name the project knows it by. */
  absolute: ReadonlyMap<string, string>;
  /** The project's name for each absolute path. */
  names: ReadonlyMap<string, string>;
  /** Characters of text in the build's files (what its assembly, lint and index take time in proportion to). */
  characters: number;
}

interface Buffer {
  text: string;
  loaded?: LoadedFile;
}

/** Text that declares itself a plan: an open buffer outside the plan folders still joins the project when it does. */
const PLAN_KIND = /^kind:\s*["']?(strategy|workplan|deliverable)["']?\s*(#.*)?$/m;
/** The root element of a StratML plan (as `ogp import stratml` takes it), with or without a namespace prefix. */
const STRATML_ROOT = /<(?:[A-Za-z_][\w.-]*:)?(?:StrategicPlan|PerformancePlanOrReport|OrganizationalStrategyDocument)[\s>]/;
/** The files the loader reads as plans: YAML, and StratML XML. */
const PLAN_FILE = /\.(ya?ml|xml)$/i;
const isXml = (absolute: string) => /\.xml$/i.test(absolute);

/** Whether a file's text says it is a plan (a plan kind in YAML, a StratML root in XML). */
function declaresPlan(absolute: string, text: string): boolean {
  return isXml(absolute) ? STRATML_ROOT.test(text) : PLAN_KIND.test(text);
}

/** The project of a build's files, with the file names both ways and its size. */
function assembled(files: readonly LoadedFile[]): Snapshot {
  return {
    project: assembleProject([...files]),
    absolute: new Map(files.map((f) => [f.file, f.absolutePath])),
    names: new Map(files.map((f) => [f.absolutePath, f.file])),
    characters: files.reduce((sum, f) => sum + (f.text?.length ?? 0), 0),
  };
}

/** Lets the event loop read and answer messages between the steps of a long build. */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The plan files of an editor's workspace, kept between requests: disk files are parsed once
 * and again only when they change on disk; open buffers override them and are parsed once per edit.
 * Every build runs the same `assembleProject` and lint as `ogp lint`: the config's severities,
 * inline disables and the baseline applied, so the editor shows what the command reports.
 */
export class PlanWorkspace {
  private readonly root: string;
  private readonly planPaths: string[];
  private readonly plansOnly: boolean;
  private diskFiles: string[] | undefined;
  private readonly disk = new Map<string, LoadedFile>();
  private readonly buffers = new Map<string, Buffer>();
  private latest: Snapshot | undefined;
  private dirty = true;
  /** Buffers edited since the last build (what the next build parses anew). */
  private readonly edited = new Set<string>();
  /** The workspace's ogp.config.yaml, read on first need and again when it changes (undefined: none, or not valid). */
  private config: Promise<ProjectConfig | undefined> | undefined;

  /**
   * `root` is the workspace folder; `paths` the plan files or folders in it (relative to it), by
   * default its `plans` folder when it has one, else the whole folder (as `ogp lint` chooses).
   */
  constructor(root: string, paths?: readonly string[], private readonly log: (message: string) => void = () => {}) {
    this.root = path.resolve(root);
    const chosen = paths && paths.length > 0 ? paths : existsSync(path.join(this.root, "plans")) ? ["plans"] : ["."];
    this.planPaths = chosen.map((p) => path.resolve(this.root, p));
    // A whole workspace holds other YAML (CI workflows, compose files): there, only files that say they are plans count.
    this.plansOnly = chosen.length === 1 && chosen[0] === ".";
  }

  /** The name lint reports a file under: relative to the workspace folder, as `ogp lint` run there would. */
  nameOf(absolute: string): string {
    return displayPath(absolute, this.root);
  }

  openOrChange(absolute: string, text: string): void {
    this.buffers.set(absolute, { text });
    this.edited.add(absolute);
    this.dirty = true;
  }

  /** The text of an open buffer (undefined when the file is not open). */
  bufferText(absolute: string): string | undefined {
    return this.buffers.get(absolute)?.text;
  }

  /** Whether something changed since the last build began (the next build would differ from it). */
  get changed(): boolean {
    return this.dirty || !this.latest;
  }

  /** Characters of edited buffers the next build parses anew (0 when nothing was edited since the last build began). */
  pendingCost(): number {
    let pending = 0;
    for (const absolute of this.edited) pending += this.buffers.get(absolute)?.text.length ?? 0;
    return pending;
  }

  close(absolute: string): void {
    this.buffers.delete(absolute);
    this.disk.delete(absolute);
    this.dirty = true;
  }

  /** A file changed, appeared or went away on disk (a save, a checkout, a file watcher event). */
  changedOnDisk(absolute: string, listChanged: boolean): void {
    if (path.basename(absolute) === CONFIG_FILE_NAME) this.config = undefined;
    this.disk.delete(absolute);
    if (listChanged) this.diskFiles = undefined;
    this.dirty = true;
  }

  /**
   * The current build, rebuilt first when something changed since the last one. Builds must not
   * overlap (the caller queues them). A build yields to the event loop after each file it parses
   * and before lint, so that messages are read while it runs (see builds.ts); edits that arrive
   * meanwhile go into the next build.
   */
  async snapshot(): Promise<Snapshot> {
    if (!this.dirty && this.latest) return this.latest;
    this.dirty = false;
    this.edited.clear();
    // This build's texts: an edit replaces a buffer, so later edits leave these as they are.
    const buffers = new Map(this.buffers);
    const plans = assembled(await this.loadAll(await this.listDiskFiles(), buffers));
    const config = await (this.config ??= this.readConfig());
    await nextTurn();
    const result = await lintBuild(plans.project, config, this.root);
    this.latest = { ...plans, result };
    return this.latest;
  }

  /**
   * Before the first build: a build of the files of at most `limit` characters (bytes on disk),
   * without lint, for requests to be answered from while the first build parses the larger
   * ones; undefined when there is no larger one. What it parses, the first build reuses.
   */
  async preview(limit: number): Promise<Snapshot | undefined> {
    const buffers = new Map(this.buffers);
    const disk = await this.listDiskFiles();
    const sizeOf = (absolute: string) => {
      const buffer = buffers.get(absolute);
      return buffer ? Promise.resolve(buffer.text.length) : stat(absolute).then((s) => s.size, () => 0);
    };
    const sizes = await Promise.all(disk.map(async (absolute) => [absolute, await sizeOf(absolute)] as const));
    const large = new Set(sizes.filter(([, size]) => size > limit).map(([absolute]) => absolute));
    for (const [absolute, buffer] of buffers) if (buffer.text.length > limit) large.add(absolute);
    if (large.size === 0) return undefined;
    const small = new Map([...buffers].filter(([absolute]) => !large.has(absolute)));
    return assembled(await this.loadAll(disk.filter((absolute) => !large.has(absolute)), small));
  }

  /** The files of a build: disk files with buffers laid over them, then open plans outside the listing. */
  private async loadAll(disk: readonly string[], buffers: ReadonlyMap<string, Buffer>): Promise<LoadedFile[]> {
    const files: LoadedFile[] = [];
    const seen = new Set<string>();
    for (const absolute of disk) {
      seen.add(absolute);
      const buffer = buffers.get(absolute);
      const fresh = buffer ? !buffer.loaded : !this.disk.has(absolute);
      const loaded = buffer ? this.bufferFile(absolute, buffer) : await this.diskFile(absolute);
      if (fresh) await nextTurn();
      if (loaded && !(this.plansOnly && loaded.text !== undefined && !declaresPlan(absolute, loaded.text))) files.push(loaded);
    }
    for (const [absolute, buffer] of buffers) {
      if (seen.has(absolute) || !((this.isUnderPlanPaths(absolute) && !this.plansOnly) || declaresPlan(absolute, buffer.text))) continue;
      const fresh = !buffer.loaded;
      files.push(this.bufferFile(absolute, buffer));
      if (fresh) await nextTurn();
    }
    return files;
  }

  /** The config as `ogp lint` run in the workspace folder finds it; a config with a mistake is logged and left out (the server keeps running). */
  private async readConfig(): Promise<ProjectConfig | undefined> {
    const file = findConfig(this.root);
    if (!file) return undefined;
    try {
      return await loadConfig(file, this.root);
    } catch (error) {
      this.log(`ogp: ${error instanceof Error ? error.message : String(error)} (run 'ogp lint' in the workspace to see it); linting with the default rules`);
      return undefined;
    }
  }

  /** A buffer read as its file's format: StratML for `.xml` (as the loader reads it from disk), else YAML; over the size limit, refused as on disk. */
  private bufferFile(absolute: string, buffer: Buffer): LoadedFile {
    const name = { file: this.nameOf(absolute), absolutePath: absolute };
    buffer.loaded ??= oversizedText(name, buffer.text) ?? (isXml(absolute) ? loadStratmlText(name, buffer.text) : parseText(name, buffer.text));
    return buffer.loaded;
  }

  private async diskFile(absolute: string): Promise<LoadedFile | undefined> {
    let loaded = this.disk.get(absolute);
    if (!loaded) {
      try {
        loaded = await loadPlanFile(absolute, this.nameOf(absolute));
      } catch (error) {
        // Gone or unreadable since the folder was listed: leave it out of this build, and say so in the log.
        this.log(`ogp: skipping ${this.nameOf(absolute)}: ${error instanceof Error ? error.message : String(error)}`);
        this.diskFiles = undefined;
        return undefined;
      }
      this.disk.set(absolute, loaded);
    }
    return loaded;
  }

  private async listDiskFiles(): Promise<string[]> {
    if (!this.diskFiles) {
      const lists = await Promise.all(this.planPaths.map((p) => expandPaths([p]).catch(() => [] as string[])));
      this.diskFiles = [...new Set(lists.flat())];
    }
    return this.diskFiles;
  }

  private isUnderPlanPaths(absolute: string): boolean {
    if (!PLAN_FILE.test(absolute)) return false;
    return this.planPaths.some((p) => absolute === p || absolute.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
  }
}
